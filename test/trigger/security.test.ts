import { tokensMatch } from '../../nodes/RingCentralTrigger/delivery';
import { deduplication } from '../harness';
import { useEmulator } from '../support/ringcentral';
import { useTriggers } from './support';

describe('RingCentral Trigger: deliveries that must not run the workflow', () => {
	const rc = useEmulator();
	const start = useTriggers(rc);

	/** A trigger with one real delivery received; returns that delivery as the emulator sent it. */
	const withRealDelivery = async () => {
		const trigger = await start({ events: ['smsReceived'] });
		await trigger.activate();
		rc.emu.addInboundSms({ from: '+14155550100', text: 'Genuine' });
		await start.settled();
		const delivery = rc.emu.deliveries.find((d: { kind: string }) => d.kind === 'notification');
		expect(delivery).toMatchObject({ ok: true, status: 200 });
		expect(trigger.executions).toHaveLength(1);
		return {
			trigger,
			delivery: delivery as { headers: Record<string, string>; body: Record<string, unknown> },
		};
	};

	it.each([
		[
			'no Verification-Token header',
			(h: Record<string, string>) => ({ 'Content-Type': h['Content-Type'] }),
			(b: Record<string, unknown>) => b,
		],
		[
			'a wrong Verification-Token',
			(h: Record<string, string>) => ({ ...h, 'Verification-Token': 'forged-token' }),
			(b: Record<string, unknown>) => b,
		],
		[
			'a token that only shares a prefix',
			(h: Record<string, string>) => ({
				...h,
				'Verification-Token': h['Verification-Token'].slice(0, -1),
			}),
			(b: Record<string, unknown>) => b,
		],
		[
			'another subscription id',
			(h: Record<string, string>) => h,
			(b: Record<string, unknown>) => ({
				...b,
				uuid: 'other-uuid',
				subscriptionId: 'someone-elses-subscription',
			}),
		],
		[
			'a timestamp from yesterday',
			(h: Record<string, string>) => h,
			(b: Record<string, unknown>) => ({
				...b,
				uuid: 'old-uuid',
				timestamp: new Date(Date.now() - 86_400_000).toISOString(),
			}),
		],
		[
			'a timestamp 10 minutes in the future',
			(h: Record<string, string>) => h,
			(b: Record<string, unknown>) => ({
				...b,
				uuid: 'future-uuid',
				timestamp: new Date(Date.now() + 600_000).toISOString(),
			}),
		],
	])('rejects a delivery with %s: 401, no execution', async (_case, headers, body) => {
		const { trigger, delivery } = await withRealDelivery();
		const response = await trigger.send({
			headers: headers(delivery.headers),
			body: { ...body(delivery.body), body: { subject: 'Forged' } },
		});
		expect(response.status).toBe(401);
		expect(response.body).toBe('');
		expect(trigger.executions).toHaveLength(1);
		expect(trigger.requests.at(-1)?.executed).toBe(false);
	});

	it('accepts a timestamp a little ahead of our clock (clock skew)', async () => {
		const { trigger, delivery } = await withRealDelivery();
		const response = await trigger.send({
			headers: delivery.headers,
			body: {
				...delivery.body,
				uuid: 'skewed-uuid',
				timestamp: new Date(Date.now() + 60_000).toISOString(),
			},
		});
		expect(response.status).toBe(200);
		await trigger.settled();
		expect(trigger.executions).toHaveLength(2);
	});

	it('does not run a replayed delivery twice (RingCentral repeating one is answered 200)', async () => {
		const { trigger, delivery } = await withRealDelivery();
		const replay = await trigger.send({ headers: delivery.headers, body: delivery.body });
		expect(replay.status).toBe(200);
		expect(trigger.executions).toHaveLength(1);
		expect(trigger.nodeStaticData.recentDeliveries).toEqual({
			[delivery.body.uuid as string]: expect.any(Number),
		});
	});

	// In queue mode the webhook processor keeps its own copy of static data, without this process's memory of the
	// delivery; n8n's deduplication store (its database, shared by every process) still knows it.
	const forgetDeliveriesInStaticData = (trigger: Awaited<ReturnType<typeof start>>) => {
		for (const data of Object.values(trigger.staticData as Record<string, Record<string, unknown>>))
			delete data.recentDeliveries;
		expect(trigger.nodeStaticData.recentDeliveries).toBeUndefined();
	};

	it('drops a delivery that reaches another n8n process again: the repeat runs, emits nothing', async () => {
		const { trigger, delivery } = await withRealDelivery();
		forgetDeliveriesInStaticData(trigger);
		const replay = await trigger.send({ headers: delivery.headers, body: delivery.body });
		expect(replay.status).toBe(200);
		await trigger.settled();
		expect(trigger.runErrors).toEqual([]);
		expect(trigger.executions.map((output) => output[0].length)).toEqual([1, 0]);
		expect([...deduplication.records.values()].flat()).toContain(delivery.body.uuid);
	});

	it("without n8n's deduplication store, the process memory alone drops repeats", async () => {
		deduplication.available = false;
		try {
			const { trigger, delivery } = await withRealDelivery();
			const repeat = await trigger.send({ headers: delivery.headers, body: delivery.body });
			expect(repeat.status).toBe(200);
			expect(trigger.executions).toHaveLength(1);
			forgetDeliveriesInStaticData(trigger);
			await trigger.send({ headers: delivery.headers, body: delivery.body });
			await trigger.settled();
			// Nothing shared remembers it: this is the repeat n8n's store is there for.
			expect(trigger.executions.map((output) => output[0].length)).toEqual([1, 1]);
		} finally {
			deduplication.available = true;
		}
	});

	it('rejects a delivery of a previous subscription after it was replaced', async () => {
		const { trigger, delivery } = await withRealDelivery();
		rc.emu.subscriptions.blacklist(trigger.nodeStaticData.subscriptionId as string);
		expect(await trigger.restart()).toEqual({ existed: false });
		const replay = await trigger.send({
			headers: delivery.headers,
			body: { ...delivery.body, uuid: 'fresh-uuid' },
		});
		expect(replay.status).toBe(401);
		expect(trigger.executions).toHaveLength(1);
	});

	it('rejects deliveries when it has no subscription (deactivated)', async () => {
		const { trigger, delivery } = await withRealDelivery();
		await trigger.deactivate();
		const response = await trigger.send({
			headers: delivery.headers,
			body: { ...delivery.body, uuid: 'after-deactivation' },
		});
		expect(response.status).toBe(401);
		expect(trigger.executions).toHaveLength(1);
	});

	it('answers any validation request statelessly, without running anything', async () => {
		const trigger = await start({ events: ['smsReceived'] });
		const response = await trigger.send({ headers: { 'Validation-Token': 'probe-123' } });
		expect(response).toMatchObject({
			status: 200,
			body: '',
			headers: { 'validation-token': 'probe-123' },
		});
		expect(trigger.executions).toEqual([]);
		expect(trigger.nodeStaticData).toEqual({});
	});

	it('compares tokens in constant time, whatever their lengths', () => {
		expect(tokensMatch('abc', 'abc')).toBe(true);
		expect(tokensMatch('abc', 'abcd')).toBe(false);
		expect(tokensMatch('', 'abc')).toBe(false);
		expect(tokensMatch(undefined, 'abc')).toBe(false);
		expect(tokensMatch('abc', undefined)).toBe(false);
	});
});
