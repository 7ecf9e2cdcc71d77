import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { CALL_RESULTS } from '../../nodes/RingCentralPollTrigger/properties';
import { RingCentralPollTrigger } from '../../nodes/RingCentralPollTrigger/RingCentralPollTrigger.node';
import { runPoll } from '../harness';
import { useEmulator } from '../support/ringcentral';

const MINUTE = 60_000;

describe('RingCentral Poll Trigger: call filters, minimum age and links', () => {
	const rc = useEmulator();
	let staticData: IDataObject;
	beforeEach(() => {
		staticData = {};
	});

	const poll = (parameters: Record<string, unknown>, mode: 'trigger' | 'manual' = 'trigger') =>
		runPoll({
			nodeType: new RingCentralPollTrigger(),
			parameters: { authentication: 'jwt', direction: '', ...parameters },
			credentials: rc.credentials,
			staticData,
			mode,
		});
	const ids = (items: Array<{ json: IDataObject }>) => items.map((i) => i.json.id);
	const lastQuery = () => rc.emu.requestsFor('readUserCallLog').at(-1).query;
	/** A call that ended `endedMinutesAgo` ago. */
	const call = (o: Record<string, unknown> = {}, endedMinutesAgo = 0) => {
		const durationSec = (o.durationSec as number | undefined) ?? 60;
		return rc.emu.addCallLogRecord({
			durationSec,
			startTime: Date.now() - endedMinutesAgo * MINUTE - durationSec * 1000,
			...o,
		});
	};

	it('offers exactly the call results of the spec', () => {
		const spec = rc.emu.spec.definition.components.schemas.CallResultEnum.enum as string[];
		expect(CALL_RESULTS).toEqual(spec);
	});

	describe('result', () => {
		it('returns only calls with one of the chosen results (filtered here: the API has no result query)', async () => {
			const parameters = { event: 'newCall', callFilters: { results: ['Voicemail', 'Busy'] } };
			expect((await poll(parameters)).result).toBeNull();
			call({ result: 'Accepted' });
			const busy = call({ result: 'Busy', direction: 'Outbound' });
			call({ result: 'Missed', durationSec: 0 });
			const voicemail = rc.emu.simulateCall({ outcome: 'voicemail' }).record;
			const { items } = await poll(parameters);
			expect(items.map((i) => [i.json.id, i.json.result])).toEqual([
				[busy.id, 'Busy'],
				[voicemail.id, 'Voicemail'],
			]);
			expect(lastQuery()).not.toHaveProperty('result');
			// The calls left out are remembered too: none of them comes later.
			expect((await poll(parameters)).result).toBeNull();
		});

		it('combines with Missed Calls Only (both must hold)', async () => {
			const parameters = {
				event: 'newCall',
				missedOnly: true,
				callFilters: { results: ['Voicemail', 'Accepted'] },
			};
			await poll(parameters);
			call({ result: 'Accepted' });
			call({ result: 'Missed', durationSec: 0 });
			const voicemail = call({ result: 'Voicemail' });
			expect(ids((await poll(parameters)).items)).toEqual([voicemail.id]);
		});
	});

	describe('recording type', () => {
		it('sends recordingType to RingCentral and returns only calls recorded that way', async () => {
			const parameters = { event: 'newCall', callFilters: { recordingType: 'OnDemand' } };
			await poll(parameters);
			call({ recording: 'Automatic' });
			const onDemand = call({ recording: 'OnDemand' });
			call({});
			const { items } = await poll(parameters);
			expect(ids(items)).toEqual([onDemand.id]);
			expect(lastQuery()).toMatchObject({ recordingType: 'OnDemand' });
		});

		it('"Any Recording" returns every recorded call and no unrecorded one', async () => {
			const parameters = { event: 'newCall', callFilters: { recordingType: 'All' } };
			await poll(parameters);
			const automatic = call({ recording: 'Automatic' }, 2);
			call({}, 1);
			const onDemand = call({ recording: 'OnDemand' });
			expect(ids((await poll(parameters)).items)).toEqual([automatic.id, onDemand.id]);
			expect(lastQuery()).toMatchObject({ recordingType: 'All' });
		});

		it('narrows the New Call Recording event to automatic recordings', async () => {
			const parameters = {
				event: 'newRecording',
				callFilters: { recordingType: 'Automatic' },
				options: { recordingDelayMinutes: 0 },
			};
			await poll(parameters);
			const automatic = call({ recording: 'Automatic' });
			call({ recording: 'OnDemand' });
			expect(ids((await poll(parameters)).items)).toEqual([automatic.id]);
			expect(lastQuery()).toMatchObject({ recordingType: 'Automatic' });
		});

		it('without the filter, New Call Log Record asks for no recording type', async () => {
			await poll({ event: 'newCall' });
			expect(lastQuery()).not.toHaveProperty('recordingType');
		});
	});

	describe('phone number', () => {
		it('normalises the number, sends it without "+" and matches it as caller or callee', async () => {
			const parameters = { event: 'newCall', callFilters: { phoneNumber: '(415) 555-0177' } };
			await poll(parameters);
			const peer = { phoneNumber: '+14155550177', name: 'Pat Caller' };
			const inbound = call({ peer }, 3);
			const outbound = call({ peer, direction: 'Outbound' }, 2);
			call({ peer: { phoneNumber: '+14155550188' } }, 1);
			// Ends with the same digits (the emulator, like a lenient search, returns it): not the same number.
			call({ peer: { phoneNumber: '+4414155550177' } });
			const { items } = await poll(parameters);
			expect(ids(items)).toEqual([inbound.id, outbound.id]);
			expect(lastQuery()).toMatchObject({ phoneNumber: '14155550177' });
		});

		it('fails before any request when the number is not a phone number', async () => {
			const before = rc.emu.requests.length;
			const error = await poll({ event: 'newCall', callFilters: { phoneNumber: 'call me' } }).catch(
				(e: unknown) => e,
			);
			expect(error).toBeInstanceOf(NodeOperationError);
			expect((error as Error).message).toContain('Phone Number: "call me" is not a phone number');
			expect(rc.emu.requests.length).toBe(before);
		});

		it('applies to "Fetch Test Event" too', async () => {
			const { items } = await poll(
				{ event: 'newCall', callFilters: { phoneNumber: '+12125550144' } },
				'manual',
			);
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({
				result: 'Missed',
				from: { phoneNumber: '+12125550144' },
			});
		});
	});

	describe('Only Calls Older Than', () => {
		const parameters = { event: 'newCall', options: { minAgeMinutes: 10 } };

		it('ends each window that many minutes before the poll and emits a call once it is old enough', async () => {
			await poll(parameters);
			const recent = call({}, 1);
			const started = Date.now();
			expect((await poll(parameters)).result).toBeNull();
			const dateTo = Date.parse(lastQuery().dateTo);
			expect(dateTo).toBeGreaterThanOrEqual(started - 10 * MINUTE - 1000);
			expect(dateTo).toBeLessThanOrEqual(Date.now() - 10 * MINUTE);

			rc.emu.ageCallLog(10 * 60, (r: IDataObject) => r.id === recent.id);
			expect(ids((await poll(parameters)).items)).toEqual([recent.id]);
			expect((await poll(parameters)).result).toBeNull();
		});

		it('does not skip a record that RingCentral logs after the poll that covered its start', async () => {
			await poll(parameters);
			expect((await poll(parameters)).result).toBeNull();
			// Logged only now, dated before where the previous window ended.
			const late = call({}, 20);
			expect(ids((await poll(parameters)).items)).toEqual([late.id]);
			expect((await poll(parameters)).result).toBeNull();
		});

		it('does not return a call that existed at activation once it is old enough', async () => {
			const existing = call({}, 1);
			await poll(parameters);
			rc.emu.ageCallLog(15 * 60, (r: IDataObject) => r.id === existing.id);
			expect((await poll(parameters)).result).toBeNull();
		});

		it('starts over when the filters or the minimum age change', async () => {
			await poll(parameters);
			call({}, 30);
			expect((await poll({ ...parameters, options: { minAgeMinutes: 5 } })).result).toBeNull();
			expect(
				(
					await poll({
						...parameters,
						options: { minAgeMinutes: 5 },
						callFilters: { results: ['Accepted'] },
					})
				).result,
			).toBeNull();
		});
	});

	describe('links in the output', () => {
		it('a recorded call has recordingContentUri; a voicemail call has the messageUri of its voicemail', async () => {
			await poll({ event: 'newCall' });
			const recorded = call({ recording: 'Automatic' }, 1);
			const voicemail = rc.emu.simulateCall({ outcome: 'voicemail' });
			const { items } = await poll({ event: 'newCall' });
			const byId = Object.fromEntries(items.map((i) => [i.json.id, i.json]));
			expect(byId[recorded.id].recordingContentUri).toBe(recorded.recording.contentUri);
			expect(byId[recorded.id]).not.toHaveProperty('messageUri');
			expect(voicemail.message?.uri).toEqual(expect.any(String));
			expect(byId[voicemail.record.id].messageUri).toBe(voicemail.message?.uri);
			expect(byId[voicemail.record.id]).not.toHaveProperty('recordingContentUri');
		});

		it('a new message or voicemail has messageUri', async () => {
			await poll({ event: 'newMessage', direction: 'Inbound' });
			const sms = rc.emu.addInboundSms({ from: '+14155550100', text: 'Link me' });
			const { items } = await poll({ event: 'newMessage', direction: 'Inbound' });
			expect(items[0].json.messageUri).toBe(sms.uri);

			const voicemails = await poll({ event: 'newVoicemail' }, 'manual');
			expect(voicemails.items[0].json.messageUri).toBe(voicemails.items[0].json.uri);
			expect(voicemails.items[0].json.messageUri).toEqual(
				expect.stringContaining('/message-store/'),
			);
		});
	});
});
