/**
 * Deliveries are answered at once and enriched in the execution, so RingCentral never waits for message
 * fetches, downloads or rate-limit pauses; a delivery that overlaps a re-activation does not bring back
 * the old subscription.
 */
import { sleep } from 'n8n-workflow';

import * as routes from '../../scripts/emulator/routes';
import { useEmulator } from '../support/ringcentral';
import type { Trigger } from './support';
import { useTriggers } from './support';

/** Well within RingCentral's limit (3 s for the handshake; deliveries must be answered as quickly). */
const ANSWER_WITHIN_MS = 500;

describe('RingCentral Trigger: answering deliveries', () => {
	// RingCentral's limits as its headers announce them (without them the pacer sends a group's requests one at a time).
	const rc = useEmulator({ rateLimits: { Light: 50, Medium: 40, Heavy: 10, Auth: 20 } });
	const start = useTriggers(rc);
	afterEach(() => {
		delete rc.emu.handlers.readMessage;
		rc.emu.clearFaults();
	});

	const activated = async (parameters: Record<string, unknown>) => {
		const trigger = await start(parameters);
		await trigger.activate();
		return trigger;
	};
	const deliveriesTo = (trigger: Trigger) =>
		trigger.requests.filter((r) => r.headers['verification-token'] !== undefined);

	it('answers before fetching the messages (a rate-limited fetch), then enriches in the execution', async () => {
		const trigger = await activated({ events: ['messageStoreChanged'] });
		// The fetch is told to wait 2 s (429 + Retry-After), then waits 1 s more.
		rc.emu.setFault(
			{ operationId: 'readMessage' },
			{
				status: 429,
				headers: { 'Retry-After': '2' },
				body: { errorCode: 'CMN-301', message: 'Request rate exceeded' },
				times: 1,
			},
		);
		rc.emu.handlers.readMessage = async (ctx: unknown) => {
			await sleep(1000);
			return await routes.handlers.readMessage(ctx);
		};
		const message = rc.emu.addInboundSms({ from: '+14155550100', text: 'Slow to fetch' });
		await rc.emu.waitForDeliveries();
		const [delivery] = deliveriesTo(trigger);
		expect(delivery.response.status).toBe(200);
		expect(delivery.response.ms).toBeLessThan(ANSWER_WITHIN_MS);
		expect(
			rc.emu.deliveries
				.filter((d: { kind: string }) => d.kind === 'notification')
				.map((d: { ok: boolean }) => d.ok),
		).toEqual([true]);

		await start.settled();
		expect(rc.emu.requestsFor('readMessage').map((r: { status: number }) => r.status)).toEqual([
			429, 200,
		]);
		expect(trigger.items).toHaveLength(1);
		expect(trigger.items[0].json.messages).toEqual([
			expect.objectContaining({ id: message.id, subject: 'Slow to fetch' }),
		]);
	});

	it('a delivery overlapping a re-activation does not bring back the old subscription id or token', async () => {
		const trigger = await activated({ events: ['messageStoreChanged'] });
		// The restart reads the subscription (Light group, like the message fetch): the limit becomes known.
		expect(await trigger.restart()).toEqual({ existed: true });
		const old = trigger.nodeStaticData;
		let release: () => void = () => undefined;
		const fetching = new Promise<void>((resolve) => {
			rc.emu.handlers.readMessage = async (ctx: unknown) => {
				resolve();
				await new Promise<void>((resume) => (release = resume));
				return await routes.handlers.readMessage(ctx);
			};
		});
		rc.emu.addInboundSms({ from: '+14155550100', text: 'During the re-activation' });
		await fetching;
		// While the first delivery's message is being fetched, the subscription is replaced.
		rc.emu.subscriptions.blacklist(old.subscriptionId as string);
		expect(await trigger.restart()).toEqual({ existed: false });
		const current = trigger.nodeStaticData;
		expect(current.subscriptionId).not.toBe(old.subscriptionId);
		release();
		delete rc.emu.handlers.readMessage;
		await start.settled();
		expect(trigger.items).toHaveLength(1);
		expect(trigger.nodeStaticData).toMatchObject({
			subscriptionId: current.subscriptionId,
			verificationToken: current.verificationToken,
			expiresAt: current.expiresAt,
		});

		rc.emu.addInboundSms({ from: '+14155550100', text: 'To the new subscription' });
		await start.settled();
		expect(
			trigger.items.map((i) => (i.json.messages as Array<{ subject: string }>)[0].subject),
		).toEqual(['During the re-activation', 'To the new subscription']);
	});
});
