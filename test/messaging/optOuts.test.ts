import type { IDataObject } from 'n8n-workflow';

import { RingCentralMessaging } from '../../nodes/Messaging/RingCentralMessaging.node';
import { runNode } from '../harness';
import { useEmulator } from '../support/ringcentral';

const FROM_SMS = '+16505550101';
const SECOND_SMS_SENDER = '+16505550103';
const FROM_A2P = '+16505550199';

describe('RingCentral Messaging: Skip Opted-Out Recipients', () => {
	const rc = useEmulator();

	const run = (parameters: Record<string, unknown>, items: Array<{ json: IDataObject }>) =>
		runNode({
			nodeType: new RingCentralMessaging(),
			parameters: { authentication: 'jwt', ...parameters },
			credentials: rc.credentials,
			items,
		});
	const sendSms = (parameters: Record<string, unknown>, items = [{ json: {} }]) =>
		run(
			{
				resource: 'sms',
				operation: 'send',
				from: { __rl: true, mode: 'list', value: FROM_SMS },
				text: 'Your table is ready',
				options: { skipOptedOut: true },
				...parameters,
			},
			items,
		);
	const sentTo = () =>
		rc.emu
			.requestsFor('createSMSMessage')
			.map((r: IDataObject) =>
				((r.body as IDataObject).to as IDataObject[]).map((t) => t.phoneNumber),
			);
	const consentReads = () => rc.emu.requestsFor('listSmsConsentRecords');

	describe('Send SMS', () => {
		it('leaves out opted-out recipients (this sender or every sender) and lists them', async () => {
			rc.emu.addSmsOptOut({ from: FROM_SMS, to: '+14155550302' });
			rc.emu.addSmsOptOut({ from: '*', to: '+14155550303' });
			// Not opted out from this sender, or opted in again: still texted.
			rc.emu.addSmsOptOut({ from: '+16505550199', to: '+14155550304' });
			rc.emu.setSmsConsent({ from: FROM_SMS, to: '+14155550305', optStatus: 'OptIn' });

			const result = await sendSms({
				to: '+14155550301, (415) 555-0302, +14155550303, +14155550304, +14155550305',
			});
			expect(result.error).toBeUndefined();
			expect(sentTo()).toEqual([['+14155550301', '+14155550304', '+14155550305']]);
			expect(result.items).toHaveLength(1);
			expect(result.items[0].json).toMatchObject({
				id: expect.anything(),
				skippedRecipients: ['+14155550302', '+14155550303'],
			});
			expect(consentReads()).toHaveLength(1);
			expect(consentReads()[0].query).toMatchObject({ from: FROM_SMS, optStatus: 'OptOut' });
		});

		it('sends nothing when every recipient opted out, and outputs the item with the skipped list', async () => {
			rc.emu.addSmsOptOut({ from: FROM_SMS, to: '+14155550311' });
			rc.emu.addSmsOptOut({ from: FROM_SMS, to: '+14155550312' });
			const result = await sendSms({ to: '+14155550311, +14155550312' });
			expect(result.error).toBeUndefined();
			expect(rc.emu.requestsFor('createSMSMessage')).toEqual([]);
			expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
				[{ skippedRecipients: ['+14155550311', '+14155550312'] }, { item: 0 }],
			]);
		});

		it('reads the opt-outs once per run for each from-number, however many items', async () => {
			// A second SMS number of the same user.
			const [first] = rc.emu.state.phoneNumbers.filter(
				(p: IDataObject) => p.phoneNumber === FROM_SMS,
			);
			rc.emu.state.phoneNumbers.push({ ...first, id: 99, phoneNumber: SECOND_SMS_SENDER });
			rc.emu.addSmsOptOut({ from: FROM_SMS, to: '+14155550321' });
			rc.emu.addSmsOptOut({ from: SECOND_SMS_SENDER, to: '+14155550322' });
			const items = Array.from({ length: 6 }, (_, i) => ({
				json: {
					from: i % 2 ? SECOND_SMS_SENDER : FROM_SMS,
					phone: `+1415555032${i % 3}`,
				},
			}));

			const result = await sendSms(
				{
					from: { __rl: true, mode: 'list', value: '={{ $json.from }}' },
					to: '={{ $json.phone }}',
				},
				items,
			);
			expect(result.error).toBeUndefined();
			expect(consentReads().map((r: IDataObject) => (r.query as IDataObject).from)).toEqual([
				FROM_SMS,
				SECOND_SMS_SENDER,
			]);
			// +14155550321 opted out from the first number only, +14155550322 from the second only.
			expect(result.items.map((i) => i.json.skippedRecipients)).toEqual([
				[],
				[],
				[],
				[],
				['+14155550321'],
				['+14155550322'],
			]);
			expect(sentTo()).toEqual([
				['+14155550320'],
				['+14155550321'],
				['+14155550322'],
				['+14155550320'],
			]);
		});

		it('sends separately to the rest and marks every message with the skipped list', async () => {
			rc.emu.addSmsOptOut({ from: FROM_SMS, to: '+14155550332' });
			const result = await sendSms({
				to: '+14155550331, +14155550332, +14155550333',
				options: { skipOptedOut: true, sendSeparately: true },
			});
			expect(sentTo()).toEqual([['+14155550331'], ['+14155550333']]);
			expect(result.items.map((i) => i.json.skippedRecipients)).toEqual([
				['+14155550332'],
				['+14155550332'],
			]);
		});

		it('without the option reads no opt-outs and adds no field', async () => {
			rc.emu.addSmsOptOut({ from: FROM_SMS, to: '+14155550341' });
			const result = await sendSms({ to: '+14155550341', options: {} });
			expect(consentReads()).toEqual([]);
			expect(sentTo()).toEqual([['+14155550341']]);
			expect(result.items[0].json).not.toHaveProperty('skippedRecipients');
		});

		it('reads every page of a long opt-out list', async () => {
			for (let i = 0; i < 1001; i++)
				rc.emu.addSmsOptOut({ from: FROM_SMS, to: `+1415556${String(i).padStart(4, '0')}` });
			const result = await sendSms({ to: '+14155561000, +14155550351' });
			expect(result.items[0].json.skippedRecipients).toEqual(['+14155561000']);
			expect(sentTo()).toEqual([['+14155550351']]);
			expect(consentReads().map((r: IDataObject) => r.query)).toEqual([
				expect.objectContaining({ perPage: '1000' }),
				expect.objectContaining({ pageToken: expect.any(String) }),
			]);
		});
	});

	describe('High-volume SMS batch', () => {
		const batch = (items: Array<{ json: IDataObject }>, skipOptedOut = true) =>
			run(
				{
					resource: 'a2pSms',
					operation: 'createBatch',
					from: { __rl: true, mode: 'list', value: FROM_A2P },
					to: '={{ $json.phone }}',
					text: '=Hi {{ $json.name }}',
					options: { skipOptedOut },
				},
				items,
			);

		it('drops opted-out recipients and messages left with nobody, and lists them on the batch', async () => {
			rc.emu.addSmsOptOut({ from: FROM_A2P, to: '+14155550402' });
			rc.emu.addSmsOptOut({ from: FROM_A2P, to: '+14155550404' });
			rc.emu.addSmsOptOut({ from: FROM_SMS, to: '+14155550401' });
			const result = await batch([
				{ json: { phone: '+14155550401', name: 'Ann' } },
				{ json: { phone: '+14155550402', name: 'Ben' } },
				{ json: { phone: '+14155550403, +14155550404', name: 'Cy' } },
			]);
			expect(result.error).toBeUndefined();
			const [request] = rc.emu.requestsFor('createA2PSMS');
			expect(request.body.messages).toEqual([
				{ to: ['+14155550401'], text: 'Hi Ann' },
				{ to: ['+14155550403'], text: 'Hi Cy' },
			]);
			expect(result.items).toHaveLength(1);
			expect(result.items[0].json).toMatchObject({
				id: expect.any(String),
				skippedRecipients: ['+14155550402', '+14155550404'],
			});
			expect(result.items[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
			expect(consentReads()).toHaveLength(1);
			expect(consentReads()[0].query).toMatchObject({ from: FROM_A2P });
		});

		it('sends no batch when every recipient opted out', async () => {
			rc.emu.addSmsOptOut({ from: '*', to: '+14155550411' });
			rc.emu.addSmsOptOut({ from: FROM_A2P, to: '+14155550412' });
			const result = await batch([
				{ json: { phone: '+14155550411', name: 'Ann' } },
				{ json: { phone: '+14155550412', name: 'Ben' } },
			]);
			expect(result.error).toBeUndefined();
			expect(rc.emu.requestsFor('createA2PSMS')).toEqual([]);
			expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
				[{ skippedRecipients: ['+14155550411', '+14155550412'] }, [{ item: 0 }, { item: 1 }]],
			]);
		});

		it('without the option sends to everyone and reads no opt-outs', async () => {
			rc.emu.addSmsOptOut({ from: FROM_A2P, to: '+14155550421' });
			const result = await batch([{ json: { phone: '+14155550421', name: 'Ann' } }], false);
			expect(consentReads()).toEqual([]);
			expect(rc.emu.requestsFor('createA2PSMS')[0].body.messages).toEqual([
				{ to: ['+14155550421'] },
			]);
			expect(result.items[0].json).not.toHaveProperty('skippedRecipients');
		});
	});
});
