import { DateTime } from 'luxon';
import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { RingCentralVoice } from '../../nodes/Voice/RingCentralVoice.node';
import { runNode } from '../harness';
import { credentialStore, useEmulator } from '../support/ringcentral';

interface CallRecord extends IDataObject {
	id: string;
	startTime: string;
	result: string;
	direction: string;
	type: string;
	extension: { id: number };
	recording?: IDataObject;
}

const HOUR = 3600_000;
const SIMPLE_COLUMNS = [
	'id',
	'sessionId',
	'telephonySessionId',
	'partyId',
	'startTime',
	'durationSeconds',
	'type',
	'direction',
	'action',
	'result',
	'reason',
	'fromNumber',
	'fromExtensionNumber',
	'fromName',
	'fromLocation',
	'toNumber',
	'toExtensionNumber',
	'toName',
	'toLocation',
	'extensionId',
	'transport',
	'recordingId',
	'recordingType',
	'recordingContentUri',
	'messageId',
	'messageType',
	'legs',
];

describe('RingCentral Voice: call log and active calls', () => {
	const rc = useEmulator();
	const run = (
		parameters: IDataObject,
		options: {
			items?: Array<{ json: IDataObject }>;
			credentials?: ReturnType<typeof credentialStore>;
		} = {},
	) =>
		runNode({
			nodeType: new RingCentralVoice(),
			parameters: { authentication: 'jwt', resource: 'callLog', ...parameters },
			credentials: options.credentials ?? rc.credentials,
			items: options.items ?? [{ json: {} }],
		});
	const log = (): CallRecord[] => rc.emu.state.callLog;
	const since = (ms: number, extensionId?: string) =>
		log().filter(
			(r) =>
				Date.parse(r.startTime) >= Date.now() - ms &&
				(!extensionId || String(r.extension.id) === extensionId),
		);
	const lastQuery = (operationId = 'readUserCallLog') =>
		rc.emu.requestsFor(operationId).at(-1).query as Record<string, unknown>;
	const asBob = () => {
		const store = credentialStore(rc.emu);
		store.patch('ringCentralJwtApi', { jwtToken: rc.emu.createJwt({ extensionId: '102' }) });
		return store;
	};

	describe('Get Many', () => {
		it('returns the last 24 hours of the connected user, one flat item per call, in the Heavy group', async () => {
			const result = await run({ operation: 'getAll', returnAll: true });
			expect(result.error).toBeUndefined();
			const expected = since(24 * HOUR, '101');
			expect(result.items).toHaveLength(expected.length);
			expect(result.items.length).toBeGreaterThan(5);
			expect(Object.keys(result.items[0].json)).toEqual(SIMPLE_COLUMNS);
			const request = rc.emu.requestsFor('readUserCallLog')[0];
			expect(request.path).toBe('/restapi/v1.0/account/~/extension/~/call-log');
			expect(request.throttlingGroup).toBe('Heavy');
			expect(request.query).toMatchObject({ view: 'Simple', perPage: '1000' });
			expect(
				Date.parse(String(request.query.dateTo)) - Date.parse(String(request.query.dateFrom)),
			).toBe(24 * HOUR);
			expect(String(request.query.dateFrom)).toMatch(/Z$/);
			// Last 24 hours needs no time zone.
			expect(rc.emu.requestsFor('readExtension')).toHaveLength(0);
		});

		it('computes "yesterday" in the extension\'s RingCentral time zone, read once per run', async () => {
			const result = await run(
				{ operation: 'getAll', dateRange: 'yesterday', returnAll: true },
				{ items: [{ json: {} }, { json: {} }] },
			);
			expect(result.error).toBeUndefined();
			const midnight = DateTime.now().setZone('US/Pacific').startOf('day');
			const query = lastQuery();
			expect(query.dateFrom).toBe(
				midnight.minus({ days: 1 }).toUTC().toISO({ suppressMilliseconds: true }),
			);
			expect(query.dateTo).toBe(midnight.toUTC().toISO({ suppressMilliseconds: true }));
			expect(rc.emu.requestsFor('readExtension')).toHaveLength(1);
			const expected = log().filter(
				(r) =>
					String(r.extension.id) === '101' &&
					Date.parse(r.startTime) >= midnight.minus({ days: 1 }).toMillis() &&
					Date.parse(r.startTime) < midnight.toMillis(),
			);
			expect(result.items).toHaveLength(expected.length * 2);
		});

		it.each([
			['today', (d: DateTime) => d.startOf('day')],
			['last7Days', (d: DateTime) => d.startOf('day').minus({ days: 6 })],
			['thisWeek', (d: DateTime) => d.startOf('week')],
			['lastWeek', (d: DateTime) => d.startOf('week').minus({ weeks: 1 })],
			['thisMonth', (d: DateTime) => d.startOf('month')],
			['lastMonth', (d: DateTime) => d.startOf('month').minus({ months: 1 })],
			['last30Days', (d: DateTime) => d.startOf('day').minus({ days: 29 })],
		])(
			'computes "%s" from midnight in the time zone of the user (Europe/Berlin here)',
			async (dateRange, start) => {
				const alice = (rc.emu.state.extensions as IDataObject[]).find(
					(e) => String(e.id) === '101',
				) as { regionalSettings: { timezone: IDataObject } };
				alice.regionalSettings.timezone = { id: '64', name: 'Europe/Berlin' };
				const result = await run({ operation: 'getAll', dateRange, returnAll: true });
				expect(result.error).toBeUndefined();
				expect(lastQuery().dateFrom).toBe(
					start(DateTime.now().setZone('Europe/Berlin'))
						.toUTC()
						.toISO({ suppressMilliseconds: true }),
				);
			},
		);

		it('falls back to the workflow time zone without the ReadAccounts permission', async () => {
			rc.emu.setFault({ operationId: 'readExtension' }, { status: 403 });
			const result = await run({ operation: 'getAll', dateRange: 'today', returnAll: true });
			expect(result.error).toBeUndefined();
			expect(lastQuery().dateFrom).toBe(
				DateTime.now()
					.setZone('America/New_York')
					.startOf('day')
					.toUTC()
					.toISO({ suppressMilliseconds: true }),
			);
		});

		it('reads the whole company call log in the account time zone (queues included)', async () => {
			const result = await run({
				operation: 'getAll',
				scope: 'account',
				dateRange: 'last7Days',
				returnAll: true,
			});
			expect(result.error).toBeUndefined();
			expect(rc.emu.requestsFor('readCompanyCallLog')[0].path).toBe(
				'/restapi/v1.0/account/~/call-log',
			);
			expect(rc.emu.requestsFor('readAccountInfo')).toHaveLength(1);
			const extensions = new Set(result.items.map((i) => i.json.extensionId));
			expect(extensions).toEqual(new Set(['101', '102', '103']));
		});

		it('explains that the company call log needs an administrator', async () => {
			const result = await run(
				{ operation: 'getAll', scope: 'account', returnAll: true },
				{ credentials: asBob() },
			);
			expect(result.error).toBeInstanceOf(NodeApiError);
			expect(result.error.message).toMatch(/\[CMN-408\]$/);
			expect(result.error.description).toMatch(/ReadCompanyCallLog/);
		});

		it('reads another extension picked by extension number', async () => {
			const result = await run({
				operation: 'getAll',
				extension: { __rl: true, mode: 'extensionNumber', value: '102' },
				returnAll: true,
			});
			expect(result.error).toBeUndefined();
			expect(result.items.map((i) => i.json.extensionId)).toEqual(['102', '102']);
			expect(rc.emu.requestsFor('readUserCallLog')[0].path).toBe(
				'/restapi/v1.0/account/~/extension/102/call-log',
			);
		});

		it('sends direction, type, recording, phone number and session filters as RingCentral expects', async () => {
			const result = await run({
				operation: 'getAll',
				dateRange: 'last7Days',
				returnAll: true,
				filters: {
					direction: ['Outbound'],
					type: ['Voice'],
					withRecording: true,
					phoneNumber: '(415) 555-0111',
				},
			});
			expect(result.error).toBeUndefined();
			expect(lastQuery()).toMatchObject({
				direction: 'Outbound',
				type: 'Voice',
				recordingType: 'All',
				phoneNumber: '14155550111',
			});
			expect(result.items).toHaveLength(1);
			expect(result.items[0].json).toMatchObject({
				direction: 'Outbound',
				recordingType: 'OnDemand',
				toNumber: '+14155550111',
			});
		});

		it('filters by result locally: missed and voicemail calls, the limit counting only matches', async () => {
			const all = await run({
				operation: 'getAll',
				dateRange: 'last7Days',
				returnAll: true,
				filters: { result: ['Missed', 'Voicemail'] },
			});
			const expected = since(7 * 24 * HOUR, '101').filter((r) =>
				['Missed', 'Voicemail'].includes(r.result),
			);
			expect(all.items.map((i) => i.json.id).sort()).toEqual(expected.map((r) => r.id).sort());
			expect(all.items.length).toBeGreaterThanOrEqual(3);
			const limited = await run({
				operation: 'getAll',
				dateRange: 'last7Days',
				limit: 2,
				filters: { result: ['Missed', 'Voicemail'] },
			});
			expect(limited.items).toHaveLength(2);
			expect(
				limited.items.every((i) => ['Missed', 'Voicemail'].includes(String(i.json.result))),
			).toBe(true);
			// Pages as large as RingCentral serves: the filter is applied here.
			expect(lastQuery().perPage).toBe('1000');
		});

		it('Return All follows the pages; Limit asks for that many and stops', async () => {
			rc.emu.options.callLogMaxPerPage = 3;
			try {
				const all = await run({ operation: 'getAll', dateRange: 'last7Days', returnAll: true });
				const expected = since(7 * 24 * HOUR, '101');
				expect(all.items.map((i) => i.json.id)).toEqual(
					expected
						.sort((a, b) => Date.parse(b.startTime) - Date.parse(a.startTime))
						.map((r) => r.id),
				);
				const pages = rc.emu.requestsFor('readUserCallLog');
				expect(pages).toHaveLength(Math.ceil(expected.length / 3));
				expect(
					pages.every(
						(p: IDataObject) =>
							p.throttlingGroup === 'Heavy' &&
							(p.query as IDataObject).dateFrom === pages[0].query.dateFrom,
					),
				).toBe(true);
				const limited = await run({ operation: 'getAll', dateRange: 'last7Days', limit: 4 });
				expect(limited.items).toHaveLength(4);
				expect(
					rc.emu
						.requestsFor('readUserCallLog')
						.slice(pages.length)
						.map((p: IDataObject) => (p.query as IDataObject).perPage),
				).toEqual(['4', '4']);
			} finally {
				rc.emu.options.callLogMaxPerPage = 1000;
			}
		});

		it("returns RingCentral's records unchanged without Simplify, with legs in the Detailed view (250 a page)", async () => {
			const result = await run({
				operation: 'getAll',
				returnAll: true,
				simplify: false,
				options: { view: 'Detailed' },
			});
			expect(result.error).toBeUndefined();
			expect(result.items[0].json).toMatchObject({
				from: expect.any(Object),
				to: expect.any(Object),
				legs: [expect.objectContaining({ legType: expect.any(String) })],
			});
			expect(lastQuery()).toMatchObject({ view: 'Detailed', perPage: '250' });
		});

		it('takes a custom range: with an offset as given, without one in the RingCentral time zone', async () => {
			await run({
				operation: 'getAll',
				dateRange: 'custom',
				dateFrom: '2026-03-01T00:00:00+01:00',
				dateTo: '2026-03-02T00:00:00Z',
				returnAll: true,
			});
			expect(lastQuery()).toMatchObject({
				dateFrom: '2026-02-28T23:00:00Z',
				dateTo: '2026-03-02T00:00:00Z',
			});
			await run({
				operation: 'getAll',
				dateRange: 'custom',
				dateFrom: '2026-07-01T08:00:00',
				returnAll: true,
			});
			expect(lastQuery().dateFrom).toBe('2026-07-01T15:00:00Z');
			expect(lastQuery().dateTo).toBeUndefined();
		});

		it('rejects impossible input before any request', async () => {
			const backwards = await run({
				operation: 'getAll',
				dateRange: 'custom',
				dateFrom: '2026-03-02T00:00:00Z',
				dateTo: '2026-03-01T00:00:00Z',
			});
			expect(backwards.error).toBeInstanceOf(NodeOperationError);
			expect(backwards.error.message).toMatch(/^Date To: .* is not after Date From/);
			const both = await run({
				operation: 'getAll',
				filters: { phoneNumber: '+14155550111', extensionNumber: '101' },
			});
			expect(both.error.message).toBe(
				'Filters: Extension Number and Phone Number cannot be combined (item 0)',
			);
			const badNumber = await run({ operation: 'getAll', filters: { phoneNumber: 'Jane' } });
			expect(badNumber.error.message).toBe('Phone Number: "Jane" is not a phone number (item 0)');
			const badExtension = await run({
				operation: 'getAll',
				extension: { __rl: true, mode: 'id', value: '={{ "alice" }}' },
			});
			expect(badExtension.error.message).toMatch(/^Extension: "alice" is not an extension ID/);
			expect(rc.emu.requestsFor('readUserCallLog')).toHaveLength(0);
		});
	});

	describe('Get', () => {
		it('gets one record of the user or the company, simplified or raw', async () => {
			const bobs = log().find((r) => String(r.extension.id) === '102') as CallRecord;
			const mine = log().find((r) => String(r.extension.id) === '101' && r.recording) as CallRecord;
			const simple = await run({ operation: 'get', callRecordId: mine.id });
			expect(simple.items[0].json).toMatchObject({
				id: mine.id,
				recordingId: (mine.recording as IDataObject).id,
			});
			const raw = await run({
				operation: 'get',
				callRecordId: bobs.id,
				scope: 'account',
				simplify: false,
			});
			expect(raw.items[0].json).toMatchObject({ id: bobs.id, extension: { id: 102 } });
			expect(rc.emu.requestsFor('readCompanyCallRecord')[0].path).toBe(
				`/restapi/v1.0/account/~/call-log/${bobs.id}`,
			);
		});

		it('explains a record that does not exist', async () => {
			const result = await run({ operation: 'get', callRecordId: 'NOPE123' });
			expect(result.error).toBeInstanceOf(NodeApiError);
			expect(result.error.httpCode).toBe('404');
			expect(result.error.description).toMatch(/callRecordId was not found/);
		});
	});

	describe('Sync', () => {
		it('full sync, then an incremental sync returns only the calls logged since, with the next token', async () => {
			const full = await run({ operation: 'sync', syncType: 'FSync', recordCount: 5 });
			expect(full.error).toBeUndefined();
			expect(full.items).toHaveLength(5);
			const token = String(full.items[0].json.syncToken);
			expect(full.items.every((i) => i.json.syncToken === token)).toBe(true);
			expect(rc.emu.requestsFor('syncUserCallLog')[0].query).toMatchObject({
				syncType: 'FSync',
				recordCount: '5',
			});

			const empty = await run({ operation: 'sync', syncType: 'ISync', syncCursor: token });
			expect(empty.items).toEqual([
				expect.objectContaining({
					json: { syncToken: expect.any(String), syncTime: expect.any(String) },
				}),
			]);

			const { record } = rc.emu.simulateCall({ outcome: 'missed', from: '+12125550199' });
			const next = await run(
				{ operation: 'sync', syncType: 'ISync', syncCursor: '={{ $json.token }}', simplify: false },
				{ items: [{ json: { token } }] },
			);
			expect(next.items).toHaveLength(1);
			expect(next.items[0].json).toMatchObject({
				id: record.id,
				result: 'Missed',
				syncInfo: { syncType: 'ISync', syncToken: expect.any(String) },
			});
		});

		it('syncs the company call log, missed calls only', async () => {
			const result = await run({
				operation: 'sync',
				scope: 'account',
				syncType: 'FSync',
				filters: { missedOnly: true },
			});
			expect(result.error).toBeUndefined();
			expect(result.items.length).toBeGreaterThan(1);
			expect(result.items.every((i) => i.json.result === 'Missed')).toBe(true);
			expect(rc.emu.requestsFor('syncAccountCallLog')[0].query).toMatchObject({
				statusGroup: 'Missed',
			});
		});

		it('needs a token for an incremental sync, and explains a bad one', async () => {
			const missing = await run({
				operation: 'sync',
				syncType: 'ISync',
				syncCursor: '={{ $json.token }}',
			});
			expect(missing.error.message).toBe('Sync Token: no sync token given (item 0)');
			const bad = await run({ operation: 'sync', syncType: 'ISync', syncCursor: 'expired' });
			expect(bad.error).toBeInstanceOf(NodeApiError);
			expect(bad.error.message).toMatch(/syncToken/);
		});
	});

	describe('Active calls', () => {
		const runActive = (parameters: IDataObject, credentials?: ReturnType<typeof credentialStore>) =>
			run(
				{ resource: 'activeCall', operation: 'getAll', returnAll: true, ...parameters },
				{ credentials },
			);

		it('lists the calls in progress of the user, with session and party IDs', async () => {
			const session = rc.emu.startCall({ from: '+14155550122', fromName: 'Ken Supplier' });
			const result = await runActive({});
			expect(result.error).toBeUndefined();
			expect(result.items).toHaveLength(2);
			expect(result.items[0].json).toMatchObject({
				telephonySessionId: session.id,
				partyId: session.parties[0].id,
				fromName: 'Ken Supplier',
				result: 'In Progress',
			});
			expect(rc.emu.requestsFor('listExtensionActiveCalls')[0].throttlingGroup).toBe('Heavy');
		});

		it('lists the whole company, filtered by direction; raw records without Simplify', async () => {
			rc.emu.startCall({
				extensionId: '102',
				direction: 'Outbound',
				to: '+14155550100',
				status: 'Answered',
			});
			const result = await runActive({
				scope: 'account',
				filters: { direction: ['Outbound'] },
				simplify: false,
			});
			expect(result.items).toHaveLength(1);
			expect(result.items[0].json).toMatchObject({
				direction: 'Outbound',
				extension: { id: 102 },
				to: { phoneNumber: '+14155550100' },
			});
			expect(rc.emu.requestsFor('listCompanyActiveCalls')[0].query).toMatchObject({
				direction: 'Outbound',
			});
		});

		it('explains that company active calls need an administrator', async () => {
			const result = await runActive({ scope: 'account' }, asBob());
			expect(result.error).toBeInstanceOf(NodeApiError);
			expect(result.error.httpCode).toBe('403');
		});
	});
});
