import { PRODUCTION_LIFETIME_SECONDS, TEST_LIFETIME_SECONDS } from '../../nodes/RingCentralTrigger/subscription';
import { captureLogs } from '../harness';
import { useEmulator } from '../support/ringcentral';
import { useTriggers } from './support';

const YEAR = 365 * 24 * 3600;

describe('RingCentral Trigger: keeping the subscription alive', () => {
	const rc = useEmulator({ blacklistAfterFailures: 3 });
	const start = useTriggers(rc);
	let logs: ReturnType<typeof captureLogs>;
	beforeEach(() => {
		logs = captureLogs();
	});
	afterEach(() => logs.restore());

	const activated = async (options: { test?: boolean } = {}) => {
		const trigger = await start({ events: ['smsReceived'] }, options);
		await trigger.activate();
		return trigger;
	};
	const idOf = (trigger: { nodeStaticData: Record<string, unknown> }) => trigger.nodeStaticData.subscriptionId as string;
	const count = (operationId: string) => rc.emu.requestsFor(operationId).length;
	const smsArrives = async (text = 'Hello') => {
		rc.emu.addInboundSms({ from: '+14155550100', text });
		await start.settled();
	};

	it('restarts without duplicates: the healthy subscription is kept, events run once', async () => {
		const trigger = await activated();
		const id = idOf(trigger);
		expect(await trigger.restart()).toEqual({ existed: true });
		expect(await trigger.restart()).toEqual({ existed: true });
		expect(count('createSubscription')).toBe(1);
		expect(count('renewSubscription')).toBe(0);
		expect(rc.emu.subscriptions.all().map((s: { id: string }) => s.id)).toEqual([id]);
		await smsArrives();
		expect(trigger.executions).toHaveLength(1);
	});

	it('renews an old subscription at activation (more than half of its life gone)', async () => {
		const trigger = await activated();
		const id = idOf(trigger);
		rc.emu.subscriptions.age(id, 6 * YEAR);
		const before = rc.emu.subscriptions.get(id).expirationTime;
		expect(await trigger.restart()).toEqual({ existed: true });
		expect(count('renewSubscription')).toBe(1);
		const after = rc.emu.subscriptions.get(id).expirationTime;
		expect(Date.parse(after) - Date.parse(before)).toBeGreaterThan(5 * YEAR * 1000);
		expect(trigger.nodeStaticData.expiresAt).toBe(after);
		expect(await trigger.restart()).toEqual({ existed: true });
		expect(count('renewSubscription')).toBe(1);
	});

	it('recreates a subscription near its expiry instead of racing it', async () => {
		const trigger = await activated({ test: true });
		const id = idOf(trigger);
		rc.emu.subscriptions.age(id, TEST_LIFETIME_SECONDS - 30);
		expect(await trigger.restart()).toEqual({ existed: false });
		expect(rc.emu.requestsFor('deleteSubscription').map((r: { path: string }) => r.path)).toEqual([`/restapi/v1.0/subscription/${id}`]);
		expect(idOf(trigger)).not.toBe(id);
		expect(rc.emu.subscriptions.all()).toHaveLength(1);
		expect(logs.warnings).toEqual([expect.stringContaining(`subscription ${id} expires at`)]);
	});

	it('recreates an expired subscription (RingCentral answers 404)', async () => {
		const trigger = await activated({ test: true });
		const id = idOf(trigger);
		rc.emu.subscriptions.age(id, TEST_LIFETIME_SECONDS + 1);
		expect(rc.emu.subscriptions.all()).toEqual([]);
		expect(await trigger.restart()).toEqual({ existed: false });
		expect(idOf(trigger)).not.toBe(id);
		await smsArrives();
		expect(trigger.executions).toHaveLength(1);
	});

	it('renews on a delivery once the subscription is old, without delaying the event', async () => {
		const trigger = await activated();
		const id = idOf(trigger);
		rc.emu.subscriptions.age(id, 6 * YEAR);
		trigger.staticData = { ...trigger.staticData, ['node:RingCentral Trigger']: { ...trigger.nodeStaticData, expiresAt: rc.emu.subscriptions.get(id).expirationTime } };
		await smsArrives('First');
		expect(count('renewSubscription')).toBe(1);
		expect(trigger.executions).toHaveLength(1);
		expect(Date.parse(trigger.nodeStaticData.expiresAt as string) - Date.now()).toBeGreaterThan((PRODUCTION_LIFETIME_SECONDS - 60) * 1000);
		await smsArrives('Second');
		expect(count('renewSubscription')).toBe(1);
		expect(trigger.executions).toHaveLength(2);
	});

	it('a failed renewal on a delivery is logged and the event still runs', async () => {
		const trigger = await activated();
		const id = idOf(trigger);
		rc.emu.subscriptions.age(id, 6 * YEAR);
		trigger.staticData = { ...trigger.staticData, ['node:RingCentral Trigger']: { ...trigger.nodeStaticData, expiresAt: rc.emu.subscriptions.get(id).expirationTime } };
		rc.emu.setFault({ operationId: 'renewSubscription' }, { status: 400, body: { errorCode: 'SUB-524', message: 'Renewal refused' } });
		await smsArrives();
		expect(trigger.executions).toHaveLength(1);
		expect(logs.warnings).toEqual([expect.stringMatching(`renewing subscription ${id} on a delivery failed .*Renewal refused`)]);
		rc.emu.clearFaults();
		expect(await trigger.restart()).toEqual({ existed: true });
		expect(rc.emu.requestsFor('renewSubscription').map((r: { status: number }) => r.status)).toEqual([400, 200]);
	});

	it('recovers a blacklisted subscription: RingCentral stops delivering after failures, the next activation replaces it', async () => {
		const trigger = await activated();
		const id = idOf(trigger);
		trigger.down = true;
		for (const text of ['one', 'two', 'three']) await smsArrives(text);
		expect(rc.emu.subscriptions.get(id).status).toBe('Blacklisted');
		trigger.down = false;
		await smsArrives('lost while blacklisted');
		expect(trigger.executions).toEqual([]);

		expect(await trigger.restart()).toEqual({ existed: false });
		expect(logs.warnings).toEqual([expect.stringContaining(`subscription ${id} is Blacklisted (3 deliveries in a row failed)`)]);
		expect(rc.emu.subscriptions.all().map((s: { id: string; status: string }) => [s.id === id, s.status])).toEqual([[false, 'Active']]);
		await smsArrives('after recovery');
		expect(trigger.items.map((i) => (i.json.body as { subject: string }).subject)).toEqual(['after recovery']);
	});

	it('recovers a suspended subscription the same way', async () => {
		const trigger = await activated();
		rc.emu.subscriptions.setStatus(idOf(trigger), 'Suspended');
		expect(await trigger.restart()).toEqual({ existed: false });
		expect(rc.emu.subscriptions.all().map((s: { status: string }) => s.status)).toEqual(['Active']);
	});

	it('recovers a subscription deleted outside n8n', async () => {
		const trigger = await activated();
		const id = idOf(trigger);
		rc.emu.subscriptions.remove(id);
		expect(await trigger.restart()).toEqual({ existed: false });
		expect(logs.warnings).toEqual([expect.stringContaining(`subscription ${id} no longer exists`)]);
		await smsArrives();
		expect(trigger.executions).toHaveLength(1);
	});

	it('does not hide other failures of checkExists (n8n retries the activation)', async () => {
		const trigger = await activated();
		rc.emu.setFault({ operationId: 'readSubscription' }, { status: 503 });
		await expect(trigger.restart()).rejects.toThrow('Service Temporary Unavailable');
		rc.emu.clearFaults();
		expect(await trigger.restart()).toEqual({ existed: true });
		expect(count('createSubscription')).toBe(1);
	});

	it('deletes the subscription on deactivation; one already gone counts as deleted', async () => {
		const trigger = await activated();
		const id = idOf(trigger);
		expect(await trigger.deactivate()).toBe(true);
		expect(rc.emu.requestsFor('deleteSubscription').map((r: { path: string; status: number }) => [r.path, r.status])).toEqual([[`/restapi/v1.0/subscription/${id}`, 204]]);
		expect(rc.emu.subscriptions.all()).toEqual([]);
		expect(trigger.nodeStaticData).toEqual({});
		expect(await trigger.deactivate()).toBe(true);
		expect(count('deleteSubscription')).toBe(1);

		await trigger.activate();
		rc.emu.subscriptions.remove(idOf(trigger));
		expect(await trigger.deactivate()).toBe(true);
		expect(rc.emu.requestsFor('deleteSubscription').at(-1).status).toBe(404);
		expect(trigger.nodeStaticData).toEqual({});
	});

	it('keeps the subscription id when deleting fails for another reason, logging it', async () => {
		const trigger = await activated();
		const id = idOf(trigger);
		rc.emu.setFault({ operationId: 'deleteSubscription' }, { status: 503 });
		expect(await trigger.deactivate()).toBe(false);
		expect(logs.warnings).toEqual([expect.stringContaining(`deleting subscription ${id} failed`)]);
		expect(idOf(trigger)).toBe(id);
		rc.emu.clearFaults();
		expect(await trigger.deactivate()).toBe(true);
		expect(rc.emu.subscriptions.all()).toEqual([]);
	});

	it('the test URL: listening creates a short-lived subscription, stopping deletes it', async () => {
		const trigger = await activated({ test: true });
		await smsArrives();
		expect(trigger.executions).toHaveLength(1);
		expect(await trigger.deactivate()).toBe(true);
		expect(rc.emu.subscriptions.all()).toEqual([]);
	});
});
