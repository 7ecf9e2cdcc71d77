import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { RingCentralVoice } from '../../nodes/Voice/RingCentralVoice.node';
import { loadOptions, runNode } from '../harness';
import { useEmulator } from '../support/ringcentral';

interface Party {
	id: string;
	extensionId?: string;
	status: { code: string; reason?: string };
	recordings: Array<{ id: string; active: boolean }>;
	park?: { id: string };
}
interface Session {
	id: string;
	parties: Party[];
}

const device = (value: string, mode = 'list') => ({ __rl: true, mode, value });

describe('RingCentral Voice: Call Control', () => {
	const rc = useEmulator();
	const run = (parameters: IDataObject, items: Array<{ json: IDataObject }> = [{ json: {} }]) =>
		runNode({
			nodeType: new RingCentralVoice(),
			parameters: { authentication: 'jwt', resource: 'callControl', ...parameters },
			credentials: rc.credentials,
			items,
		});
	const sessions = (): Session[] => rc.emu.telephony.sessions;
	const ringing = (o: IDataObject = {}) =>
		rc.emu.startCall({ from: '+14155550111', ...o }) as Session;
	const answered = () => rc.emu.startCall({ from: '+14155550122', status: 'Answered' }) as Session;
	const partyOf = (session: Session) => session.parties[0];

	it('calls out from one of your devices, once, and returns the session', async () => {
		const result = await run({
			operation: 'callOut',
			device: device('800000102'),
			to: '+1 (415) 555-0100',
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({
			id: expect.stringMatching(/^s-/),
			origin: { type: 'CallOut' },
			parties: [expect.objectContaining({ direction: 'Outbound' })],
		});
		const [sent] = rc.emu.requestsFor('createCallOutCallSession');
		expect(sent).toMatchObject({
			throttlingGroup: 'Heavy',
			body: { from: { deviceId: '800000102' }, to: { phoneNumber: '+14155550100' } },
		});
		const colleague = await run({
			operation: 'callOut',
			device: device('800000101', 'id'),
			to: '102',
			options: { country: '1' },
		});
		expect(colleague.error).toBeUndefined();
		expect(rc.emu.requestsFor('createCallOutCallSession')[1].body).toEqual({
			from: { deviceId: '800000101' },
			to: { extensionNumber: '102' },
			countryId: 1,
		});
	});

	it('never repeats a call out whose answer was lost', async () => {
		rc.emu.setFault(
			{ operationId: 'createCallOutCallSession' },
			{ status: 502, processThenFail: true, times: 1 },
		);
		const before = sessions().length;
		const result = await run({
			operation: 'callOut',
			device: device('800000102'),
			to: '+14155550100',
		});
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.description).toMatch(/not repeated automatically/);
		expect(rc.emu.requestsFor('createCallOutCallSession')).toHaveLength(1);
		expect(sessions()).toHaveLength(before + 1);
	});

	it('explains a device that is not yours', async () => {
		const result = await run({
			operation: 'callOut',
			device: device('800009999', 'id'),
			to: '+14155550100',
		});
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.message).toMatch(/from\.deviceId/);
		expect(result.error.description).toMatch(/"from\.deviceId"/);
	});

	it('gets a session, and a party: the given one or your own', async () => {
		const session = answered();
		const got = await run({ operation: 'getSession', telephonySessionId: session.id });
		expect(got.items[0].json).toMatchObject({
			id: session.id,
			parties: [{ id: partyOf(session).id }],
		});
		const own = await run({ operation: 'getParty', telephonySessionId: session.id });
		expect(own.items[0].json).toMatchObject({
			id: partyOf(session).id,
			status: { code: 'Answered' },
		});
		// Your party is found once per run: your extension is read once for all items.
		await run({ operation: 'getParty', telephonySessionId: session.id }, [
			{ json: {} },
			{ json: {} },
			{ json: {} },
		]);
		expect(rc.emu.requestsFor('readExtension')).toHaveLength(2);
		const given = await run({
			operation: 'getParty',
			telephonySessionId: session.id,
			partyId: partyOf(session).id,
		});
		expect(given.items[0].json.id).toBe(partyOf(session).id);
	});

	it('holds and unholds a call', async () => {
		const session = answered();
		const held = await run({
			operation: 'hold',
			telephonySessionId: session.id,
			partyId: partyOf(session).id,
			options: { proto: 'RC' },
		});
		expect(held.items[0].json).toMatchObject({ status: { code: 'Hold' } });
		expect(rc.emu.requestsFor('holdCallParty')[0].body).toEqual({ proto: 'RC' });
		const back = await run({ operation: 'unhold', telephonySessionId: session.id });
		expect(back.items[0].json).toMatchObject({ status: { code: 'Answered' } });
		expect(rc.emu.requestsFor('holdCallParty')[0].throttlingGroup).toBe('Light');
	});

	it('explains an action the call is not in a state for (holding a ringing call)', async () => {
		const session = ringing();
		const result = await run({
			operation: 'hold',
			telephonySessionId: session.id,
			partyId: partyOf(session).id,
		});
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.httpCode).toBe('409');
		expect(result.error.message).toMatch(/Cannot hold a call party in status Proceeding/);
		expect(result.error.description).toMatch(/state/);
	});

	it('transfers to a number, a colleague, a voicemail box or a park location', async () => {
		for (const [targetType, target, expected] of [
			['phoneNumber', '(650) 555-0188', { phoneNumber: '+16505550188' }],
			['extensionNumber', '102', { extensionNumber: '102' }],
			['voicemail', '102', { voicemail: '102' }],
			['parkOrbit', '*801', { parkOrbit: '*801' }],
		] as const) {
			const session = answered();
			const result = await run({
				operation: 'transfer',
				telephonySessionId: session.id,
				partyId: partyOf(session).id,
				targetType,
				target,
			});
			expect(result.error).toBeUndefined();
			expect(rc.emu.requestsFor('transferCallParty').at(-1).body).toEqual(expected);
			expect(partyOf(session).status).toMatchObject({
				code: 'Disconnected',
				reason: 'BlindTransfer',
			});
		}
	});

	it('checks the transfer target before sending anything', async () => {
		const session = answered();
		const result = await run({
			operation: 'transfer',
			telephonySessionId: session.id,
			partyId: partyOf(session).id,
			targetType: 'phoneNumber',
			target: 'front desk',
		});
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toBe('Target: "front desk" is not a phone number (item 0)');
		expect(rc.emu.requestsFor('transferCallParty')).toHaveLength(0);
	});

	it('forwards a ringing call, replies to one, rejects one', async () => {
		const first = ringing();
		const forwarded = await run({
			operation: 'forward',
			telephonySessionId: first.id,
			partyId: partyOf(first).id,
			targetType: 'extensionNumber',
			target: '102',
		});
		expect(forwarded.error).toBeUndefined();
		expect(rc.emu.requestsFor('forwardCallParty')[0].body).toEqual({ extensionNumber: '102' });

		const second = ringing();
		await run({
			operation: 'reply',
			telephonySessionId: second.id,
			partyId: partyOf(second).id,
			replyType: 'text',
			text: 'In a meeting, call you at 3',
		});
		await run({
			operation: 'reply',
			telephonySessionId: second.id,
			partyId: partyOf(second).id,
			replyType: 'pattern',
			pattern: 'WillCallYouBack',
			time: 10,
			timeUnit: 'Minute',
		});
		await run({
			operation: 'reply',
			telephonySessionId: second.id,
			partyId: partyOf(second).id,
			replyType: 'pattern',
			pattern: 'OnMyWay',
		});
		for (const text of ['  ', 'x'.repeat(1001)]) {
			const refused = await run({
				operation: 'reply',
				telephonySessionId: second.id,
				partyId: partyOf(second).id,
				replyType: 'text',
				text,
			});
			expect(refused.error).toBeInstanceOf(NodeOperationError);
			expect(refused.error.message).toContain('Text');
		}
		expect(rc.emu.requestsFor('replyParty').map((r: IDataObject) => r.body)).toEqual([
			{ replyWithText: 'In a meeting, call you at 3' },
			{ replyWithPattern: { pattern: 'WillCallYouBack', time: 10, timeUnit: 'Minute' } },
			{ replyWithPattern: { pattern: 'OnMyWay' } },
		]);

		const rejected = await run({
			operation: 'reject',
			telephonySessionId: second.id,
			partyId: partyOf(second).id,
		});
		expect(rejected.items[0].json).toEqual({
			success: true,
			telephonySessionId: second.id,
			partyId: partyOf(second).id,
		});
		expect(sessions().find((s) => s.id === second.id)).toBeUndefined();
		expect((rc.emu.state.callLog as IDataObject[]).at(-1)).toMatchObject({
			telephonySessionId: second.id,
			result: 'Missed',
		});
	});

	it('answers on a device, parks, and picks the parked call up', async () => {
		const session = ringing();
		const answeredParty = await run({
			operation: 'answer',
			telephonySessionId: session.id,
			device: device('800000101'),
		});
		expect(answeredParty.items[0].json).toMatchObject({ status: { code: 'Answered' } });
		expect(rc.emu.requestsFor('answerCallParty')[0].body).toEqual({ deviceId: '800000101' });
		const parked = await run({ operation: 'park', telephonySessionId: session.id });
		expect(parked.items[0].json).toMatchObject({
			status: { code: 'Parked' },
			park: { id: '*801' },
		});
		const picked = await run({
			operation: 'pickup',
			telephonySessionId: session.id,
			partyId: partyOf(session).id,
			device: device('800000102'),
		});
		expect(picked.items[0].json).toMatchObject({ status: { code: 'Answered', reason: 'Pickup' } });
	});

	it('ignores a call-queue call on a device', async () => {
		const session = ringing({ queueCall: true });
		const result = await run({
			operation: 'ignore',
			telephonySessionId: session.id,
			partyId: partyOf(session).id,
			device: device('800000101'),
		});
		expect(result.items[0].json).toMatchObject({ success: true });
		expect(rc.emu.requestsFor('ignoreCallInQueue')[0].body).toEqual({ deviceId: '800000101' });
	});

	it('flips a call to a call flip number picked from the list', async () => {
		const flip = await loadOptions({
			nodeType: new RingCentralVoice(),
			methodName: 'searchFlipNumbers',
			kind: 'listSearch',
			parameters: { authentication: 'jwt', resource: 'callControl', operation: 'flip' },
			credentials: rc.credentials,
		});
		expect(flip.results).toEqual([
			{ name: '1: My Mobile, +14155550188', value: '1' },
			{ name: '2: Home, +14155550189', value: '2' },
		]);
		const session = answered();
		const result = await run({
			operation: 'flip',
			telephonySessionId: session.id,
			flipTo: { __rl: true, mode: 'list', value: '1' },
		});
		expect(result.error).toBeUndefined();
		expect(rc.emu.requestsFor('callFlipParty')[0].body).toEqual({ callFlipId: '1' });
	});

	it('lists your devices for the device fields', async () => {
		const devices = await loadOptions({
			nodeType: new RingCentralVoice(),
			methodName: 'searchDevices',
			kind: 'listSearch',
			filter: 'soft',
			parameters: { authentication: 'jwt', resource: 'callControl', operation: 'callOut' },
			credentials: rc.credentials,
		});
		expect(devices.results).toEqual([{ name: 'Alice softphone (SoftPhone)', value: '800000102' }]);
	});

	it("supervises an agent's call, by session or by the agent's party", async () => {
		const session = rc.emu.startCall({ extensionId: '102', status: 'Answered' }) as Session;
		const agent = { __rl: true, mode: 'extensionNumber', value: '102' };
		const whole = await run({
			operation: 'supervise',
			telephonySessionId: session.id,
			agent,
			device: device('800000101'),
			options: { mediaSDP: 'sendOnly' },
		});
		expect(whole.error).toBeUndefined();
		expect(whole.items[0].json).toMatchObject({
			status: { code: 'Answered', reason: 'Supervising' },
		});
		expect(rc.emu.requestsFor('superviseCallSession')[0].body).toEqual({
			mode: 'Listen',
			supervisorDeviceId: '800000101',
			agentExtensionId: '102',
			autoAnswer: true,
			mediaSDP: 'sendOnly',
		});
		await run({
			operation: 'supervise',
			telephonySessionId: session.id,
			agent,
			device: device('800000101'),
			options: { agentPartyId: partyOf(session).id, autoAnswer: false },
		});
		expect(rc.emu.requestsFor('superviseCallParty')[0].body).toMatchObject({
			agentExtensionId: '102',
			autoAnswer: false,
		});
	});

	it('starts, pauses and resumes a recording (the latest one when no ID is given)', async () => {
		const session = answered();
		const started = await run({ operation: 'startRecording', telephonySessionId: session.id });
		const recordingId = String(started.items[0].json.id);
		expect(started.items[0].json).toEqual({ id: recordingId, active: true });
		const paused = await run({ operation: 'pauseRecording', telephonySessionId: session.id });
		expect(paused.items[0].json).toEqual({ id: recordingId, active: false });
		const resumed = await run({
			operation: 'resumeRecording',
			telephonySessionId: session.id,
			recordingId,
		});
		expect(resumed.items[0].json).toEqual({ id: recordingId, active: true });
		const patches = rc.emu.requestsFor('pauseResumeCallRecording');
		expect(patches.map((r: IDataObject) => [r.body, (r.query as IDataObject).brandId])).toEqual([
			[{ active: false }, '~'],
			[{ active: true }, '~'],
		]);
	});

	it('explains pausing a call that is not recorded', async () => {
		const session = answered();
		const result = await run({ operation: 'pauseRecording', telephonySessionId: session.id });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toBe('Recording ID: the call is not being recorded (item 0)');
	});

	it('drops a call: deleted, gone, and in the call log', async () => {
		const session = answered();
		const dropped = await run({ operation: 'drop', telephonySessionId: session.id });
		expect(dropped.items[0].json).toEqual({ deleted: true });
		const gone = await run({ operation: 'getSession', telephonySessionId: session.id });
		expect(gone.error).toBeInstanceOf(NodeApiError);
		expect(gone.error.httpCode).toBe('404');
		expect((rc.emu.state.callLog as IDataObject[]).at(-1)).toMatchObject({
			telephonySessionId: session.id,
			result: 'Accepted',
		});
	});

	it('says when you have no party in a call and none is given', async () => {
		const session = rc.emu.startCall({ extensionId: '102', status: 'Answered' }) as Session;
		const result = await run({ operation: 'hold', telephonySessionId: session.id });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toBe(`Party ID: you have no party in call ${session.id} (item 0)`);
		expect(rc.emu.requestsFor('holdCallParty')).toHaveLength(0);
	});
});
