import { NodeApiError } from 'n8n-workflow';

import { RingCentralMessaging } from '../../nodes/Messaging/RingCentralMessaging.node';
import { ringCentralApiError } from '../../nodes/shared/errors';
import { ERROR_BODY_LIMITS } from '../../nodes/shared/transport';
import { RingCentralVoice } from '../../nodes/Voice/RingCentralVoice.node';
import { runNode, startWebhookReceiver } from '../harness';
import { useEmulator } from '../support/ringcentral';

/** A loopback address nothing listens on (any more). */
async function closedAddress(): Promise<string> {
	const receiver = await startWebhookReceiver();
	await receiver.close();
	return new URL(receiver.url).origin;
}

/**
 * The shared request path sees the real HTTP failure (status, headers, body, network code), whatever
 * the n8n version hands over: n8n 2.8 keeps neither the headers nor the network code on its error.
 */
describe('shared request path: what a failure tells', () => {
	const rc = useEmulator();
	const sendSms = (authentication = 'jwt', items = 1) =>
		runNode({
			nodeType: new RingCentralMessaging(),
			parameters: {
				authentication,
				resource: 'sms',
				operation: 'send',
				from: { __rl: true, mode: 'list', value: '+16505550101' },
				to: '+14155550100',
				text: '=Transport test {{ $json.n }}',
			},
			credentials: rc.credentials,
			items: Array.from({ length: items }, (_v, n) => ({ json: { n } })),
		});

	it('repeats a 429 after its Retry-After (1 s), not the 30 s default, and sends the SMS once', async () => {
		rc.emu.setFault(
			{ operationId: 'createSMSMessage' },
			{ status: 429, headers: { 'Retry-After': '1' }, times: 1 },
		);
		const result = await sendSms();
		expect(result.error).toBeUndefined();
		const [first, repeat] = rc.emu.requestsFor('createSMSMessage') as Array<{
			status: number;
			time: string;
		}>;
		expect([first?.status, repeat?.status]).toEqual([429, 200]);
		expect(
			rc.emu.state.messages.filter((m: { subject?: string }) =>
				m.subject?.startsWith('Transport test'),
			),
		).toHaveLength(1);
		const waited = Date.parse(repeat.time) - Date.parse(first.time);
		expect(waited).toBeGreaterThanOrEqual(900);
		expect(waited).toBeLessThan(2_000);
	});

	it.each(['oAuth2', 'jwt'])(
		'names the address RingCentral could not be reached at (%s), never a token',
		async (authentication) => {
			const address = await closedAddress();
			rc.credentials.patch('ringCentralOAuth2Api', { serverUrl: address });
			rc.credentials.patch('ringCentralJwtApi', { serverUrl: address });
			const result = await sendSms(authentication);
			expect(result.error).toBeInstanceOf(NodeApiError);
			expect(result.error.message).toBe(
				`RingCentral could not be reached at ${address} (ECONNREFUSED)`,
			);
			expect(result.error.description).toContain('server URL');
			const tokens = rc.credentials.get('ringCentralOAuth2Api').oauthTokenData as {
				access_token: string;
			};
			expect(JSON.stringify({ ...result.error, message: result.error.message })).not.toContain(
				tokens.access_token,
			);
		},
	);

	it("shows RingCentral's errorCode and its fix hint", async () => {
		rc.emu.setFault(
			{ operationId: 'createSMSMessage' },
			{
				status: 400,
				body: {
					errorCode: 'MSG-242',
					message: 'The requested feature is not available',
					errors: [{ errorCode: 'MSG-242', message: 'The requested feature is not available' }],
				},
			},
		);
		const result = await sendSms();
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.httpCode).toBe('400');
		expect(result.error.message).toBe('The requested feature is not available [MSG-242]');
		expect(result.error.description).toContain('SmsSender');
	});

	describe('a streamed download whose error body breaks', () => {
		const limits = { ...ERROR_BODY_LIMITS };
		beforeEach(() => (ERROR_BODY_LIMITS.ms = 300));
		afterEach(() => Object.assign(ERROR_BODY_LIMITS, limits));
		const download = (items: number) =>
			runNode({
				nodeType: new RingCentralVoice(),
				parameters: {
					authentication: 'oAuth2',
					resource: 'callRecordings',
					operation: 'download',
					recording: {
						__rl: true,
						mode: 'id',
						value: (rc.emu.state.callLog as Array<{ recording?: { id: string } }>).find(
							(r) => r.recording,
						)!.recording!.id,
					},
				},
				credentials: rc.credentials,
				items: Array.from({ length: items }, () => ({ json: {} })),
				continueOnFail: true,
			});

		it.each([
			['never ends', 'hang' as const],
			['is cut by a reset connection', 'reset' as const],
		])(
			'fails that item when the body %s, and the next request still goes out',
			async (_case, cutBody) => {
				rc.emu.setFault(
					{ operationId: 'readCallRecordingContent' },
					{ status: 404, cutBody, times: 1 },
				);
				const started = Date.now();
				const result = await download(2);
				expect(Date.now() - started).toBeLessThan(3_000);
				expect(result.items[0].json.error).toBeDefined();
				expect(result.items[1].binary?.data).toBeDefined();
				expect(
					rc.emu.requestsFor('readCallRecordingContent').map((r: { status: number }) => r.status),
				).toEqual([404, 200]);
			},
			10_000,
		);
	});

	it('names what failed when neither RingCentral nor the network said anything (never "HTTP error")', () => {
		const node = {
			id: '1',
			name: 'RingCentral',
			type: 'ringCentralVoice',
			typeVersion: 1,
			position: [0, 0] as [number, number],
			parameters: {},
		};
		const error = ringCentralApiError(
			node,
			{
				reason: 'No bridge acquired for this context',
				address: 'https://platform.ringcentral.com',
			},
			{},
		);
		expect(error.message).toBe(
			'The request to RingCentral at https://platform.ringcentral.com failed: No bridge acquired for this context',
		);
		expect(ringCentralApiError(node, { status: 418 }, {}).message).toBe(
			'RingCentral answered HTTP 418',
		);
	});
});
