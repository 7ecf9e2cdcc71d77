/**
 * Paging of generated list operations through the engine, one test per paging style RingCentral uses.
 * The emulator serves the pages (per-instance handlers); the shared request path follows them.
 */
import type { IDataObject, INodeType } from 'n8n-workflow';

import { RingCentralAccount } from '../../nodes/Account/RingCentralAccount.node';
import { RingCentralTeamMessaging } from '../../nodes/TeamMessaging/RingCentralTeamMessaging.node';
import { RingCentralVideo } from '../../nodes/Video/RingCentralVideo.node';
import { RingCentralVoice } from '../../nodes/Voice/RingCentralVoice.node';
import { runNode } from '../harness';
import { useEmulator } from '../support/ringcentral';

type Ctx = { query: Record<string, string>; baseUrl: string; pathname: string };

const records = (n: number) => Array.from({ length: n }, (_, i) => ({ id: String(i + 1) }));
const ids = (items: Array<{ json: IDataObject }>) => items.map((item) => item.json.id);

describe('paging of generated lists', () => {
	const ctx = useEmulator();
	const run = (nodeType: INodeType, parameters: IDataObject) =>
		runNode({
			nodeType,
			parameters: { authentication: 'jwt', ...parameters },
			credentials: ctx.credentials,
		});

	describe('page/perPage with navigation URIs (classic)', () => {
		const all = records(12);
		beforeEach(() => {
			// The server serves at most 5 records a page, whatever perPage asks for.
			ctx.emu.handlers.listBlockedAllowedNumbers = ({ query, baseUrl, pathname }: Ctx) => {
				const page = Number(query.page ?? 1);
				const perPage = Math.min(Number(query.perPage ?? 100), 5);
				const slice = all.slice((page - 1) * perPage, page * perPage);
				const next =
					page * perPage < all.length
						? { nextPage: { uri: `${baseUrl}${pathname}?page=${page + 1}&perPage=${perPage}` } }
						: {};
				return { body: { records: slice, paging: { page, perPage }, navigation: next } };
			};
		});
		const params = { resource: 'callBlocking', operation: 'listBlockedAllowedNumbers' };

		it('Return All follows nextPage.uri to the end', async () => {
			const result = await run(new RingCentralVoice(), { ...params, returnAll: true });
			expect(result.error).toBeUndefined();
			expect(ids(result.items)).toEqual(all.map((r) => r.id));
			const sent = ctx.emu.requestsFor('listBlockedAllowedNumbers');
			expect(sent.map((r) => r.query.page)).toEqual(['1', '2', '3']);
			expect(sent[0].query.perPage).toBe('1000');
		});

		it('Limit asks for that many and stops once it has them', async () => {
			const result = await run(new RingCentralVoice(), { ...params, returnAll: false, limit: 7 });
			expect(ids(result.items)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
			const sent = ctx.emu.requestsFor('listBlockedAllowedNumbers');
			expect(sent).toHaveLength(2);
			expect(sent[0].query.perPage).toBe('7');
			expect(result.items.map((item) => item.pairedItem)).toEqual(Array(7).fill({ item: 0 }));
		});
	});

	it('page numbers without navigation: asks for paging.page + 1 until totalPages', async () => {
		ctx.emu.handlers.listAccountPhoneNumbersV2 = ({ query }: Ctx) => {
			const page = Number(query.page ?? 1);
			return {
				body: {
					records: records(3).map((r) => ({ id: `${page}-${r.id}` })),
					paging: { page, perPage: 3, totalPages: 3, totalElements: 9 },
				},
			};
		};
		const result = await run(new RingCentralAccount(), {
			resource: 'phoneNumbers',
			operation: 'listAccountPhoneNumbersV2',
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(9);
		expect(ctx.emu.requestsFor('listAccountPhoneNumbersV2').map((r) => r.query.page)).toEqual([
			'1',
			'2',
			'3',
		]);
	});

	describe('pageToken + perPage, token in paging.nextPageToken (RingCentral Video)', () => {
		const all = records(7);
		beforeEach(() => {
			ctx.emu.handlers.getAccountRecordings = ({ query }: Ctx) => {
				const start = Number(query.pageToken ?? 0);
				const perPage = Math.min(Number(query.perPage ?? 25), 3);
				const end = start + perPage;
				return {
					body: {
						recordings: all.slice(start, end),
						paging: {
							currentPageToken: String(start),
							...(end < all.length ? { nextPageToken: String(end) } : {}),
						},
					},
				};
			};
		});

		it('Return All passes each nextPageToken back', async () => {
			const result = await run(new RingCentralVideo(), {
				resource: 'recording',
				operation: 'getAccountRecordings',
				returnAll: true,
			});
			expect(result.error).toBeUndefined();
			expect(ids(result.items)).toEqual(all.map((r) => r.id));
			expect(ctx.emu.requestsFor('getAccountRecordings').map((r) => r.query.pageToken)).toEqual([
				undefined,
				'3',
				'6',
			]);
		});

		it('Limit stops after the page that completes it', async () => {
			const result = await run(new RingCentralVideo(), {
				resource: 'recording',
				operation: 'getAccountRecordings',
				limit: 4,
			});
			expect(ids(result.items)).toEqual(['1', '2', '3', '4']);
			expect(ctx.emu.requestsFor('getAccountRecordings')).toHaveLength(2);
		});
	});

	it('recordCount + pageToken, token in navigation.nextPageToken (Team Messaging)', async () => {
		const all = records(5);
		ctx.emu.handlers.listGlipConversationsNew = ({ query }: Ctx) => {
			const start = Number(query.pageToken ?? 0);
			const end = start + Math.min(Number(query.recordCount ?? 30), 2);
			return {
				body: {
					records: all.slice(start, end),
					navigation: end < all.length ? { nextPageToken: String(end) } : {},
				},
			};
		};
		const result = await run(new RingCentralTeamMessaging(), {
			resource: 'conversation',
			operation: 'listGlipConversationsNew',
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(ids(result.items)).toEqual(all.map((r) => r.id));
		const sent = ctx.emu.requestsFor('listGlipConversationsNew');
		expect(sent.map((r) => r.query.recordCount)).toEqual(['250', '250', '250']);
		expect(sent.map((r) => r.query.pageToken)).toEqual([undefined, '2', '4']);
	});

	it('lists without paging: one request, no paging parameters, Limit cuts', async () => {
		ctx.emu.handlers.listCustomFields = () => ({ body: { records: records(5) } });
		const result = await run(new RingCentralAccount(), {
			resource: 'customFields',
			operation: 'listCustomFields',
			limit: 2,
		});
		expect(ids(result.items)).toEqual(['1', '2']);
		const sent = ctx.emu.requestsFor('listCustomFields');
		expect(sent).toHaveLength(1);
		expect(sent[0].query).toEqual({});
	});

	it('a Limit below the smallest page size asks for the smallest page', async () => {
		ctx.emu.handlers.listAccountMeetings = () => ({ body: { meetings: records(10), paging: {} } });
		const result = await run(new RingCentralVideo(), {
			resource: 'meetingHistory',
			operation: 'listAccountMeetings',
			limit: 3,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(3);
		expect(ctx.emu.requestsFor('listAccountMeetings')[0].query.perPage).toBe('10');
	});
});
