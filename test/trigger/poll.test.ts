import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { RingCentralPollTrigger } from '../../nodes/RingCentralPollTrigger/RingCentralPollTrigger.node';
import { captureLogs, readBinary, runPoll } from '../harness';
import { useEmulator } from '../support/ringcentral';

const MINUTE = 60_000;

describe('RingCentral Poll Trigger', () => {
	const rc = useEmulator();
	let staticData: IDataObject;
	beforeEach(() => {
		staticData = {};
	});
	afterEach(() => {
		rc.emu.options.callLogMaxPerPage = 1000;
	});

	const poll = (parameters: Record<string, unknown>, mode: 'trigger' | 'manual' = 'trigger') =>
		runPoll({
			nodeType: new RingCentralPollTrigger(),
			parameters: { authentication: 'jwt', ...parameters },
			credentials: rc.credentials,
			staticData,
			mode,
		});
	const subjects = (items: Array<{ json: IDataObject }>) => items.map((i) => i.json.subject);

	describe('new messages (message-sync)', () => {
		it('first run remembers where it is; later runs return each new message once, oldest first', async () => {
			const first = await poll({ event: 'newMessage' });
			expect(first.result).toBeNull();
			expect(rc.emu.requestsFor('syncMessages')[0].query).toMatchObject({
				syncType: 'FSync',
				messageType: 'SMS',
				direction: 'Inbound',
			});
			expect(staticData['node:RingCentral Poll Trigger']).toMatchObject({
				syncToken: expect.any(String),
				syncTime: expect.any(String),
			});

			rc.emu.addInboundSms({ from: '+14155550100', text: 'First' });
			rc.emu.addInboundSms({ from: '+14155550100', text: 'Second' });
			const second = await poll({ event: 'newMessage' });
			expect(subjects(second.items)).toEqual(['First', 'Second']);
			expect(second.items[0].json).toMatchObject({
				type: 'SMS',
				direction: 'Inbound',
				from: { phoneNumber: '+14155550100' },
			});
			expect(rc.emu.requestsFor('syncMessages')[1].query).toMatchObject({
				syncType: 'ISync',
				syncToken: expect.any(String),
			});

			expect((await poll({ event: 'newMessage' })).result).toBeNull();
			rc.emu.addInboundSms({ from: '+14155550100', text: 'Third' });
			expect(subjects((await poll({ event: 'newMessage' })).items)).toEqual(['Third']);
		});

		it('ignores changes to messages it already saw or that existed before, and other types', async () => {
			await poll({ event: 'newMessage' });
			const seeded = rc.emu.state.messages.find(
				(m: IDataObject) =>
					m.type === 'SMS' && m.direction === 'Inbound' && m.readStatus === 'Unread',
			);
			const fresh = rc.emu.addInboundSms({ from: '+14155550100', text: 'New' });
			expect(subjects((await poll({ event: 'newMessage' })).items)).toEqual(['New']);
			for (const message of [seeded, fresh]) {
				message.readStatus = 'Read';
				message._seq = ++rc.emu.state.seq;
			}
			rc.emu.simulateCall({ outcome: 'voicemail' });
			expect((await poll({ event: 'newMessage' })).result).toBeNull();
		});

		it('a message whose attachment cannot be downloaded is emitted once with attachmentError and blocks none after it', async () => {
			const parameters = { event: 'newMessage', options: { downloadAttachments: true } };
			await poll(parameters);
			const picture = (name: string) => [
				{ contentType: 'image/png', data: Buffer.from(name), fileName: `${name}.png` },
			];
			const sent = ['one', 'two', 'three'].map((name) =>
				rc.emu.addInboundSms({ from: '+14155550100', text: name, attachments: picture(name) }),
			);
			// The second picture is gone from RingCentral's store: its content answers 404 every time.
			const lost = sent[1].attachments.find((a: IDataObject) => a.type === 'MmsAttachment');
			delete rc.emu.state.contents[String(lost.id)];

			const { items } = await poll(parameters);
			expect(subjects(items)).toEqual(['one', 'two', 'three']);
			expect(items.map((i) => i.binary?.attachment_0?.fileName)).toEqual([
				'one.png',
				undefined,
				'three.png',
			]);
			expect(items[1].json.attachmentError).toContain('CMN-102');
			expect(items[0].json.attachmentError).toBeUndefined();

			// The cursor moved past all three: none comes again, the next message comes alone.
			expect((await poll(parameters)).result).toBeNull();
			rc.emu.addInboundSms({ from: '+14155550100', text: 'four', attachments: picture('four') });
			expect(subjects((await poll(parameters)).items)).toEqual(['four']);
		});

		it('catches up with a full sync when the token is no longer valid', async () => {
			const logs = captureLogs();
			try {
				await poll({ event: 'newMessage' });
				const node = () => staticData['node:RingCentral Poll Trigger'] as IDataObject;
				node().syncToken = 'expired-token';
				rc.emu.addInboundSms({ from: '+14155550100', text: 'While the token expired' });
				const caughtUp = await poll({ event: 'newMessage' });
				expect(subjects(caughtUp.items)).toEqual(['While the token expired']);
				expect(logs.warnings).toEqual([expect.stringContaining('sync token is no longer valid')]);
				expect(node().syncToken).not.toBe('expired-token');
				expect((await poll({ event: 'newMessage' })).result).toBeNull();
			} finally {
				logs.restore();
			}
		});

		it('starts over when the filters change', async () => {
			await poll({ event: 'newMessage' });
			rc.emu.addInboundSms({ from: '+14155550100', text: 'Before the change' });
			expect(
				(await poll({ event: 'newMessage', messageTypes: ['SMS', 'Fax'], direction: '' })).result,
			).toBeNull();
			expect(rc.emu.requestsFor('syncMessages').at(-1).query).toMatchObject({
				syncType: 'FSync',
				messageType: ['SMS', 'Fax'],
			});
		});

		it('manual mode returns the newest matching message without moving the cursor', async () => {
			const sample = await poll({ event: 'newMessage' }, 'manual');
			expect(sample.items).toHaveLength(1);
			expect(sample.items[0].json).toMatchObject({
				type: 'SMS',
				direction: 'Inbound',
				subject: 'Is my order ready?',
			});
			expect(staticData).toEqual({});
			expect(rc.emu.requestsFor('syncMessages')).toEqual([]);
		});
	});

	describe('new voicemail', () => {
		it('returns new voicemails with their audio', async () => {
			const parameters = { event: 'newVoicemail', options: { downloadAttachments: true } };
			expect((await poll(parameters)).result).toBeNull();
			rc.emu.simulateCall({ outcome: 'voicemail', from: '+14155550122', fromName: 'Ken Supplier' });
			rc.emu.addInboundSms({ from: '+14155550100', text: 'Not a voicemail' });
			const { items } = await poll(parameters);
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({
				type: 'VoiceMail',
				from: { phoneNumber: '+14155550122' },
			});
			expect(items[0].binary?.attachment_0).toMatchObject({
				mimeType: 'audio/wav',
				fileName: 'voicemail.wav',
			});
			expect((await readBinary(items[0], 'attachment_0')).subarray(0, 4).toString()).toBe('RIFF');
		});

		it('manual mode returns the newest voicemail', async () => {
			const { items } = await poll({ event: 'newVoicemail' }, 'manual');
			expect(items[0].json).toMatchObject({
				type: 'VoiceMail',
				subject: 'Voice Message from Jane Customer',
			});
		});
	});

	describe('new call log records', () => {
		const calls = (n: number, o: Record<string, unknown> = {}) =>
			Array.from(
				{ length: n },
				(_, i) => rc.emu.simulateCall({ from: `+1415555${String(1000 + i)}`, ...o }).record,
			);

		it('returns every new call once across page boundaries, oldest first, Heavy requests only', async () => {
			rc.emu.options.callLogMaxPerPage = 5;
			expect((await poll({ event: 'newCall', direction: '' })).result).toBeNull();
			const made = calls(12);
			rc.emu.ageCallLog(5 * 60, (r: IDataObject) => made.some((m: IDataObject) => m.id === r.id));
			const before = rc.emu.requests.length;
			const { items } = await poll({ event: 'newCall', direction: '' });
			expect(items.map((i) => i.json.id)).toEqual(made.map((m: IDataObject) => m.id));
			const reads = rc.emu.requests.slice(before);
			expect(reads.map((r: IDataObject) => [r.operationId, r.throttlingGroup])).toEqual(
				Array(3).fill(['readUserCallLog', 'Heavy']),
			);
			expect(reads[0].query).toMatchObject({ view: 'Simple', perPage: '1000' });

			expect((await poll({ event: 'newCall', direction: '' })).result).toBeNull();
			const more = calls(3);
			expect((await poll({ event: 'newCall', direction: '' })).items.map((i) => i.json.id)).toEqual(
				more.map((m: IDataObject) => m.id),
			);
		});

		it('picks up a long call that started before the previous poll (calls are logged when they end)', async () => {
			await poll({ event: 'newCall' });
			const longCall = rc.emu.addCallLogRecord({
				startTime: Date.now() - 40 * MINUTE,
				durationSec: 40 * 60,
			});
			const { items } = await poll({ event: 'newCall' });
			expect(items.map((i) => i.json.id)).toEqual([longCall.id]);
			expect((await poll({ event: 'newCall' })).result).toBeNull();
		});

		it('filters missed calls and direction', async () => {
			await poll({ event: 'newCall', missedOnly: true });
			calls(1, { outcome: 'answered' });
			const missed = calls(1, { outcome: 'missed' });
			const voicemail = calls(1, { outcome: 'voicemail' });
			const { items } = await poll({ event: 'newCall', missedOnly: true });
			// Oldest first by start time: the voicemail call started 8 s before its end, the missed one ended at once.
			expect(items.map((i) => [i.json.id, i.json.result])).toEqual([
				[voicemail[0].id, 'Voicemail'],
				[missed[0].id, 'Missed'],
			]);
			expect(rc.emu.requestsFor('readUserCallLog').at(-1).query).toMatchObject({
				direction: 'Inbound',
			});
		});

		it('reads the company call log for the whole account (queues included), which needs an administrator', async () => {
			await poll({ event: 'newCall', scope: 'account' });
			const queueCall = calls(1, { extensionId: '103', outcome: 'missed' });
			const { items } = await poll({ event: 'newCall', scope: 'account' });
			expect(items.map((i) => i.json.id)).toEqual([queueCall[0].id]);
			expect(rc.emu.requestsFor('readCompanyCallLog')).toHaveLength(2);

			const bob = rc.credentials.clone();
			bob.set('ringCentralJwtApi', {
				...bob.get('ringCentralJwtApi'),
				jwtToken: rc.emu.createJwt({ extensionId: '102' }),
				accessToken: '',
			});
			const error = await runPoll({
				nodeType: new RingCentralPollTrigger(),
				parameters: { authentication: 'jwt', event: 'newCall', scope: 'account' },
				credentials: bob,
				staticData: {},
			}).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(NodeApiError);
			expect((error as NodeApiError).description).toContain('ReadCompanyCallLog');
		});

		it('manual mode returns the newest call', async () => {
			const { items } = await poll({ event: 'newCall' }, 'manual');
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({
				direction: 'Inbound',
				from: { name: 'Jane Customer' },
				recording: expect.any(Object),
			});
			expect(staticData).toEqual({});
		});
	});

	describe('new call recordings', () => {
		const recordingParameters = (options: IDataObject = {}) => ({
			event: 'newRecording',
			direction: '',
			options: { downloadRecording: true, ...options },
		});

		it('waits the recording delay after the call ended, then returns it with the audio', async () => {
			await poll(recordingParameters());
			const { record } = rc.emu.simulateCall({ recorded: true });
			rc.emu.simulateCall({ recorded: false });
			expect((await poll(recordingParameters())).result).toBeNull();
			rc.emu.ageCallLog(6 * 60);
			const { items } = await poll(recordingParameters());
			expect(items.map((i) => i.json.id)).toEqual([record.id]);
			expect(items[0].binary?.data).toMatchObject({
				mimeType: 'audio/wav',
				fileName: `recording-${record.recording.id}.wav`,
			});
			expect(rc.emu.requestsFor('readUserCallLog').at(-1).query).toMatchObject({
				recordingType: 'All',
			});
			expect((await poll(recordingParameters())).result).toBeNull();
		});

		it('retries a recording whose media is not ready yet instead of losing it', async () => {
			await poll(recordingParameters({ recordingDelayMinutes: 0 }));
			const { record } = rc.emu.simulateCall({ recorded: true, recordingDelayMs: 2 * MINUTE });
			expect((await poll(recordingParameters({ recordingDelayMinutes: 0 }))).result).toBeNull();
			expect(
				rc.emu.requestsFor('readCallRecordingContent').map((r: IDataObject) => r.status),
			).toEqual([404]);
			rc.emu.ageCallLog(3 * 60);
			const { items } = await poll(recordingParameters({ recordingDelayMinutes: 0 }));
			expect(items.map((i) => i.json.id)).toEqual([record.id]);
			expect(items[0].binary?.data).toBeDefined();
		});

		it('downloads at most five recordings a poll (Heavy group) and the rest on the next poll', async () => {
			await poll(recordingParameters());
			const made = Array.from({ length: 7 }, () => rc.emu.simulateCall({ recorded: true }).record);
			rc.emu.ageCallLog(10 * 60);
			const first = await poll(recordingParameters());
			const second = await poll(recordingParameters());
			expect(first.items.map((i) => i.json.id)).toEqual(
				made.slice(0, 5).map((m: IDataObject) => m.id),
			);
			expect(second.items.map((i) => i.json.id)).toEqual(
				made.slice(5).map((m: IDataObject) => m.id),
			);
			expect(
				rc.emu
					.requestsFor('readCallRecordingContent')
					.every((r: IDataObject) => r.throttlingGroup === 'Heavy'),
			).toBe(true);
		});

		it('manual mode returns the newest recording with its audio', async () => {
			const { items } = await poll(recordingParameters(), 'manual');
			expect(items).toHaveLength(1);
			expect(items[0].json.recording).toMatchObject({ type: 'Automatic' });
			expect(items[0].binary?.data).toMatchObject({ mimeType: 'audio/wav' });
		});
	});
});
