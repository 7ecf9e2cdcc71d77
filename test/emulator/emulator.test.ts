import axios, { type AxiosRequestConfig } from 'axios';
import { sleep } from 'n8n-workflow';

import { startEmulator } from '../../scripts/emulator';

type Emulator = Awaited<ReturnType<typeof startEmulator>>;

const EXT = '/restapi/v1.0/account/~/extension/~';
const LONG_AGO = '2000-01-01T00:00:00Z';

function http(emu: Emulator, token?: string) {
	return axios.create({
		baseURL: emu.url,
		validateStatus: () => true,
		maxRedirects: 0,
		headers: token ? { Authorization: `Bearer ${token}` } : {},
	});
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const basic = (emu: Emulator) => ({
	username: emu.client.clientId,
	password: emu.client.clientSecret,
});

async function s256(verifier: string) {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
	return Buffer.from(digest).toString('base64url');
}

describe('RingCentral emulator', () => {
	let emu: Emulator;
	let api: ReturnType<typeof http>;

	beforeAll(async () => {
		emu = await startEmulator();
	});
	afterAll(async () => emu.close());
	beforeEach(() => {
		emu.reset();
		api = http(emu, emu.issueTokens().access_token);
	});
	afterEach(() => expect(emu.errors).toEqual([]));

	describe('OAuth', () => {
		const redirect = 'https://app.example.com/callback';
		const authorize = async (params: Record<string, string>) => {
			const res = await http(emu).get('/restapi/oauth/authorize', {
				params: {
					response_type: 'code',
					client_id: emu.client.clientId,
					redirect_uri: redirect,
					...params,
				},
			});
			expect(res.status).toBe(302);
			const location = new URL(res.headers.location as string);
			return {
				code: location.searchParams.get('code') as string,
				state: location.searchParams.get('state'),
			};
		};
		const token = async (fields: Record<string, string>, config: AxiosRequestConfig = {}) =>
			http(emu).post('/restapi/oauth/token', form(fields), {
				headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
				...config,
			});

		it('runs the authorization code flow with PKCE and rejects a wrong verifier', async () => {
			const verifier = 'a-verifier-that-is-long-enough-0123456789-abcdefghij';
			const challenge = await s256(verifier);
			const first = await authorize({
				state: 'xyz',
				code_challenge: challenge,
				code_challenge_method: 'S256',
			});
			expect(first.state).toBe('xyz');
			const wrong = await token({
				grant_type: 'authorization_code',
				code: first.code,
				redirect_uri: redirect,
				code_verifier: 'nope',
				client_id: emu.client.clientId,
			});
			expect(wrong.status).toBe(400);
			expect(wrong.data.error).toBe('invalid_grant');
			expect(wrong.data.errors[0].errorCode).toMatch(/^OAU-/);

			const second = await authorize({ code_challenge: challenge, code_challenge_method: 'S256' });
			// Public client: client_id in the body, no secret.
			const ok = await token({
				grant_type: 'authorization_code',
				code: second.code,
				redirect_uri: redirect,
				code_verifier: verifier,
				client_id: emu.client.clientId,
			});
			expect(ok.status).toBe(200);
			expect(ok.data).toMatchObject({
				token_type: 'bearer',
				expires_in: 3600,
				refresh_token_expires_in: 604800,
				owner_id: '101',
			});
			const again = await token({
				grant_type: 'authorization_code',
				code: second.code,
				redirect_uri: redirect,
				code_verifier: verifier,
				client_id: emu.client.clientId,
			});
			expect(again.status).toBe(400); // codes are single use
			const me = await http(emu, ok.data.access_token).get(EXT);
			expect(me.status).toBe(200);
			expect(me.data).toMatchObject({ id: 101, name: 'Alice Admin', extensionNumber: '101' });
			expect(me.headers['x-rate-limit-group']).toBeUndefined(); // limiting is off by default
		});

		it('requires client authentication without PKCE', async () => {
			const { code } = await authorize({});
			const res = await token({
				grant_type: 'authorization_code',
				code,
				redirect_uri: redirect,
				client_id: emu.client.clientId,
			});
			expect(res.status).toBe(401);
			expect(res.data.error).toBe('invalid_client');
		});

		it('rotates refresh tokens and rejects a reused one', async () => {
			const first = emu.issueTokens();
			const refreshed = await token(
				{ grant_type: 'refresh_token', refresh_token: first.refresh_token },
				{ auth: basic(emu) },
			);
			expect(refreshed.status).toBe(200);
			expect(refreshed.data.refresh_token).not.toBe(first.refresh_token);
			const reused = await token(
				{ grant_type: 'refresh_token', refresh_token: first.refresh_token },
				{ auth: basic(emu) },
			);
			expect(reused.status).toBe(400);
			expect(reused.data.error).toBe('invalid_grant');
			expect(emu.requestsFor('getToken').map((r) => r.throttlingGroup)).toEqual(['Auth', 'Auth']);
		});

		it('accepts a JWT assertion and rejects a forged one or a wrong secret', async () => {
			const grant = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
			const ok = await token(
				{ grant_type: grant, assertion: emu.createJwt({ extensionId: '102' }) },
				{ auth: basic(emu) },
			);
			expect(ok.status).toBe(200);
			expect(ok.data.owner_id).toBe('102');
			const forged = await token(
				{ grant_type: grant, assertion: emu.createJwt({ secret: 'not-the-emulator-secret' }) },
				{ auth: basic(emu) },
			);
			expect(forged.status).toBe(400);
			expect(forged.data.error).toBe('invalid_grant');
			const disabled = await token(
				{ grant_type: grant, assertion: emu.createJwt({ extensionId: '104' }) },
				{ auth: basic(emu) },
			);
			expect(disabled.status).toBe(400);
			const badSecret = await token(
				{ grant_type: grant, assertion: emu.createJwt() },
				{ auth: { username: emu.client.clientId, password: 'wrong' } },
			);
			expect(badSecret.status).toBe(401);
			expect(badSecret.data.error).toBe('invalid_client');
		});

		it('answers 401 for missing, unknown, revoked and expired tokens', async () => {
			expect((await http(emu).get(EXT)).data.errors[0].errorCode).toBe('AGW-401');
			expect((await http(emu, 'garbage').get(EXT)).data.errors[0].errorCode).toBe('OAU-149');
			const pair = emu.issueTokens();
			await http(emu).post('/restapi/oauth/revoke', form({ token: pair.access_token }), {
				auth: basic(emu),
			});
			const revoked = await http(emu, pair.access_token).get(EXT);
			expect(revoked.status).toBe(401);
			emu.expireAccessTokens();
			const expired = await api.get(EXT);
			expect(expired.status).toBe(401);
			expect(expired.data).toMatchObject({
				errorCode: 'TokenExpired',
				errors: [{ errorCode: 'OAU-213' }],
			});
		});

		it('refuses operations the app has no permission for', async () => {
			emu.addClient({ clientId: 'smsOnly', clientSecret: 's', permissions: ['SMS'] });
			const limited = http(emu, emu.issueTokens({ clientId: 'smsOnly' }).access_token);
			const res = await limited.get(`${EXT}/message-store`);
			expect(res.status).toBe(403);
			expect(res.data.errors[0]).toMatchObject({
				errorCode: 'CMN-401',
				message: expect.stringContaining('[ReadMessages]'),
			});
		});
	});

	describe('spec validation', () => {
		it('answers 400 CMN-101 for a request that violates the spec and records it', async () => {
			const res = await api.post(`${EXT}/sms`, {
				from: { phoneNumber: '+16505550101' },
				text: 'hi',
			});
			expect(res.status).toBe(400);
			expect(res.data.errorCode).toBe('CMN-101');
			expect(res.data.message).toContain("must have required property 'to'");
			expect(emu.violations).toHaveLength(1);
			expect(emu.violations[0].operationId).toBe('createSMSMessage');
			const bad = await api.get(`${EXT}/message-store`, { params: { messageType: 'Bogus' } });
			expect(bad.status).toBe(400);
			expect(bad.data.errors[0].parameterName).toBe('messageType');
		});

		it('answers 404 CMN-102 for a path that is not in the spec and records it', async () => {
			const res = await api.get('/restapi/v1.0/glip/chats');
			expect(res.status).toBe(404);
			expect(res.data.errorCode).toBe('CMN-102');
			expect(emu.violations[0].path).toBe('/restapi/v1.0/glip/chats');
		});

		it('accepts scalar explode:false query params (page=2) thanks to the load-time patch', async () => {
			const res = await api.get(`${EXT}/address-book/contact`, {
				params: { page: 2, perPage: 10 },
			});
			expect(res.status).toBe(200);
			expect(emu.violations).toEqual([]);
		});

		it('answers other operations from the spec mock, without a next page', async () => {
			const res = await api.get(`${EXT}/call-log`, { params: { perPage: 10 } });
			expect(res.status).toBe(200);
			expect(Array.isArray(res.data.records)).toBe(true);
			expect(res.data.navigation?.nextPage).toBeUndefined();
			expect(emu.requests.at(-1)).toMatchObject({
				operationId: 'readUserCallLog',
				throttlingGroup: 'Heavy',
				status: 200,
			});
		});
	});

	describe('SMS and the message store', () => {
		const sms = (to: string, from = '+16505550101', text = 'Hello from the tests') =>
			api.post(`${EXT}/sms`, { from: { phoneNumber: from }, to: [{ phoneNumber: to }], text });

		it('sends an SMS, stores it and lists it', async () => {
			const sent = await sms('+14155550177');
			expect(sent.status).toBe(200);
			expect(sent.data).toMatchObject({
				type: 'SMS',
				direction: 'Outbound',
				messageStatus: 'Queued',
				subject: 'Hello from the tests',
				to: [{ phoneNumber: '+14155550177' }],
			});
			expect(sent.data.uri).toBe(
				`${emu.url}/restapi/v1.0/account/100000001/extension/101/message-store/${sent.data.id}`,
			);
			const listed = await api.get(`${EXT}/message-store`, {
				params: { messageType: 'SMS', direction: 'Outbound', phoneNumber: '+14155550177' },
			});
			expect(listed.data.records.map((m: { id: number }) => m.id)).toEqual([sent.data.id]);
			const read = await api.get(`${EXT}/message-store/${sent.data.id}`);
			expect(read.data.messageStatus).toBe('Delivered');
		});

		it('uses the real error codes for bad numbers and long texts', async () => {
			const noSms = await sms('+14155550177', '+16505550102');
			expect([noSms.status, noSms.data.errorCode]).toEqual([403, 'MSG-242']);
			const notMine = await sms('+14155550177', '+16505550103');
			expect([notMine.status, notMine.data.errorCode]).toEqual([400, 'MSG-245']);
			const toExtension = await sms('102');
			expect([toExtension.status, toExtension.data.errorCode]).toEqual([400, 'MSG-246']);
			const tooLong = await sms('+14155550177', '+16505550101', 'x'.repeat(1001));
			expect([tooLong.status, tooLong.data.errorCode]).toEqual([400, 'CMN-101']);
			expect(
				emu.state.messages.filter(
					(m: { subject?: string }) => m.subject === 'Hello from the tests',
				),
			).toHaveLength(0);
		});

		it('defaults to the last 24 hours and pages with absolute URIs that keep the query', async () => {
			const recent = await api.get(`${EXT}/message-store`);
			const day = Date.now() - 24 * 3600 * 1000;
			expect(
				recent.data.records.every(
					(m: { creationTime: string }) => Date.parse(m.creationTime) >= day,
				),
			).toBe(true);

			const params = { messageType: 'SMS', dateFrom: LONG_AGO, perPage: 4 };
			const first = await api.get(`${EXT}/message-store`, { params });
			expect(first.data.paging).toMatchObject({ page: 1, perPage: 4, pageStart: 0, pageEnd: 3 });
			const total = first.data.paging.totalElements;
			expect(total).toBeGreaterThan(8);
			const next = new URL(first.data.navigation.nextPage.uri);
			expect(next.origin).toBe(emu.url);
			expect(Object.fromEntries(next.searchParams)).toEqual({
				messageType: 'SMS',
				dateFrom: LONG_AGO,
				perPage: '4',
				page: '2',
			});
			let uri: string | undefined = first.data.navigation.nextPage.uri;
			const ids = first.data.records.map((m: { id: number }) => m.id);
			while (uri) {
				const page = await api.get(uri);
				ids.push(...page.data.records.map((m: { id: number }) => m.id));
				uri = page.data.navigation.nextPage?.uri;
			}
			expect(ids).toHaveLength(total);
			expect(new Set(ids).size).toBe(total);
		});

		it('marks read, deletes, and serves attachment content with its headers', async () => {
			const vms = await api.get(`${EXT}/message-store`, {
				params: { messageType: 'VoiceMail', dateFrom: LONG_AGO },
			});
			const vm = vms.data.records[0];
			const att = vm.attachments[0];
			expect(att).toMatchObject({ type: 'AudioRecording', contentType: 'audio/wav' });
			const content = await api.get(att.uri, {
				responseType: 'arraybuffer',
				params: { contentDisposition: 'Attachment' },
			});
			expect(content.status).toBe(200);
			expect(content.headers['content-type']).toBe('audio/wav');
			expect(content.headers['content-disposition']).toBe('attachment; filename="voicemail.wav"');
			expect(Buffer.from(content.data).subarray(0, 4).toString()).toBe('RIFF');

			const patched = await api.patch(vm.uri, { readStatus: 'Read' });
			expect(patched.data.readStatus).toBe('Read');
			expect((await api.delete(vm.uri)).status).toBe(204);
			const after = await api.get(`${EXT}/message-store`, {
				params: { messageType: 'VoiceMail', dateFrom: LONG_AGO },
			});
			expect(after.data.records.map((m: { id: number }) => m.id)).not.toContain(vm.id);
		});

		it('syncs: FSync returns records and a token, ISync only the changes since', async () => {
			const full = await api.get(`${EXT}/message-sync`, {
				params: { syncType: 'FSync', dateFrom: LONG_AGO },
			});
			expect(full.data.syncInfo).toMatchObject({
				syncType: 'FSync',
				syncToken: expect.any(String),
			});
			expect(full.data.records.length).toBeGreaterThan(20);
			const sent = await sms('+14155550177');
			const target = full.data.records.find(
				(m: { readStatus: string }) => m.readStatus === 'Unread',
			);
			await api.put(target.uri, { readStatus: 'Read' });
			const inc = await api.get(`${EXT}/message-sync`, {
				params: { syncType: 'ISync', syncToken: full.data.syncInfo.syncToken },
			});
			expect(inc.status).toBe(200);
			expect(inc.data.syncInfo.syncType).toBe('ISync');
			expect(inc.data.records.map((m: { id: number }) => m.id).sort()).toEqual(
				[sent.data.id, target.id].sort(),
			);
			const none = await api.get(`${EXT}/message-sync`, {
				params: { syncType: 'ISync', syncToken: inc.data.syncInfo.syncToken },
			});
			expect(none.data.records).toEqual([]);
			const bad = await api.get(`${EXT}/message-sync`, {
				params: { syncType: 'ISync', syncToken: 'nonsense' },
			});
			expect([bad.status, bad.data.errorCode]).toEqual([400, 'MSG-333']);
		});
	});

	describe('multipart: MMS and fax', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
		const mms = (files: number, size = png.length) => {
			const fd = new FormData();
			fd.append(
				'json',
				new Blob(
					[
						JSON.stringify({
							from: { phoneNumber: '+16505550101' },
							to: [{ phoneNumber: '+14155550177' }],
							text: 'pic',
						}),
					],
					{ type: 'application/json' },
				),
				'request.json',
			);
			for (let i = 0; i < files; i++)
				fd.append(
					'attachments',
					new Blob([size > png.length ? new Uint8Array(size) : png], { type: 'image/png' }),
					`p${i}.png`,
				);
			return api.post(`${EXT}/mms`, fd);
		};

		it('sends an MMS from a JSON part plus attachments', async () => {
			const res = await mms(2);
			expect(res.status).toBe(200);
			expect(res.data.attachments.map((a: { type: string }) => a.type)).toEqual([
				'Text',
				'MmsAttachment',
				'MmsAttachment',
			]);
			const img = await api.get(res.data.attachments[1].uri, { responseType: 'arraybuffer' });
			expect(img.headers['content-type']).toBe('image/png');
			expect(Buffer.from(img.data)).toEqual(Buffer.from(png));
			expect(emu.requests.at(-2)?.body.files).toHaveLength(2);
		});

		it('enforces 10 attachments and 1.5 MB', async () => {
			expect((await mms(11)).data.errorCode).toBe('MSG-379');
			expect((await mms(1, 1.6 * 1024 * 1024)).data.errorCode).toBe('MSG-376');
		});

		it('sends a fax from form fields and attachments', async () => {
			const fd = new FormData();
			fd.append('to', '+14155550155');
			fd.append('to', '+14155550156');
			fd.append('faxResolution', 'High');
			fd.append('coverIndex', '2');
			fd.append('coverPageText', 'Please sign');
			fd.append(
				'attachment',
				new Blob(['%PDF-1.4 test'], { type: 'application/pdf' }),
				'contract.pdf',
			);
			fd.append('attachment', new Blob(['plain text page'], { type: 'text/plain' }), 'notes.txt');
			const res = await api.post(`${EXT}/fax`, fd);
			expect(res.status).toBe(200);
			expect(res.data).toMatchObject({
				type: 'Fax',
				messageStatus: 'Queued',
				faxResolution: 'High',
				coverIndex: 2,
				coverPageText: 'Please sign',
			});
			expect(res.data.to.map((t: { phoneNumber: string }) => t.phoneNumber)).toEqual([
				'+14155550155',
				'+14155550156',
			]);
			expect(res.data.attachments.map((a: { filename: string }) => a.filename)).toEqual([
				'contract.pdf',
				'notes.txt',
			]);
			const read = await api.get(res.data.uri);
			expect(read.data.messageStatus).toBe('Sent');

			const toExt = new FormData();
			toExt.append('to', '102');
			toExt.append('attachment', new Blob(['x'], { type: 'text/plain' }), 'x.txt');
			expect((await api.post(`${EXT}/fax`, toExt)).data.errorCode).toBe('MSG-344');
		});
	});

	describe('A2P SMS', () => {
		it('creates a batch that completes, and pages its messages with page tokens', async () => {
			const created = await api.post('/restapi/v1.0/account/~/a2p-sms/batches', {
				from: '+16505550199',
				text: 'Your code is 1234',
				messages: [
					{ to: ['+14155550001'] },
					{ to: ['+14155550002'] },
					{ to: ['+14155550003'], text: 'Custom' },
					{ to: ['bogus'] },
				],
			});
			expect(created.status).toBe(201);
			expect(created.data).toMatchObject({
				status: 'Processing',
				batchSize: 4,
				rejected: [{ index: 3 }],
			});
			const batch = await api.get(`/restapi/v1.0/account/~/a2p-sms/batches/${created.data.id}`);
			expect(batch.data).toMatchObject({ status: 'Completed', processedCount: 3 });
			const first = await api.get('/restapi/v1.0/account/~/a2p-sms/messages', {
				params: { batchId: created.data.id, perPage: 2 },
			});
			expect(first.data.records).toHaveLength(2);
			expect(first.data.paging.nextPageToken).toEqual(expect.any(String));
			const second = await api.get('/restapi/v1.0/account/~/a2p-sms/messages', {
				params: {
					batchId: created.data.id,
					perPage: 2,
					pageToken: first.data.paging.nextPageToken,
				},
			});
			expect(second.data.records).toHaveLength(1);
			expect(second.data.paging.nextPageToken).toBeUndefined();
			const wrongFrom = await api.post('/restapi/v1.0/account/~/a2p-sms/batches', {
				from: '+16505550101',
				messages: [{ to: ['+14155550001'] }],
				text: 'x',
			});
			expect([wrongFrom.status, wrongFrom.data.errorCode]).toEqual([403, 'MSG-242']);
		});
	});

	describe('SMS consents', () => {
		const CONSENTS = '/restapi/v2/accounts/~/sms/consents';
		const query = (params: Array<[string, string]>) => `?${new URLSearchParams(params)}`;

		it('lists seeded opt-outs of a sender (with the account-wide ones), paged by token', async () => {
			emu.addSmsOptOut({ from: '+16505550101', to: '+14155550001' });
			emu.addSmsOptOut({ from: '+16505550101', to: '+14155550002', source: 'Carrier' });
			emu.addSmsOptOut({ from: '*', to: '+14155550003' });
			emu.addSmsOptOut({ from: '+16505550199', to: '+14155550004' });
			emu.setSmsConsent({ from: '+16505550101', to: '+14155550005', optStatus: 'OptIn' });

			const first = await api.get(
				CONSENTS +
					query([
						['from', '+16505550101'],
						['perPage', '2'],
					]),
			);
			expect(first.status).toBe(200);
			expect(first.data.records).toEqual([
				expect.objectContaining({
					from: '+16505550101',
					to: '+14155550001',
					optStatus: 'OptOut',
					source: 'Recipient',
				}),
				expect.objectContaining({ to: '+14155550002', source: 'Carrier' }),
			]);
			const second = await api.get(
				CONSENTS +
					query([
						['from', '+16505550101'],
						['perPage', '2'],
						['pageToken', first.data.paging.nextPageToken],
					]),
			);
			expect(second.data.records.map((r: { to: string }) => r.to)).toEqual(['+14155550003']);
			expect(second.data.paging.nextPageToken).toBeUndefined();

			const optIns = await api.get(CONSENTS + query([['optStatus', 'OptIn']]));
			expect(optIns.data.records.map((r: { to: string }) => r.to)).toEqual(['+14155550005']);
			const byRecipient = await api.get(
				CONSENTS +
					query([
						['to', '+14155550004'],
						['to', '+14155550001'],
					]),
			);
			expect(byRecipient.data.records).toHaveLength(2);
			expect(emu.violations).toEqual([]);
		});

		it('opts in, opts out and deletes through the API; the deprecated read sees the same records', async () => {
			const edited = await api.patch(CONSENTS, {
				records: [
					{ from: '+16505550101', to: '+14155550001', optStatus: 'OptOut', source: 'Api' },
					{ from: '+19995550000', to: '+14155550002', optStatus: 'OptOut', source: 'Api' },
				],
			});
			expect(edited.status).toBe(200);
			expect(edited.data.failedRecords).toEqual([
				expect.objectContaining({
					from: '+19995550000',
					error: expect.objectContaining({ errorCode: 'CMN-101' }),
				}),
			]);
			expect(emu.smsConsents).toEqual([
				expect.objectContaining({ from: '+16505550101', to: '+14155550001', optStatus: 'OptOut' }),
			]);
			const old = await api.get('/restapi/v1.0/account/~/a2p-sms/opt-outs', {
				params: { from: '+16505550101' },
			});
			expect(old.data.records).toEqual([
				{ from: '+16505550101', to: '+14155550001', status: 'OptOut', source: 'Account' },
			]);

			await api.patch(CONSENTS, {
				records: [{ from: '+16505550101', to: '+14155550001', optStatus: 'OptIn', source: 'Api' }],
			});
			expect((await api.get(CONSENTS)).data.records).toEqual([]);
			const removed = await api.delete(CONSENTS, {
				data: { records: [{ from: '+16505550101', to: '+14155550001' }] },
			});
			expect(removed.status).toBe(200);
			expect(emu.smsConsents).toEqual([]);
			expect(emu.violations).toEqual([]);
		});
	});

	describe('10DLC registration (SMS configuration)', () => {
		const configurationOf = (phoneNumberId: string | number, extension = '~') =>
			api.get(
				`/restapi/v1.0/account/~/extension/${extension}/phone-number/${phoneNumberId}/sms-configuration`,
			);
		const idOf = (phoneNumber: string) =>
			(emu.state.phoneNumbers as Array<{ id: number; phoneNumber: string }>).find(
				(p) => p.phoneNumber === phoneNumber,
			)!.id;
		const validResponse = (body: unknown) =>
			emu.spec.api.validator.validateResponse(body, 'smsConfigurationInfo', 200).errors ?? [];

		it('serves the seeded registrations: approved for local SMS numbers, none for the others', async () => {
			const local = await configurationOf(idOf('+16505550101'));
			expect(local.status).toBe(200);
			expect(local.data).toEqual({
				phoneNumberId: String(idOf('+16505550101')),
				phoneNumber: '+16505550101',
				smsCampaignInfo: {
					id: expect.any(String),
					status: 'Confirmed',
					registrationTier: 'LOW_VOLUME',
					useCases: ['CUSTOMER_CARE', 'ACCOUNT_NOTIFICATION'],
					errors: [],
				},
				smsBrandInfo: { id: expect.any(String), status: 'Confirmed', errors: [] },
			});
			expect(validResponse(local.data)).toEqual([]);
			const tollFree = await configurationOf(idOf('+16505550199'));
			expect(tollFree.data).toEqual({
				phoneNumberId: String(idOf('+16505550199')),
				phoneNumber: '+16505550199',
			});
			expect(validResponse(tollFree.data)).toEqual([]);
			expect(emu.violations).toEqual([]);
		});

		it('keeps the campaign and brand status tests set, until a reset', async () => {
			const id = idOf('+16505550101');
			emu.setSmsConfiguration({
				phoneNumber: '+16505550101',
				campaign: {
					status: 'SubmitFailed',
					errors: [{ errorCode: 'TCR-4001', message: 'Sample message is missing' }],
				},
				brand: { status: 'Unconfirmed' },
			});
			const failed = await configurationOf(id);
			expect(failed.data.smsCampaignInfo).toMatchObject({
				status: 'SubmitFailed',
				registrationTier: 'LOW_VOLUME',
				errors: [{ errorCode: 'TCR-4001', message: 'Sample message is missing' }],
			});
			expect(failed.data.smsBrandInfo).toMatchObject({ status: 'Unconfirmed', errors: [] });
			expect(validResponse(failed.data)).toEqual([]);

			emu.setSmsConfiguration({ phoneNumber: '+16505550101', campaign: null });
			expect((await configurationOf(id)).data.smsCampaignInfo).toBeUndefined();
			emu.reset();
			api = http(emu, emu.issueTokens().access_token);
			expect((await configurationOf(id)).data.smsCampaignInfo.status).toBe('Confirmed');
		});

		it("answers 404 CMN-102 for a number that is not the extension's", async () => {
			for (const id of [idOf('+16505550103'), 123456789]) {
				const res = await configurationOf(id);
				expect(res.status).toBe(404);
				expect(res.data).toEqual({
					errorCode: 'CMN-102',
					message: 'Resource for parameter [phoneNumberId] is not found',
					errors: [
						expect.objectContaining({ errorCode: 'CMN-102', parameterName: 'phoneNumberId' }),
					],
				});
			}
			// An administrator reads another user's number through that user's extension.
			expect((await configurationOf(idOf('+16505550103'), '102')).status).toBe(200);
			expect(emu.violations).toEqual([]);
		});
	});

	describe('faults', () => {
		it('answers a status N times, then normally', async () => {
			emu.setFault(
				{ operationId: 'readExtension' },
				{ status: 503, headers: { 'Retry-After': '7' }, times: 1 },
			);
			const failed = await api.get(EXT);
			expect([failed.status, failed.headers['retry-after'], failed.data.errorCode]).toEqual([
				503,
				'7',
				'CMN-201',
			]);
			expect((await api.get(EXT)).status).toBe(200);
		});

		it('drops the connection, answers malformed JSON, or answers slowly', async () => {
			emu.setFault({ method: 'GET', path: /\/extension\/~$/ }, { drop: true, times: 1 });
			await expect(api.get(EXT)).rejects.toThrow();
			emu.setFault({ path: '/restapi/v1.0/account/~' }, { malformedJson: true, times: 1 });
			const malformed = await api.get('/restapi/v1.0/account/~');
			expect(typeof malformed.data).toBe('string');
			emu.setFault({ operationId: 'readAccountInfo' }, { delayMs: 300, times: 1 });
			const started = Date.now();
			expect((await api.get('/restapi/v1.0/account/~')).status).toBe(200);
			expect(Date.now() - started).toBeGreaterThanOrEqual(290);
		});

		it('processThenFail: the SMS is stored although the client sees a 500', async () => {
			emu.setFault(
				{ operationId: 'createSMSMessage' },
				{ status: 500, processThenFail: true, times: 1 },
			);
			const before = emu.state.messages.length;
			const res = await api.post(`${EXT}/sms`, {
				from: { phoneNumber: '+16505550101' },
				to: [{ phoneNumber: '+14155550177' }],
				text: 'once',
			});
			expect(res.status).toBe(500);
			expect(emu.state.messages.length).toBe(before + 1);
			expect(emu.requestsFor('createSMSMessage')).toHaveLength(1);
		});
	});
});

