import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { RingCentralMessaging } from '../../nodes/Messaging/RingCentralMessaging.node';
import { runNode } from '../harness';
import { HarnessCredentialsHelper } from '../harness/credentials';
import { useEmulator } from '../support/ringcentral';

const FROM_SMS = '+16505550101';
const FROM_NO_SMS = '+16505550102';

describe('RingCentral Messaging: SMS', () => {
	const rc = useEmulator();

	const sendSms = (
		parameters: Record<string, unknown>,
		items = [{ json: {} }],
		extra: Record<string, unknown> = {},
	) =>
		runNode({
			nodeType: new RingCentralMessaging(),
			parameters: {
				authentication: 'jwt',
				resource: 'sms',
				operation: 'send',
				from: { __rl: true, mode: 'list', value: FROM_SMS },
				to: '+14155550100',
				text: 'Hello from n8n',
				...parameters,
			},
			credentials: rc.credentials,
			items,
			...extra,
		});
	const sentSms = () =>
		rc.emu.requestsFor('createSMSMessage').filter((r: { status: number }) => r.status < 300);

	it('reads the credential for its server URL once per node run, not for every item', async () => {
		const reads = jest.spyOn(HarnessCredentialsHelper.prototype, 'getDecrypted');
		try {
			const result = await sendSms(
				{ to: '={{ $json.to }}' },
				Array.from({ length: 5 }, (_v, i) => ({ json: { to: `+1415555010${i}` } })),
			);
			expect(result.error).toBeUndefined();
			expect(sentSms()).toHaveLength(5);
			// n8n reads it for each request it authenticates (5), the node once for the server URL.
			expect(reads).toHaveBeenCalledTimes(6);
		} finally {
			reads.mockRestore();
		}
	});

	it('sends an SMS and returns the message record paired with its item', async () => {
		const result = await sendSms({});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({
			type: 'SMS',
			direction: 'Outbound',
			subject: 'Hello from n8n',
		});
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		const stored = rc.emu.state.messages.find(
			(m: { id: unknown }) => String(m.id) === String(result.items[0].json.id),
		);
		expect(stored).toMatchObject({
			from: { phoneNumber: FROM_SMS },
			to: [{ phoneNumber: '+14155550100' }],
		});
	});

	it('sends one SMS per input item, text from expressions, in order', async () => {
		const result = await sendSms({ to: '={{ $json.phone }}', text: '=Hi {{ $json.name }}' }, [
			{ json: { phone: '+14155550111', name: 'Ann' } },
			{ json: { phone: '(415) 555-0112', name: 'Ben' } },
			{ json: { phone: '415.555.0113', name: 'Cy' } },
		]);
		expect(result.error).toBeUndefined();
		expect(result.items.map((i: { json: { subject?: string } }) => i.json.subject)).toEqual([
			'Hi Ann',
			'Hi Ben',
			'Hi Cy',
		]);
		expect(result.items.map((i: { pairedItem?: unknown }) => i.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
		]);
		expect(
			sentSms().map(
				(r: { body: { to: Array<{ phoneNumber: string }> } }) => r.body.to[0].phoneNumber,
			),
		).toEqual(['+14155550111', '+14155550112', '+14155550113']);
	});

	it('sends one group message to several recipients, or one SMS each', async () => {
		const group = await sendSms({ to: '+14155550121, +14155550122' });
		expect(group.items).toHaveLength(1);
		expect(sentSms()).toHaveLength(1);
		expect(sentSms()[0].body.to).toEqual([
			{ phoneNumber: '+14155550121' },
			{ phoneNumber: '+14155550122' },
		]);

		const separate = await sendSms({
			to: '+14155550121, +14155550122',
			options: { sendSeparately: true },
		});
		expect(separate.items).toHaveLength(2);
		expect(
			separate.items.every(
				(i: { pairedItem?: unknown }) => JSON.stringify(i.pairedItem) === '{"item":0}',
			),
		).toBe(true);
		expect(sentSms()).toHaveLength(3);
	});

	it('works the same with the OAuth2 credential', async () => {
		const result = await sendSms({
			authentication: 'oAuth2',
			from: { __rl: true, mode: 'number', value: '+1 650 555 0101' },
		});
		expect(result.error).toBeUndefined();
		expect(sentSms()[0].body.from).toEqual({ phoneNumber: FROM_SMS });
	});

	it.each([
		['an empty text', { text: '   ' }, 'Text', 'empty'],
		['a text over 1000 characters', { text: 'x'.repeat(1001) }, 'Text', '1001 characters'],
		['emoji counted as two characters', { text: '😀'.repeat(501) }, 'Text', '1002 characters'],
		['a "to" that is not a phone number', { to: '+1415555abc' }, 'To', 'not a phone number'],
		['an extension number as "to"', { to: '101' }, 'To', 'not a phone number'],
		['no "to" at all', { to: '={{ $json.missing }}' }, 'To', 'no phone number'],
		[
			'a "from" that is not a phone number',
			{ from: { __rl: true, mode: 'number', value: '={{ "my phone" }}' } },
			'From',
			'not a phone number',
		],
	])('rejects %s before sending anything', async (_case, parameters, field, problem) => {
		const result = await sendSms(parameters);
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toContain(field);
		expect(result.error.message).toContain(problem);
		expect(result.error.message).toContain('item 0');
		expect(result.error.description).toBeTruthy();
		expect(rc.emu.requestsFor('createSMSMessage')).toHaveLength(0);
	});

	it('explains MSG-242 when the from number cannot send SMS', async () => {
		const result = await sendSms({ from: { __rl: true, mode: 'number', value: FROM_NO_SMS } });
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.httpCode).toBe('403');
		expect(result.error.message).toMatch(/MSG-24[2-5]|MSG-367/);
		expect(result.error.description).toMatch(/SmsSender|From/);
		expect(result.error.context.itemIndex).toBe(0);
	});

	it('with Continue On Fail, yields one error item per failed input and sends the rest', async () => {
		const result = await sendSms(
			{ to: '={{ $json.phone }}' },
			[
				{ json: { phone: '+14155550131' } },
				{ json: { phone: 'nope' } },
				{ json: { phone: '+14155550133' } },
			],
			{ continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(3);
		expect(result.items[1].json.error).toContain('not a phone number');
		expect(result.items.map((i: { pairedItem?: unknown }) => i.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
		]);
		expect(sentSms()).toHaveLength(2);
	});

	it('never sends an SMS twice when RingCentral fails after processing it', async () => {
		rc.emu.setFault(
			{ operationId: 'createSMSMessage' },
			{ status: 503, processThenFail: true, times: 1 },
		);
		const result = await sendSms({});
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.httpCode).toBe('503');
		expect(rc.emu.requestsFor('createSMSMessage')).toHaveLength(1);
		expect(
			rc.emu.state.messages.filter((m: { subject?: string }) => m.subject === 'Hello from n8n'),
		).toHaveLength(1);
	});

	it('never sends an SMS twice when the connection drops', async () => {
		rc.emu.setFault(
			{ operationId: 'createSMSMessage' },
			{ drop: true, processThenFail: true, times: 1 },
		);
		const result = await sendSms({});
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(rc.emu.requestsFor('createSMSMessage')).toHaveLength(1);
	});

	it('waits out a 429 and sends the SMS exactly once', async () => {
		rc.emu.setFault(
			{ operationId: 'createSMSMessage' },
			{ status: 429, headers: { 'Retry-After': '1' }, times: 1 },
		);
		const result = await sendSms({});
		expect(result.error).toBeUndefined();
		const attempts = rc.emu.requestsFor('createSMSMessage');
		expect(attempts.map((r: { status: number }) => r.status)).toEqual([429, 200]);
		expect(
			rc.emu.state.messages.filter((m: { subject?: string }) => m.subject === 'Hello from n8n'),
		).toHaveLength(1);
	});
});
