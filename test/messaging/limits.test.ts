import type { IDataObject } from 'n8n-workflow';

import axios from 'axios';

import { RingCentralMessaging } from '../../nodes/Messaging/RingCentralMessaging.node';
import { runNode } from '../harness';
import { useEmulator } from '../support/ringcentral';

const sms = (count: number) => ({
	nodeType: new RingCentralMessaging(),
	parameters: {
		resource: 'sms',
		operation: 'send',
		from: { __rl: true, mode: 'list', value: '+16505550101' },
		to: '={{ $json.phone }}',
		text: '=Reminder {{ $json.n }}',
	},
	items: Array.from({ length: count }, (_v, n) => ({
		json: { n, phone: `+1415555${String(1000 + n)}` },
	})),
});

describe('RingCentral Messaging under rate limits and token expiry', () => {
	// RingCentral's Medium group allows 40 requests a minute; a compressed minute keeps the test fast.
	const rc = useEmulator({
		rateLimits: { Light: 50, Medium: 5, Heavy: 10, Auth: 5 },
		rateWindowMs: 600,
		penaltyMs: 1000,
	});

	const accepted = () =>
		rc.emu.requestsFor('createSMSMessage').filter((r: { status: number }) => r.status === 200);

	it('paces SMS to the limit the API announces: no 429, never more than the limit in a window, each sent once', async () => {
		const result = await runNode({
			...sms(12),
			parameters: { ...sms(12).parameters, authentication: 'jwt' },
			credentials: rc.credentials,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(12);
		const attempts = rc.emu.requestsFor('createSMSMessage');
		expect(attempts.filter((r: { status: number }) => r.status === 429)).toHaveLength(0);
		expect(accepted()).toHaveLength(12);
		expect(new Set(accepted().map((r: { body: { text: string } }) => r.body.text)).size).toBe(12);
		const times: number[] = attempts.map((r: { time: number }) => r.time);
		for (const start of times) {
			expect(times.filter((t) => t >= start && t < start + 600).length).toBeLessThanOrEqual(5);
		}
	}, 60_000);

	it('shares the quota with other clients of the same user and app: waits out their 429 penalty, fails no item', async () => {
		// Another integration of the same app and user used up the Medium quota a moment ago.
		const other = rc.emu.issueTokens();
		for (let i = 0; i < 6; i++) {
			await axios.post(
				`${rc.emu.url}/restapi/v1.0/account/~/extension/~/sms`,
				{
					from: { phoneNumber: '+16505550101' },
					to: [{ phoneNumber: '+14155550999' }],
					text: `other ${i}`,
				},
				{ headers: { Authorization: `Bearer ${other.access_token}` }, validateStatus: () => true },
			);
		}
		const result = await runNode({
			...sms(6),
			parameters: { ...sms(6).parameters, authentication: 'jwt' },
			credentials: rc.credentials,
		});
		expect(result.error).toBeUndefined();
		expect(
			accepted().filter((r: { body: { text: string } }) => r.body.text.startsWith('Reminder')),
		).toHaveLength(6);
	}, 60_000);

	it('mints the JWT access token once for many items and again after it expires', async () => {
		const run = () =>
			runNode({
				...sms(3),
				parameters: { ...sms(3).parameters, authentication: 'jwt' },
				credentials: rc.credentials,
			});
		expect((await run()).error).toBeUndefined();
		expect(rc.credentials.mintCount('ringCentralJwtApi')).toBe(1);
		expect((await run()).error).toBeUndefined();
		expect(rc.credentials.mintCount('ringCentralJwtApi')).toBe(1);
		rc.emu.expireAccessTokens();
		expect((await run()).error).toBeUndefined();
		expect(rc.credentials.mintCount('ringCentralJwtApi')).toBe(2);
		expect(
			rc.emu.requestsFor('createSMSMessage').filter((r: { status: number }) => r.status === 200),
		).toHaveLength(9);
	}, 60_000);

	it('refreshes an expired OAuth2 access token, stores the rotated refresh token, and sends once', async () => {
		const before = rc.credentials.get('ringCentralOAuth2Api').oauthTokenData as IDataObject;
		rc.emu.expireAccessTokens();
		const result = await runNode({
			...sms(1),
			parameters: { ...sms(1).parameters, authentication: 'oAuth2' },
			credentials: rc.credentials,
		});
		expect(result.error).toBeUndefined();
		const after = rc.credentials.get('ringCentralOAuth2Api').oauthTokenData as IDataObject;
		expect(after.refresh_token).not.toBe(before.refresh_token);
		expect(after.access_token).not.toBe(before.access_token);
		expect(
			rc.emu.requestsFor('createSMSMessage').filter((r: { status: number }) => r.status === 200),
		).toHaveLength(1);
	}, 60_000);
});