describe('RingCentral emulator rate limits', () => {
	let emu: Emulator;
	beforeAll(async () => {
		emu = await startEmulator({
			rateLimits: { Light: 3, Medium: 2, Heavy: 1, Auth: 5 },
			rateWindowMs: 1000,
			penaltyMs: 1500,
		});
	});
	afterAll(async () => emu.close());

	it('answers 429 with Retry-After over the limit, and a request in the penalty restarts it', async () => {
		const api = http(emu, emu.issueTokens().access_token);
		const remaining: string[] = [];
		for (let i = 0; i < 3; i++) {
			const res = await api.get(EXT);
			expect(res.status).toBe(200);
			expect(res.headers['x-rate-limit-group']).toBe('Light');
			expect(res.headers['x-rate-limit-limit']).toBe('3');
			expect(res.headers['x-rate-limit-window']).toBe('1');
			remaining.push(res.headers['x-rate-limit-remaining'] as string);
		}
		expect(remaining).toEqual(['2', '1', '0']);
		const limited = await api.get(EXT);
		expect(limited.status).toBe(429);
		expect(limited.headers['retry-after']).toBe('2');
		expect(limited.data).toMatchObject({
			errorCode: 'CMN-301',
			errors: [{ errorCode: 'CMN-301' }],
		});
		// Another group of the same user is not affected.
		expect((await api.get('/restapi/v1.0/account/~/extension')).status).toBe(200);
		await sleep(1000);
		expect((await api.get(EXT)).status).toBe(429); // the penalty restarted at 1.5 s from here
		await sleep(1000);
		expect((await api.get(EXT)).status).toBe(429);
		await sleep(1600);
		expect((await api.get(EXT)).status).toBe(200);
		expect(emu.requests.filter((r) => r.status === 429)).toHaveLength(3);
		// Another user of the same app has its own window.
		const bob = http(emu, emu.issueTokens({ extensionId: '102' }).access_token);
		expect((await bob.get(EXT)).status).toBe(200);
	});
});
