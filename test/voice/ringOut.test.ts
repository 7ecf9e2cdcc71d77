import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { RingCentralVoice } from '../../nodes/Voice/RingCentralVoice.node';
import { loadOptions, runNode } from '../harness';
import { useEmulator } from '../support/ringcentral';

const from = (value: string, mode = 'list') => ({ __rl: true, mode, value });

describe('RingCentral Voice: RingOut', () => {
	const rc = useEmulator();
	const run = (
		parameters: IDataObject,
		items: Array<{ json: IDataObject }> = [{ json: {} }],
		continueOnFail = false,
	) =>
		runNode({
			nodeType: new RingCentralVoice(),
			parameters: { authentication: 'jwt', resource: 'ringOut', ...parameters },
			credentials: rc.credentials,
			items,
			continueOnFail,
		});
	const telephony = () => rc.emu.telephony;

	it('starts a call from one of your numbers with caller ID, prompt and country, once', async () => {
		const result = await run({
			operation: 'start',
			from: from('+16505550101'),
			to: '(415) 555-0100',
			options: { callerId: '+16505550102', playPrompt: true, country: '1' },
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({
			id: expect.any(String),
			status: { callStatus: 'InProgress' },
			outcome: 'inProgress',
		});
		const sent = rc.emu.requestsFor('createRingOutCall');
		expect(sent).toHaveLength(1);
		expect(sent[0].throttlingGroup).toBe('Heavy');
		expect(sent[0].body).toEqual({
			from: { phoneNumber: '+16505550101' },
			to: { phoneNumber: '+14155550100' },
			callerId: { phoneNumber: '+16505550102' },
			playPrompt: true,
			country: { id: '1' },
		});
	});

	it('starts from any number typed in, and calls an extension number', async () => {
		const result = await run({
			operation: 'start',
			from: from('+1 415 555 0177', 'number'),
			to: '102',
		});
		expect(result.error).toBeUndefined();
		expect(rc.emu.requestsFor('createRingOutCall')[0].body).toEqual({
			from: { phoneNumber: '+14155550177' },
			to: { phoneNumber: '102' },
		});
	});

	it('waits until the callee answers, polling the status', async () => {
		telephony().ringOutScript['+14155550100'] = { afterReads: 2 };
		const result = await run({
			operation: 'start',
			from: from('+16505550101'),
			to: '+14155550100',
			waitUntilAnswered: true,
			timeout: 30,
			pollInterval: 1,
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({
			outcome: 'answered',
			status: { callStatus: 'Success', calleeStatus: 'Success' },
			statusChecks: 3,
		});
		expect(rc.emu.requestsFor('readRingOutCallStatus')).toHaveLength(3);
		expect(rc.emu.requestsFor('createRingOutCall')).toHaveLength(1);
		// The finished call is in the call log.
		expect((rc.emu.state.callLog as IDataObject[]).at(-1)).toMatchObject({
			direction: 'Outbound',
			action: 'RingOut Web',
			result: 'Call connected',
		});
	}, 20_000);

	it('reports a busy callee as failed, without an error', async () => {
		telephony().ringOutScript['+14155550111'] = {
			afterReads: 0,
			callStatus: 'Busy',
			calleeStatus: 'Busy',
		};
		const result = await run({
			operation: 'start',
			from: from('+16505550101'),
			to: '+14155550111',
			waitUntilAnswered: true,
			pollInterval: 1,
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({
			outcome: 'failed',
			status: { callStatus: 'Busy' },
		});
	}, 20_000);

	it('stops waiting at the timeout and says the call is still ringing', async () => {
		telephony().ringOutScript['+14155550122'] = { afterReads: 1000 };
		const started = Date.now();
		const result = await run({
			operation: 'start',
			from: from('+16505550101'),
			to: '+14155550122',
			waitUntilAnswered: true,
			timeout: 5,
			pollInterval: 2,
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json.outcome).toBe('timedOut');
		expect(Date.now() - started).toBeGreaterThanOrEqual(4_500);
		expect(Date.now() - started).toBeLessThan(9_000);
		expect(rc.emu.requestsFor('readRingOutCallStatus').length).toBeLessThanOrEqual(3);
	}, 20_000);

	it('waits as long as Retry-After asks between status checks', async () => {
		telephony().ringOutScript['+14155550133'] = { afterReads: 1 };
		telephony().ringOutRetryAfter = 3;
		const result = await run({
			operation: 'start',
			from: from('+16505550101'),
			to: '+14155550133',
			waitUntilAnswered: true,
			timeout: 30,
			pollInterval: 1,
		});
		expect(result.items[0].json.outcome).toBe('answered');
		const [first, second] = rc.emu
			.requestsFor('readRingOutCallStatus')
			.map((r: IDataObject) => Date.parse(String(r.time)));
		expect(second - first).toBeGreaterThanOrEqual(2_900);
	}, 20_000);

	it('never places the call twice when the answer is lost, and says so', async () => {
		rc.emu.setFault(
			{ operationId: 'createRingOutCall' },
			{ status: 503, processThenFail: true, times: 1 },
		);
		const result = await run({
			operation: 'start',
			from: from('+16505550101'),
			to: '+14155550100',
		});
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.description).toMatch(/may have processed this request/);
		expect(rc.emu.requestsFor('createRingOutCall')).toHaveLength(1);
		expect(telephony().ringOuts).toHaveLength(1);
	});

	it('says the call was placed when its status cannot be read, so nobody runs it again', async () => {
		rc.emu.setFault({ operationId: 'readRingOutCallStatus' }, { status: 404 });
		const result = await run({
			operation: 'start',
			from: from('+16505550101'),
			to: '+14155550100',
			waitUntilAnswered: true,
			pollInterval: 1,
		});
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toMatch(
			/^The RingOut call \d+ was placed, but its status could not be read/,
		);
		expect(result.error.description).toMatch(/Do not run this item again/);
		expect(rc.emu.requestsFor('createRingOutCall')).toHaveLength(1);
	}, 20_000);

	it('gets the status and cancels a call; a cancelled call is gone', async () => {
		const started = await run({
			operation: 'start',
			from: from('+16505550101'),
			to: '+14155550100',
		});
		const ringOutId = String(started.items[0].json.id);
		const status = await run({ operation: 'getStatus', ringOutId });
		expect(status.items[0].json).toMatchObject({
			id: ringOutId,
			status: { callStatus: 'InProgress' },
			outcome: 'inProgress',
		});
		const cancelled = await run({ operation: 'cancel', ringOutId });
		expect(cancelled.items[0].json).toEqual({ deleted: true });
		const gone = await run({ operation: 'getStatus', ringOutId });
		expect(gone.error).toBeInstanceOf(NodeApiError);
		expect(gone.error.httpCode).toBe('404');
	});

	it('checks numbers before calling, one error item per bad input with Continue On Fail', async () => {
		const result = await run(
			{ operation: 'start', from: from('+16505550101'), to: '={{ $json.to }}' },
			[{ json: { to: 'call me' } }, { json: { to: '+14155550100' } }],
			true,
		);
		expect(result.items).toHaveLength(2);
		expect(result.items[0].json.error).toBe('To: "call me" is not a phone number (item 0)');
		expect(result.items[1].json).toMatchObject({ outcome: 'inProgress' });
		expect(rc.emu.requestsFor('createRingOutCall')).toHaveLength(1);
	});

	it('explains a caller ID that is not yours', async () => {
		const result = await run({
			operation: 'start',
			from: from('+16505550101'),
			to: '+14155550100',
			options: { callerId: '+16505550103' },
		});
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.message).toMatch(/callerId\.phoneNumber/);
		expect(result.error.description).toMatch(/callerId\.phoneNumber/);
	});

	it('offers your caller ID numbers and the countries in dropdowns', async () => {
		const numbers = await loadOptions({
			nodeType: new RingCentralVoice(),
			methodName: 'searchCallerIdNumbers',
			kind: 'listSearch',
			parameters: { authentication: 'jwt', resource: 'ringOut', operation: 'start' },
			credentials: rc.credentials,
		});
		expect(numbers.results.map((r: { value: string }) => r.value)).toEqual([
			'+16505550101',
			'+16505550102',
			'+16505550199',
		]);
		const countries = await loadOptions({
			nodeType: new RingCentralVoice(),
			methodName: 'getCountries',
			parameters: { authentication: 'jwt', resource: 'ringOut', operation: 'start' },
			credentials: rc.credentials,
		});
		expect(countries).toContainEqual({ name: 'United States (+1)', value: '1' });
	});
});
