/**
 * The emulator's subscriptions, webhook deliveries and call log behave as RingCentral's do
 * (the trigger tests rely on it).
 */
import { sleep } from 'n8n-workflow';

import { startWebhookReceiver } from '../harness';
import { useEmulator } from '../support/ringcentral';

type Receiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
type Answer = Receiver['answer'];
type Res = Parameters<Answer>[1];
type Req = Parameters<Answer>[0];

describe('Emulator: webhook subscriptions and call log', () => {
	const rc = useEmulator();
	let receiver: Receiver;
	let address: string;
	let received: Receiver['received'];
	let echo: Answer;
	beforeAll(async () => {
		receiver = await startWebhookReceiver();
		address = receiver.url;
		echo = receiver.answer;
	});
	afterAll(async () => await receiver.close());
	beforeEach(() => {
		receiver.received.length = 0;
		received = receiver.received;
		receiver.answer = echo;
	});
	const answerWith = (answer: Answer) => {
		receiver.answer = answer;
	};

	const api = async (method: string, path: string, body?: unknown, clientId?: string) => {
		const token = rc.emu.issueTokens({ clientId }).access_token;
		const res = await fetch(`${rc.emu.url}${path}`, {
			method,
			headers: {
				Authorization: `Bearer ${token}`,
				...(body ? { 'Content-Type': 'application/json' } : {}),
			},
			body: body ? JSON.stringify(body) : undefined,
		});
		const text = await res.text();
		return { status: res.status, body: text ? JSON.parse(text) : undefined };
	};
	const subscribe = (extra: Record<string, unknown> = {}, clientId?: string) =>
		api(
			'POST',
			'/restapi/v1.0/subscription',
			{
				eventFilters: ['/restapi/v1.0/account/~/extension/~/message-store/instant?type=SMS'],
				deliveryMode: { transportType: 'WebHook', address, verificationToken: 'secret-token' },
				...extra,
			},
			clientId,
		);

	it('validates the address while creating, then delivers with the verification token', async () => {
		const created = await subscribe({ expiresIn: 3600 });
		expect(created.status).toBe(200);
		expect(created.body).toMatchObject({
			status: 'Active',
			expiresIn: 3600,
			eventFilters: [
				'/restapi/v1.0/account/100000001/extension/101/message-store/instant?type=SMS',
			],
			deliveryMode: { transportType: 'WebHook', address, encryption: false },
		});
		expect(created.body.deliveryMode.verificationToken).toBeUndefined();
		expect(received).toEqual([
			{
				method: 'POST',
				headers: expect.objectContaining({ 'validation-token': expect.any(String) }),
				body: '',
			},
		]);
		rc.emu.addInboundSms({ from: '+14155550100', text: 'Hi' });
		await rc.emu.waitForDeliveries();
		expect(received[1].headers).toMatchObject({
			'verification-token': 'secret-token',
			'content-type': 'application/json; charset=UTF-8',
		});
		expect(JSON.parse(received[1].body)).toMatchObject({
			uuid: expect.any(String),
			event: created.body.eventFilters[0],
			subscriptionId: created.body.id,
			ownerId: '101',
			body: { subject: 'Hi', type: 'SMS' },
		});
	});

	it('ignores expiresIn inside deliveryMode (the 7-day default applies), caps it at 10 years', async () => {
		const misplaced = await api('POST', '/restapi/v1.0/subscription', {
			eventFilters: ['/restapi/v1.0/account/~/extension/~/voicemail'],
			deliveryMode: { transportType: 'WebHook', address, expiresIn: 315360000 },
		});
		expect(misplaced.body.expiresIn).toBe(604800);
		const long = await subscribe({ expiresIn: 999999999 });
		expect(long.body.expiresIn).toBe(315360000);
	});

	it.each([
		['does not echo the header', (_req: Req, res: Res) => res.writeHead(200).end()],
		[
			'echoes another token',
			(_req: Req, res: Res) => res.writeHead(200, { 'Validation-Token': 'x' }).end(),
		],
		[
			'answers 500',
			(req: Req, res: Res) =>
				res.writeHead(500, { 'Validation-Token': String(req.headers['validation-token']) }).end(),
		],
		[
			'answers with more than 1 KB',
			(req: Req, res: Res) =>
				res
					.writeHead(200, { 'Validation-Token': String(req.headers['validation-token']) })
					.end('x'.repeat(1025)),
		],
	])('refuses an address that %s (SUB-520)', async (_case, handler) => {
		answerWith(handler);
		const created = await subscribe();
		expect(created.status).toBe(400);
		expect(created.body.errorCode).toBe('SUB-520');
		expect(rc.emu.subscriptions.all()).toEqual([]);
	});

	it('refuses an address that does not answer within the time limit', async () => {
		const slow = rc.emu.options.webhookTimeoutMs;
		rc.emu.options.webhookTimeoutMs = 100;
		answerWith(async (req, res) => {
			await sleep(300);
			res.writeHead(200, { 'Validation-Token': String(req.headers['validation-token']) }).end();
		});
		try {
			const created = await subscribe();
			expect(created.body).toMatchObject({
				errorCode: 'SUB-520',
				message: expect.stringContaining('no answer within 100 ms'),
			});
		} finally {
			rc.emu.options.webhookTimeoutMs = slow;
		}
	});

	it('needs the WebhookSubscriptions permission; disables filters the app may not use', async () => {
		rc.emu.addClient({ clientId: 'noWebhooks', clientSecret: 's', permissions: ['ReadMessages'] });
		expect((await subscribe({}, 'noWebhooks')).body).toMatchObject({
			errorCode: 'CMN-401',
			message: expect.stringContaining('[WebhookSubscriptions]'),
		});
		rc.emu.addClient({
			clientId: 'noCalls',
			clientSecret: 's',
			permissions: ['ReadMessages', 'WebhookSubscriptions'],
		});
		const created = await subscribe(
			{
				eventFilters: [
					'/restapi/v1.0/account/~/extension/~/voicemail',
					'/restapi/v1.0/account/~/telephony/sessions',
				],
			},
			'noCalls',
		);
		expect(created.body.eventFilters).toEqual([
			'/restapi/v1.0/account/100000001/extension/101/voicemail',
		]);
		expect(created.body.disabledFilters).toEqual([
			{
				filter: '/restapi/v1.0/account/~/telephony/sessions',
				reason: 'PermissionDenied',
				message: expect.stringContaining('[CallControl]'),
			},
		]);
		expect(
			(await subscribe({ eventFilters: ['/restapi/v1.0/account/~/no-such-thing'] })).body.errorCode,
		).toBe('CMN-101');
	});

	it('reads, lists, renews, updates and deletes; an expired subscription is gone', async () => {
		const { body: sub } = await subscribe({ expiresIn: 600 });
		expect((await api('GET', `/restapi/v1.0/subscription/${sub.id}`)).body.id).toBe(sub.id);
		expect(
			(await api('GET', '/restapi/v1.0/subscription')).body.records.map(
				(s: { id: string }) => s.id,
			),
		).toEqual([sub.id]);
		rc.emu.subscriptions.age(sub.id, 500);
		expect((await api('GET', `/restapi/v1.0/subscription/${sub.id}`)).body.expiresIn).toBe(100);
		expect((await api('POST', `/restapi/v1.0/subscription/${sub.id}/renew`)).body.expiresIn).toBe(
			600,
		);
		const updated = await api('PUT', `/restapi/v1.0/subscription/${sub.id}`, {
			eventFilters: ['/restapi/v1.0/account/~/extension/~/voicemail'],
		});
		expect(updated.body.eventFilters).toEqual([
			'/restapi/v1.0/account/100000001/extension/101/voicemail',
		]);
		rc.emu.subscriptions.age(sub.id, 601);
		expect((await api('GET', `/restapi/v1.0/subscription/${sub.id}`)).status).toBe(404);
		const { body: other } = await subscribe();
		expect((await api('DELETE', `/restapi/v1.0/subscription/${other.id}`)).status).toBe(204);
		expect((await api('DELETE', `/restapi/v1.0/subscription/${other.id}`)).status).toBe(404);
	});

	it('webinar subscriptions: their own API and filters, same lifecycle, webinar events only', async () => {
		const WEBINAR = '/webinar/notifications/v1/subscriptions';
		const sessions = '/webinar/configuration/v1/company/sessions';
		const deliveryMode = { transportType: 'WebHook', address, verificationToken: 'webinar-token' };
		const refused = await api('POST', WEBINAR, {
			eventFilters: ['/restapi/v1.0/account/~/extension/~/voicemail'],
			deliveryMode,
		});
		expect(refused.status).toBe(400);
		const created = await api('POST', WEBINAR, {
			eventFilters: [sessions],
			deliveryMode,
			expiresIn: 600,
		});
		expect(created.status).toBe(201);
		expect(created.body).toMatchObject({ status: 'Active', eventFilters: [sessions] });
		expect(received[received.length - 1].headers['validation-token']).toEqual(expect.any(String));
		const id = created.body.id;
		expect((await api('GET', `/restapi/v1.0/subscription/${id}`)).status).toBe(404);
		expect((await api('GET', '/restapi/v1.0/subscription')).body.records).toEqual([]);
		expect((await api('GET', WEBINAR)).body.records.map((r: { id: string }) => r.id)).toEqual([id]);
		const before = received.length;
		const { session } = rc.emu.webinarSessionChanged({ status: 'Active' });
		rc.emu.addInboundSms({ from: '+14155550100', text: 'not for webinar subscriptions' });
		await rc.emu.waitForDeliveries();
		expect(received.slice(before).map((r) => JSON.parse(r.body))).toEqual([
			expect.objectContaining({
				event: sessions,
				subscriptionId: id,
				body: expect.objectContaining({ id: session.id, status: 'Active' }),
			}),
		]);
		expect(received[before].headers['verification-token']).toBe('webinar-token');
		rc.emu.subscriptions.age(id, 500);
		expect((await api('POST', `${WEBINAR}/${id}/renew`)).body.expiresIn).toBe(600);
		expect((await api('DELETE', `${WEBINAR}/${id}`)).status).toBe(204);
		expect((await api('GET', `${WEBINAR}/${id}`)).status).toBe(404);
		expect(rc.emu.violations).toEqual([]);
	});

	it('message-store updates: status changes and transcriptions are thin events dated by the change', async () => {
		const { body: sub } = await subscribe({
			eventFilters: [
				'/restapi/v1.0/account/~/extension/~/message-store?type=SMS&direction=Outbound',
				'/restapi/v1.0/account/~/extension/~/message-store?type=VoiceMail',
				'/restapi/v1.0/account/~/a2p-sms/opt-outs',
				'/ai/ringsense/v1/public/accounts/~/domains/pbx/records',
			],
		});
		expect(sub.eventFilters).toContain(
			'/ai/ringsense/v1/public/accounts/100000001/domains/pbx/records',
		);
		const sms = rc.emu.state.messages.find(
			(m: { type: string; direction: string }) => m.type === 'SMS' && m.direction === 'Outbound',
		);
		const before = received.length;
		rc.emu.setMessageStatus(sms, 'Sent');
		rc.emu.setMessageStatus(sms, 'Delivered');
		const call = rc.emu.simulateCall({ outcome: 'voicemail', vmTranscriptionStatus: 'InProgress' });
		rc.emu.transcribeVoicemail(call.message, { text: 'Please call me back' });
		await rc.emu.smsConsentChanged({ from: '+16505550199', to: '+14155550100', status: 'OptOut' });
		const { record } = rc.emu.addCallInsights({
			insights: { Summary: [{ value: 'Renewal', start: 0, end: 5 }] },
		});
		await rc.emu.waitForDeliveries();
		const bodies = received
			.slice(before)
			.map((r) => JSON.parse(r.body) as { event: string; body: Record<string, unknown> });
		const smsEvents = bodies.filter((b) => /type=SMS/.test(b.event));
		expect(smsEvents.map((b) => b.body)).toEqual([
			expect.objectContaining({
				changes: [{ type: 'SMS', newCount: 0, updatedCount: 1, newMessageIds: [] }],
			}),
			expect.objectContaining({ lastUpdated: sms.lastModifiedTime }),
		]);
		expect(smsEvents[0].body.lastUpdated).not.toBe(smsEvents[1].body.lastUpdated);
		expect(bodies.filter((b) => /VoiceMail/.test(b.event))).toHaveLength(2);
		expect(call.message).toMatchObject({
			vmTranscriptionStatus: 'Completed',
			attachments: expect.arrayContaining([
				expect.objectContaining({ type: 'AudioTranscription', contentType: 'text/plain' }),
			]),
		});
		expect(bodies.find((b) => /opt-outs/.test(b.event))?.body).toMatchObject({
			from: '+16505550199',
			to: '+14155550100',
			status: 'OptOut',
		});
		expect(bodies.find((b) => /ringsense/.test(b.event))?.body).toMatchObject({
			domain: 'pbx',
			sourceRecordId: record.sourceRecordId,
		});
		const insights = await api(
			'GET',
			`/ai/ringsense/v1/public/accounts/~/domains/pbx/records/${record.sourceRecordId}/insights`,
		);
		expect(insights.body.insights).toEqual({ Summary: [{ value: 'Renewal', start: 0, end: 5 }] });
		expect(
			(await api('GET', '/ai/ringsense/v1/public/accounts/~/domains/pbx/records/42/insights'))
				.status,
		).toBe(404);
		expect(rc.emu.violations).toEqual([]);
	});

	it('blacklists a subscription whose endpoint keeps failing, and never delivers to it again', async () => {
		const { body: sub } = await subscribe();
		answerWith((_req, res) => {
			res.writeHead(500).end();
		});
		for (let i = 0; i < 5; i++) rc.emu.addInboundSms({ from: '+14155550100', text: `m${i}` });
		await rc.emu.waitForDeliveries();
		const read = await api('GET', `/restapi/v1.0/subscription/${sub.id}`);
		expect(read.body).toMatchObject({
			status: 'Blacklisted',
			blacklistedData: { reason: '5 deliveries in a row failed' },
		});
		expect((await api('POST', `/restapi/v1.0/subscription/${sub.id}/renew`)).status).toBe(400);
		const before = received.length;
		rc.emu.addInboundSms({ from: '+14155550100', text: 'after' });
		await rc.emu.waitForDeliveries();
		expect(received).toHaveLength(before);
	});

	it('pages the call log at the configured page size, newest first', async () => {
		rc.emu.options.callLogMaxPerPage = 4;
		try {
			const first = await api(
				'GET',
				'/restapi/v1.0/account/~/extension/~/call-log?perPage=1000&dateFrom=2000-01-01T00:00:00Z',
			);
			expect(first.body.records).toHaveLength(4);
			expect(first.body.paging).toMatchObject({
				page: 1,
				perPage: 4,
				totalElements: 9,
				totalPages: 3,
			});
			const times = first.body.records.map((r: { startTime: string }) => Date.parse(r.startTime));
			expect([...times].sort((a, b) => b - a)).toEqual(times);
			expect(first.body.navigation.nextPage.uri).toContain('page=2');
		} finally {
			rc.emu.options.callLogMaxPerPage = 1000;
		}
	});

	it('lists a call recording before its media is ready', async () => {
		const { record } = rc.emu.simulateCall({
			outcome: 'answered',
			recorded: true,
			recordingDelayMs: 60_000,
		});
		const content = () =>
			api('GET', `/restapi/v1.0/account/~/recording/${record.recording.id}/content`);
		const listed = await api(
			'GET',
			'/restapi/v1.0/account/~/extension/~/call-log?recordingType=All',
		);
		expect(listed.body.records[0]).toMatchObject({
			id: record.id,
			recording: {
				id: record.recording.id,
				type: 'Automatic',
				contentUri: expect.stringContaining('/content'),
			},
		});
		expect((await content()).status).toBe(404);
		rc.emu.ageCallLog(61);
		const token = rc.emu.issueTokens().access_token;
		const media = await fetch(record.recording.contentUri, {
			headers: { Authorization: `Bearer ${token}` },
		});
		expect(media.status).toBe(200);
		expect(media.headers.get('content-type')).toBe('audio/wav');
	});

	it('company call log needs an administrator; call-log-sync returns what was added since the token', async () => {
		const bob = rc.emu.issueTokens({ extensionId: '102' }).access_token;
		const denied = await fetch(`${rc.emu.url}/restapi/v1.0/account/~/call-log`, {
			headers: { Authorization: `Bearer ${bob}` },
		});
		expect(denied.status).toBe(403);
		const full = await api(
			'GET',
			'/restapi/v1.0/account/~/extension/~/call-log-sync?syncType=FSync&recordCount=3',
		);
		expect(full.body.records).toHaveLength(3);
		const { record } = rc.emu.simulateCall({ outcome: 'missed' });
		const incremental = await api(
			'GET',
			`/restapi/v1.0/account/~/extension/~/call-log-sync?syncType=ISync&syncToken=${full.body.syncInfo.syncToken}`,
		);
		expect(incremental.body.records.map((r: { id: string }) => r.id)).toEqual([record.id]);
	});
});
