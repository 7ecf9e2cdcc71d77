import { NodeApiError } from 'n8n-workflow';

import { RingCentralMessaging } from '../../nodes/Messaging/RingCentralMessaging.node';
import { runNode } from '../harness';
import { useEmulator } from '../support/ringcentral';

/**
 * Faults from the emulator's switches: reads are repeated with bounded backoff, writes never
 * twice, and every failure is an n8n error that names the item.
 */
describe('fault tolerance', () => {
	const rc = useEmulator();
	const listMessages = (authentication = 'jwt') =>
		runNode({
			nodeType: new RingCentralMessaging(),
			parameters: {
				authentication,
				resource: 'message',
				operation: 'getAll',
				returnAll: false,
				limit: 3,
			},
			credentials: rc.credentials,
			items: [{ json: {} }],
		});
	const sendSms = (count = 1) =>
		runNode({
			nodeType: new RingCentralMessaging(),
			parameters: {
				authentication: 'jwt',
				resource: 'sms',
				operation: 'send',
				from: { __rl: true, mode: 'list', value: '+16505550101' },
				to: '+14155550100',
				text: '=Fault test {{ $json.n }}',
			},
			credentials: rc.credentials,
			items: Array.from({ length: count }, (_v, n) => ({ json: { n } })),
		});
	const statuses = (operationId: string) =>
		rc.emu.requestsFor(operationId).map((r: { status: number }) => r.status);

	it.each([
		['500', { status: 500, times: 2 }, [500, 500, 200]],
		[
			'503 with Retry-After',
			{ status: 503, headers: { 'Retry-After': '1' }, times: 1 },
			[503, 200],
		],
		['503 without Retry-After', { status: 503, times: 1 }, [503, 200]],
		['malformed JSON', { malformedJson: true, status: 502, times: 1 }, [502, 200]],
	])('repeats a read after %s', async (_case, fault, expected) => {
		rc.emu.setFault({ operationId: 'listMessages' }, fault);
		const result = await listMessages();
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(3);
		expect(statuses('listMessages')).toEqual(expected);
	});

	it('repeats a read after a dropped connection', async () => {
		rc.emu.setFault({ operationId: 'listMessages' }, { drop: true, times: 1 });
		const result = await listMessages();
		expect(result.error).toBeUndefined();
		expect(rc.emu.requestsFor('listMessages')).toHaveLength(2);
	});

	it('gives up on a read after bounded attempts with a clear error', async () => {
		rc.emu.setFault({ operationId: 'listMessages' }, { status: 503 });
		const result = await listMessages();
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.httpCode).toBe('503');
		expect(result.error.message).toContain('CMN-201');
		expect(result.error.context.itemIndex).toBe(0);
		expect(rc.emu.requestsFor('listMessages')).toHaveLength(4);
	}, 30_000);

	it.each([
		['500 after processing', { status: 500, processThenFail: true, times: 1 }],
		[
			'503 after processing, with Retry-After',
			{ status: 503, headers: { 'Retry-After': '1' }, processThenFail: true, times: 1 },
		],
		['a dropped connection after processing', { drop: true, processThenFail: true, times: 1 }],
		['malformed JSON after processing', { malformedJson: true, processThenFail: true, times: 1 }],
	])('sends each SMS exactly once despite %s, and names the failed item', async (_case, fault) => {
		rc.emu.setFault({ operationId: 'createSMSMessage' }, fault);
		const result = await sendSms(3);
		expect(result.error).toBeDefined();
		expect(result.error.context.itemIndex).toBe(0);
		expect(result.error.description).toContain('not repeated automatically');
		// Item 0 reached RingCentral once; the run stopped there, nothing was sent twice.
		expect(rc.emu.requestsFor('createSMSMessage')).toHaveLength(1);
		expect(
			rc.emu.state.messages.filter((m: { subject?: string }) =>
				m.subject?.startsWith('Fault test'),
			),
		).toHaveLength(1);
	});

	it('waits out a 429 from the token endpoint before minting the JWT access token', async () => {
		rc.emu.setFault(
			{ path: '/restapi/oauth/token' },
			{ status: 429, headers: { 'Retry-After': '1' }, times: 1 },
		);
		const result = await sendSms(1);
		expect(result.error).toBeUndefined();
		expect(
			rc.emu.requests
				.filter((r: { path: string }) => r.path === '/restapi/oauth/token')
				.map((r: { status: number }) => r.status),
		).toEqual([429, 200]);
		expect(rc.emu.requestsFor('createSMSMessage')).toHaveLength(1);
	});

	it('never puts tokens, client secrets or the JWT into errors or output', async () => {
		rc.emu.setFault(
			{ operationId: 'listMessages' },
			{ status: 400, body: { errorCode: 'CMN-101', message: 'Parameter [x] value is invalid' } },
		);
		rc.emu.setFault({ operationId: 'createSMSMessage' }, { status: 403, times: 1 });
		const secrets = () => {
			const jwt = rc.credentials.get('ringCentralJwtApi');
			const oauth = rc.credentials.get('ringCentralOAuth2Api');
			const tokens = oauth.oauthTokenData as { access_token: string; refresh_token: string };
			return [
				jwt.clientSecret,
				jwt.jwtToken,
				jwt.accessToken,
				tokens.access_token,
				tokens.refresh_token,
			]
				.filter(Boolean)
				.map(String);
		};
		const runs = [await listMessages('jwt'), await listMessages('oAuth2'), await sendSms(1)];
		const errors = runs.map((r) => r.error);
		expect(errors.every((e) => e instanceof NodeApiError)).toBe(true);
		const visible = JSON.stringify(
			runs.map((r) => ({
				error: r.error,
				message: r.error?.message,
				description: r.error?.description,
				items: r.items,
				runData: r.runData,
			})),
		);
		for (const secret of secrets()) expect(visible).not.toContain(secret);
	});
});
