import { NodeApiError } from 'n8n-workflow';

import { RingCentralMessaging } from '../../nodes/Messaging/RingCentralMessaging.node';
import { ApiError } from '../../scripts/emulator/core/http';
import { handlers } from '../../scripts/emulator/routes';
import { runNode } from '../harness';
import { useEmulator } from '../support/ringcentral';

const RECIPIENTS = [
	'+14155550101',
	'+14155550102',
	'+442071838750',
	'+14155550104',
	'+14155550105',
];

describe('RingCentral Messaging: SMS sent separately, when one recipient fails', () => {
	const rc = useEmulator();

	const sendSeparately = (continueOnFail: boolean) =>
		runNode({
			nodeType: new RingCentralMessaging(),
			parameters: {
				authentication: 'jwt',
				resource: 'sms',
				operation: 'send',
				from: { __rl: true, mode: 'list', value: '+16505550101' },
				to: RECIPIENTS.join(', '),
				text: 'Your order shipped',
				options: { sendSeparately: true },
			},
			credentials: rc.credentials,
			continueOnFail,
		});
	const accepted = () =>
		rc.emu
			.requestsFor('createSMSMessage')
			.filter((r: { status: number }) => r.status === 200)
			.map((r: { body: { to: Array<{ phoneNumber: string }> } }) => r.body.to[0].phoneNumber);
	const messageIdsTo = (numbers: string[]) =>
		numbers.map((phoneNumber) => ({
			phoneNumber,
			messageId: rc.emu.state.messages.find(
				(m: { to?: Array<{ phoneNumber: string }> }) => m.to?.[0]?.phoneNumber === phoneNumber,
			)?.id,
		}));

	/** The account cannot text abroad: RingCentral rejects the third SMS (403 MSG-240), nothing was sent to it. */
	const rejectInternational = () => {
		const number = rc.emu.state.phoneNumbers.find(
			(p: { phoneNumber: string }) => p.phoneNumber === '+16505550101',
		)!;
		number.features = number.features.filter((f: string) => f !== 'InternationalSmsSender');
	};

	it('says who was texted (message ids) and who was not, in the error that stops the workflow', async () => {
		rejectInternational();
		const result = await sendSeparately(false);
		expect(accepted()).toEqual(RECIPIENTS.slice(0, 2));
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.message).toContain('MSG-240');
		const sent = messageIdsTo(RECIPIENTS.slice(0, 2));
		expect(sent.every((s) => s.messageId !== undefined)).toBe(true);
		const description = String(result.error?.description);
		for (const { phoneNumber, messageId } of sent)
			expect(description).toContain(`${phoneNumber} (message ${String(messageId)})`);
		expect(description).toContain(`Not sent to ${RECIPIENTS.slice(2).join(', ')}.`);
		// The fix for the failure itself is still there.
		expect(description).toContain('International SMS is not enabled');
	});

	it('with Continue On Fail, the error item lists sentTo with message ids and notSentTo, for a re-run', async () => {
		rejectInternational();
		const result = await sendSeparately(true);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		const json = result.items[0].json;
		expect(json.error).toContain('MSG-240');
		expect(json.sentTo).toEqual(messageIdsTo(RECIPIENTS.slice(0, 2)));
		expect(json.notSentTo).toEqual(RECIPIENTS.slice(2));
		expect(json.maybeSentTo).toBeUndefined();
	});

	it('after an ambiguous failure (5xx once processed) the recipient is "maybe sent", not repeated, not in notSentTo', async () => {
		rc.emu.handlers.createSMSMessage = (ctx: { body: { to: Array<{ phoneNumber: string }> } }) => {
			const answer = handlers.createSMSMessage(ctx);
			if (ctx.body.to[0].phoneNumber === RECIPIENTS[2])
				throw new ApiError(503, 'CMN-201', 'Service Temporary Unavailable');
			return answer;
		};
		try {
			const result = await sendSeparately(true);
			// Stored once (the 503 came after processing), never sent again, and the last two never tried.
			expect(
				rc.emu
					.requestsFor('createSMSMessage')
					.map((r: { body: { to: Array<{ phoneNumber: string }> } }) => r.body.to[0].phoneNumber),
			).toEqual(RECIPIENTS.slice(0, 3));
			const json = result.items[0].json;
			expect(json.sentTo).toHaveLength(2);
			expect(json.maybeSentTo).toEqual([RECIPIENTS[2]]);
			expect(json.notSentTo).toEqual(RECIPIENTS.slice(3));
			expect(String(json.description)).toContain(`Maybe sent to ${RECIPIENTS[2]}`);
			expect(String(json.description)).toContain('not repeated automatically');
		} finally {
			delete rc.emu.handlers.createSMSMessage;
		}
	});

	it('when the last recipient fails ambiguously, nobody is listed as not sent', async () => {
		const last = RECIPIENTS[RECIPIENTS.length - 1];
		rc.emu.handlers.createSMSMessage = (ctx: { body: { to: Array<{ phoneNumber: string }> } }) => {
			const answer = handlers.createSMSMessage(ctx);
			if (ctx.body.to[0].phoneNumber === last)
				throw new ApiError(503, 'CMN-201', 'Service Temporary Unavailable');
			return answer;
		};
		try {
			const json = (await sendSeparately(true)).items[0].json;
			expect(json.sentTo).toHaveLength(4);
			expect(json.maybeSentTo).toEqual([last]);
			expect(json.notSentTo).toEqual([]);
			expect(String(json.description)).not.toContain('Not sent to');
		} finally {
			delete rc.emu.handlers.createSMSMessage;
		}
	});
});
