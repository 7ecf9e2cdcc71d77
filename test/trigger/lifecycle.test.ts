import {
	PRODUCTION_LIFETIME_SECONDS,
	TEST_LIFETIME_SECONDS,
} from '../../nodes/RingCentralTrigger/subscription';
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
	const idOf = (trigger: { nodeStaticData: Record<string, unknown> }) =>
		trigger.nodeStaticData.subscriptionId as string;
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
		expect(rc.emu.requestsFor('deleteSubscription').map((r: { path: string }) => r.path)).toEqual([
			`/restapi/v1.0/subscription/${id}`,
		]);
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

	it('the periodic check renews an old subscription; deliveries never wait for a renewal', async () => {
		const trigger = await activated();
		const id = idOf(trigger);
		rc.emu.subscriptions.age(id, 6 * YEAR);
		await smsArrives('First');
		expect(count('renewSubscription')).toBe(0);
		expect(trigger.executions).toHaveLength(1);
		await trigger.tick();
		expect(count('renewSubscription')).toBe(1);
		expect(Date.parse(rc.emu.subscriptions.get(id).expirationTime) - Date.now()).toBeGreaterThan(
			(PRODUCTION_LIFETIME_SECONDS - 60) * 1000,
		);
		await trigger.tick();
		expect(count('renewSubscription')).toBe(1);
		expect(trigger.triggerErrors).toEqual([]);
	});

	it('a failed renewal at the periodic check is logged and tried again at the next one', async () => {
		const trigger = await activated();
		const id = idOf(trigger);
		rc.emu.subscriptions.age(id, 6 * YEAR);
		rc.emu.setFault(
			{ operationId: 'renewSubscription' },
			{ status: 400, body: { errorCode: 'SUB-524', message: 'Renewal refused' }, times: 1 },
		);
		await trigger.tick();
		expect(logs.warnings).toEqual([
			expect.stringMatching(
				`renewing subscription ${id} failed \\(tried again at the next check\\).*Renewal refused`,
			),
		]);
		await trigger.tick();
		expect(
			rc.emu.requestsFor('renewSubscription').map((r: { status: number }) => r.status),
		).toEqual([400, 200]);
		expect(trigger.triggerErrors).toEqual([]);
	});

	it("checks the subscription on n8n's scheduler, every 10 minutes unless the hidden interval says otherwise", async () => {
		const trigger = await activated();
		expect(trigger.crons.map((c) => c.expression)).toEqual(['0 */10 * * * *']);
		const fast = await start({ events: ['smsReceived'], healthCheckInterval: 5 });
		await fast.activate();
		expect(fast.crons.map((c) => c.expression)).toEqual(['*/5 * * * * *']);
		const listening = await start({ events: ['smsReceived'] }, { test: true });
		await listening.activate();
		expect(listening.crons).toEqual([]);
		await trigger.deactivate();
		expect(trigger.crons).toEqual([]);
	});

	it('a healthy subscription costs one read per check, and nothing changes', async () => {
		const trigger = await activated();
		const before = trigger.nodeStaticData;
		await trigger.tick();
		expect(
			rc.emu.requests
				.map((r: { operationId: string }) => r.operationId)
				.filter((op: string) => op !== 'getToken'),
		).toEqual(['listSubscriptions', 'createSubscription', 'readSubscription']);
		expect(trigger.triggerErrors).toEqual([]);
		expect(trigger.nodeStaticData).toEqual(before);
	});

	it.each([
		['blacklisted', (id: string) => rc.emu.subscriptions.blacklist(id), 'is Blacklisted'],
		['deleted outside n8n', (id: string) => rc.emu.subscriptions.remove(id), 'no longer exists'],
	])(
		'the periodic check repairs a subscription %s while the workflow stays active (no restart, no re-publish)',
		async (_case, breakIt, problem) => {
			const trigger = await activated();
			const id = idOf(trigger);
			const token = trigger.nodeStaticData.verificationToken;
			breakIt(id);
			await trigger.tick();
			expect(trigger.triggerErrors.map((e) => e.message)).toEqual([
				expect.stringContaining(`The RingCentral subscription ${id} ${problem}`),
			]);
			const [replacement] = rc.emu.subscriptions.all();
			expect(rc.emu.subscriptions.all()).toHaveLength(1);
			expect(replacement).toMatchObject({ status: 'Active' });
			expect(replacement.id).not.toBe(id);
			expect(trigger.nodeStaticData).toMatchObject({
				subscriptionId: replacement.id,
				verificationToken: expect.any(String),
			});
			expect(trigger.nodeStaticData.verificationToken).not.toBe(token);
			expect(trigger.crons).toHaveLength(1);
			await smsArrives('after the repair');
			expect(trigger.items.map((i) => (i.json.body as { subject: string }).subject)).toEqual([
				'after the repair',
			]);
		},
	);

	it('the whole account also covers extensions created after activation: the check updates the filters in place', async () => {
		const trigger = await start({ events: ['voicemailReceived', 'missedCall'], scope: 'account' });
		await trigger.activate();
		const id = idOf(trigger);
		const token = trigger.nodeStaticData.verificationToken;
		const bob = rc.emu.state.extensions.find(
			(e: { id: number }) => e.id === 102,
		) as (typeof rc.emu.state.extensions)[number];
		rc.emu.state.extensions.push({
			...bob,
			id: 105,
			extensionNumber: '105',
			name: 'Eve Newcomer',
			uri: bob.uri.replace(/102$/, '105'),
		});
		await trigger.tick();
		expect(rc.emu.requestsFor('updateSubscription')).toHaveLength(1);
		expect(rc.emu.subscriptions.get(id).eventFilters).toEqual(
			expect.arrayContaining([
				'/restapi/v1.0/account/100000001/extension/105/voicemail',
				'/restapi/v1.0/account/100000001/extension/101/voicemail',
			]),
		);
		expect(rc.emu.subscriptions.all()).toHaveLength(1);
		expect(trigger.triggerErrors).toEqual([]);
		await trigger.tick();
		expect(rc.emu.requestsFor('updateSubscription')).toHaveLength(1);
		// n8n does not save what a trigger's check learns: a restart sets the same filters once more, and saves them.
		expect(await trigger.restart()).toEqual({ existed: true });
		expect(await trigger.restart()).toEqual({ existed: true });
		expect(rc.emu.requestsFor('updateSubscription')).toHaveLength(2);
		expect(trigger.nodeStaticData).toMatchObject({ subscriptionId: id, verificationToken: token });
	});

	it('a check that cannot reach RingCentral is only logged: the workflow stays active', async () => {
		const trigger = await activated();
		rc.emu.setFault({ operationId: 'readSubscription' }, { status: 503 });
		await trigger.tick();
		rc.emu.clearFaults();
		expect(trigger.triggerErrors).toEqual([]);
		expect(logs.warnings).toEqual([
			expect.stringContaining(
				`checking subscription ${idOf(trigger)} failed (tried again at the next check)`,
			),
		]);
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

		const oldToken = trigger.nodeStaticData.verificationToken;
		expect(await trigger.restart()).toEqual({ existed: false });
		expect(logs.warnings).toEqual([
			expect.stringContaining(`subscription ${id} is Blacklisted (3 deliveries in a row failed)`),
		]);
		// A new subscription gets a new verification token: the old one no longer opens the door.
		expect(trigger.nodeStaticData.verificationToken).toEqual(expect.any(String));
		expect(trigger.nodeStaticData.verificationToken).not.toBe(oldToken);
		expect(
			rc.emu.subscriptions
				.all()
				.map((s: { id: string; status: string }) => [s.id === id, s.status]),
		).toEqual([[false, 'Active']]);
		await smsArrives('after recovery');
		expect(trigger.items.map((i) => (i.json.body as { subject: string }).subject)).toEqual([
			'after recovery',
		]);
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
		expect(
			rc.emu
				.requestsFor('deleteSubscription')
				.map((r: { path: string; status: number }) => [r.path, r.status]),
		).toEqual([[`/restapi/v1.0/subscription/${id}`, 204]]);
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

	it('a replaced subscription whose deletion failed is deleted at the next activation', async () => {
		const trigger = await activated();
		const id = idOf(trigger);
		rc.emu.subscriptions.blacklist(id);
		rc.emu.setFault({ operationId: 'deleteSubscription' }, { status: 503 });
		expect(await trigger.restart()).toEqual({ existed: false });
		rc.emu.clearFaults();
		expect(trigger.nodeStaticData.failedDiscards).toEqual([id]);
		expect(rc.emu.subscriptions.get(id)).toBeDefined();
		expect(await trigger.restart()).toEqual({ existed: true });
		expect(rc.emu.subscriptions.get(id)).toBeUndefined();
		expect(trigger.nodeStaticData.failedDiscards).toBeUndefined();
		expect(rc.emu.subscriptions.all().map((s: { id: string }) => s.id)).toEqual([idOf(trigger)]);
	});

	it('a subscription whose creation timed out is found and deleted at the next activation', async () => {
		const trigger = await start({ events: ['smsReceived'] });
		rc.emu.setFault(
			{ operationId: 'createSubscription' },
			{ processThenFail: true, status: 504, times: 1 },
		);
		await expect(trigger.activate()).rejects.toThrow();
		const [orphan] = rc.emu.subscriptions.all();
		expect(orphan.deliveryMode.address).toBe(trigger.url);
		expect(trigger.nodeStaticData.subscriptionId).toBeUndefined();
		// Another node's subscription (another webhook URL) is not touched.
		const other = await start({ events: ['smsReceived'] });
		await other.activate();
		expect(await trigger.activate()).toEqual({ existed: false });
		expect(rc.emu.subscriptions.get(orphan.id)).toBeUndefined();
		expect(
			rc.emu.subscriptions
				.all()
				.map((s: { id: string }) => s.id)
				.sort(),
		).toEqual([idOf(trigger), idOf(other)].sort());
		expect(logs.infos).toEqual(
			expect.arrayContaining([
				expect.stringContaining(
					`deleting subscription ${orphan.id}, left over for this webhook URL`,
				),
			]),
		);
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
