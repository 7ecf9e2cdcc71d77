import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { RingCentralVideo } from '../../nodes/Video/RingCentralVideo.node';
import { loadOptions, readBinary, runNode } from '../harness';
import { rl } from '../support/locator';
import { useEmulator } from '../support/ringcentral';

type Meeting = {
	id: string;
	displayName: string;
	startTime: string;
	recordings: Array<{ id: string; url: string; status: string }>;
	_host: string;
};

const HOUR = 3600 * 1000;

describe('RingCentral Video: meeting history and recordings', () => {
	const rc = useEmulator();
	const run = (
		parameters: Record<string, unknown>,
		items: Array<{ json: IDataObject }> = [{ json: {} }],
		extra: Record<string, unknown> = {},
	) =>
		runNode({
			nodeType: new RingCentralVideo(),
			parameters: { authentication: 'jwt', ...parameters },
			credentials: rc.credentials,
			items,
			...extra,
		});
	const meetings = () => rc.emu.state.video.meetings as Meeting[];
	const search = (methodName: string, filter?: string) =>
		loadOptions({
			nodeType: new RingCentralVideo(),
			methodName,
			kind: 'listSearch',
			filter,
			parameters: { authentication: 'jwt', resource: 'recording', operation: 'download' },
			credentials: rc.credentials,
		});

	describe('Meeting history', () => {
		const history = (parameters: Record<string, unknown>) =>
			run({ resource: 'meetingHistory', operation: 'getAll', returnAll: true, ...parameters });

		it('lists the meetings the user took part in, newest first, one flat item each', async () => {
			const result = await history({});
			expect(result.error).toBeUndefined();
			const names = result.items.map((i) => i.json.name);
			// Not Bob's meeting without Alice, not the deleted one.
			expect(names).toEqual([
				"Alice Admin's Meeting Room",
				'Customer onboarding: Acme',
				'Weekly sync',
				'Design review',
				'Weekly sync',
			]);
			expect(result.items[1].json).toEqual({
				id: expect.any(String),
				name: 'Customer onboarding: Acme',
				bridgeId: expect.any(String),
				webPin: '1015550201',
				startTime: expect.any(String),
				durationSeconds: 1800,
				status: 'Done',
				type: 'Meeting',
				hostName: 'Alice Admin',
				hostExtensionId: '101',
				participantCount: 3,
				participantNames: 'Alice Admin, Jane Customer, Ken Supplier',
				recordingIds: [expect.any(String)],
				recordingUrls: [expect.stringContaining('/rcvideo/recordings/')],
				shortSummary: expect.stringContaining('Acme goes live'),
			});
			for (const item of result.items) expect(item.pairedItem).toEqual({ item: 0 });
		});

		it.each([
			[
				'My',
				["Alice Admin's Meeting Room", 'Customer onboarding: Acme', 'Weekly sync', 'Weekly sync'],
			],
			['Shared', ['Design review']],
			['Deleted', ['Old demo']],
		])('filters by whose meetings they are: %s', async (type, expected) => {
			const result = await history({ filters: { type } });
			expect(result.items.map((i) => i.json.name)).toEqual(expected);
			expect(rc.emu.requestsFor('listVideoMeetings')[0].query.type).toBe(type);
		});

		it('filters by text and by start time, sent as Unix milliseconds', async () => {
			const after = new Date(Date.now() - 60 * HOUR).toISOString();
			const before = new Date(Date.now() - 10 * HOUR).toISOString();
			const result = await history({
				filters: { text: 'sync', startedAfter: after, startedBefore: before },
			});
			expect(result.items.map((i) => i.json.name)).toEqual(['Weekly sync']);
			const [request] = rc.emu.requestsFor('listVideoMeetings');
			expect(request.query).toMatchObject({
				text: 'sync',
				startTime: String(Date.parse(after)),
				endTime: String(Date.parse(before)),
			});
		});

		it('returns the raw meetings without Simplify', async () => {
			const result = await history({ simplify: false, filters: { type: 'My' } });
			expect(result.items[0].json).toMatchObject({
				displayName: expect.any(String),
				hostInfo: { extensionId: '101' },
				participants: expect.any(Array),
				recordings: expect.any(Array),
			});
		});

		it('asks for only as many as the limit, and follows page tokens for Return All', async () => {
			const limited = await run({
				resource: 'meetingHistory',
				operation: 'getAll',
				returnAll: false,
				limit: 2,
			});
			expect(limited.items).toHaveLength(2);
			expect(
				rc.emu.requestsFor('listVideoMeetings').map((r: { query: IDataObject }) => r.query.perPage),
			).toEqual(['2']);

			rc.emu.state.video.maxPerPage = 2;
			const all = await history({});
			expect(all.items).toHaveLength(5);
			const pages = rc.emu.requestsFor('listVideoMeetings').slice(1);
			expect(pages).toHaveLength(3);
			expect(pages.map((r: { query: IDataObject }) => r.query.pageToken === undefined)).toEqual([
				true,
				false,
				false,
			]);
		});

		it.each([
			['a date that is not a date', { startedAfter: '={{ "yesterday-ish" }}' }, 'Started After'],
			[
				'a range that ends before it starts',
				{ startedAfter: '2025-05-02T00:00:00', startedBefore: '2025-05-01T00:00:00' },
				'Started After',
			],
		])('rejects %s before any request', async (_case, filters, field) => {
			const result = await history({ filters });
			expect(result.error).toBeInstanceOf(NodeOperationError);
			expect(result.error.message).toContain(field);
			expect(rc.emu.requestsFor('listVideoMeetings')).toHaveLength(0);
		});

		it('gets one past meeting, flat or raw, and reports an unknown one', async () => {
			const meeting = meetings().find((m) => m.displayName === 'Design review') as Meeting;
			const flat = await run({
				resource: 'meetingHistory',
				operation: 'get',
				pastMeeting: rl('list', meeting.id),
			});
			expect(flat.items[0].json).toMatchObject({
				id: meeting.id,
				name: 'Design review',
				hostName: 'Bob Builder',
				participantCount: 2,
			});
			const raw = await run({
				resource: 'meetingHistory',
				operation: 'get',
				pastMeeting: rl('id', meeting.id),
				simplify: false,
			});
			expect(raw.items[0].json).toMatchObject({ id: meeting.id, participants: expect.any(Array) });
			const unknown = await run({
				resource: 'meetingHistory',
				operation: 'get',
				pastMeeting: rl('id', 'no-such-meeting'),
			});
			expect(unknown.error).toBeInstanceOf(NodeApiError);
			expect(unknown.error.httpCode).toBe('404');
		});

		it('lists recent meetings to pick, searchable', async () => {
			const all = await search('searchPastMeetings');
			expect(all.results).toHaveLength(5);
			expect(all.results[0].name).toMatch(
				/^Alice Admin's Meeting Room \(\d{4}-\d{2}-\d{2} \d{2}:\d{2}\)$/,
			);
			const acme = await search('searchPastMeetings', 'acme');
			expect(acme.results.map((r: { name: string }) => r.name)).toEqual([
				expect.stringMatching(/^Customer onboarding: Acme/),
			]);
			expect(rc.emu.requestsFor('listVideoMeetings').at(-1).query.text).toBe('acme');
		});
	});

	describe('Recordings', () => {
		it("lists the user's recordings, or another user's for an administrator", async () => {
			const mine = await run({ resource: 'recording', operation: 'getAll', returnAll: true });
			expect(mine.error).toBeUndefined();
			expect(mine.items.map((i) => i.json.displayName)).toEqual([
				'Customer onboarding: Acme',
				'Weekly sync',
				'Weekly sync',
			]);
			expect(mine.items[0].json).toMatchObject({
				id: expect.any(String),
				url: expect.stringContaining('/content'),
				hostInfo: { extensionId: '101' },
			});
			const bobs = await run({
				resource: 'recording',
				operation: 'getAll',
				returnAll: true,
				extension: rl('extensionNumber', '102'),
			});
			expect(bobs.items.map((i) => i.json.displayName)).toEqual(['Design review']);
			expect(rc.emu.requestsFor('getExtensionRecordings').at(-1).path).toBe(
				'/rcvideo/v1/account/~/extension/102/recordings',
			);
		});

		it("refuses another user's recordings to a non-administrator, with a hint", async () => {
			rc.credentials.patch('ringCentralJwtApi', {
				jwtToken: rc.emu.createJwt({ extensionId: '102' }),
				accessToken: '',
			});
			const result = await run({
				resource: 'recording',
				operation: 'getAll',
				returnAll: true,
				extension: rl('id', '101'),
			});
			expect(result.error).toBeInstanceOf(NodeApiError);
			expect(result.error.httpCode).toBe('403');
			expect(result.error.description).toContain('administrator');
		});

		it('downloads a recording picked from the list as binary data, with its file name and MIME type', async () => {
			const list = await search('searchRecordings');
			expect(list.results.map((r: { name: string }) => r.name)).toEqual([
				expect.stringMatching(/^Customer onboarding: Acme \(/),
				expect.stringMatching(/^Weekly sync \(/),
				expect.stringMatching(/^Weekly sync \(/),
			]);
			const result = await run({
				resource: 'recording',
				operation: 'download',
				recording: rl('list', list.results[0].value),
				binaryPropertyName: 'video',
			});
			expect(result.error).toBeUndefined();
			const [item] = result.items;
			expect(item.json).toMatchObject({
				mimeType: 'video/mp4',
				fileName: expect.stringMatching(/^Customer onboarding: Acme \d{4}-\d{2}-\d{2}\.mp4$/),
				recordingId: list.results[0].value,
				meetingName: 'Customer onboarding: Acme',
			});
			expect(item.binary?.video).toMatchObject({
				mimeType: 'video/mp4',
				fileName: item.json.fileName,
			});
			const bytes = await readBinary(item, 'video');
			expect(bytes.subarray(4, 8).toString()).toBe('ftyp');
			const [file] = rc.emu.requests.filter(
				(r: { operationId?: string }) => r.operationId === 'videoRecordingFile',
			);
			expect(file.headers.authorization).toMatch(/^Bearer /);
		});

		it('finds a recording by ID on a later page, reading no further', async () => {
			rc.emu.state.video.maxPerPage = 1;
			const second = (await run({ resource: 'recording', operation: 'getAll', returnAll: true }))
				.items[1].json;
			const before = rc.emu.requestsFor('getExtensionRecordings').length;
			const result = await run({
				resource: 'recording',
				operation: 'download',
				recording: rl('id', String(second.id)),
			});
			expect(result.error).toBeUndefined();
			expect(result.items[0].json.recordingId).toBe(second.id);
			expect(rc.emu.requestsFor('getExtensionRecordings').length - before).toBe(2);
		});

		it('downloads by the recording link from another node', async () => {
			const meeting = meetings().find((m) => m.displayName === 'Design review') as Meeting;
			const result = await run(
				{ resource: 'recording', operation: 'download', recording: rl('url', '={{ $json.url }}') },
				[{ json: { url: meeting.recordings[0].url } }],
			);
			expect(result.error).toBeUndefined();
			expect(result.items[0].json).toMatchObject({
				mimeType: 'video/mp4',
				fileName: expect.stringMatching(/^Design review/),
			});
			expect(rc.emu.requestsFor('getExtensionRecordings')).toHaveLength(0);
		});

		it('reports a recording that is still being processed', async () => {
			const processing = meetings()
				.flatMap((m) => m.recordings)
				.find((r) => r.status === 'Processing') as { id: string };
			const result = await run({
				resource: 'recording',
				operation: 'download',
				recording: rl('id', processing.id),
			});
			expect(result.error).toBeInstanceOf(NodeApiError);
			expect(result.error.httpCode).toBe('404');
			expect(result.error.message).toContain('still being processed');
		});

		it('refuses an unknown recording ID, and never sends the token to a link outside RingCentral', async () => {
			const unknown = await run({
				resource: 'recording',
				operation: 'download',
				recording: rl('id', 'no-such-recording'),
			});
			expect(unknown.error).toBeInstanceOf(NodeOperationError);
			expect(unknown.error.message).toContain('no recording of yours');

			const before = rc.emu.requests.length;
			const foreign = await run({
				resource: 'recording',
				operation: 'download',
				recording: rl('url', 'https://attacker.example/steal?x=1'),
			});
			expect(foreign.error).toBeInstanceOf(NodeOperationError);
			expect(foreign.error.message).toContain('not a RingCentral link');
			expect(rc.emu.requests.length).toBe(before);
		});
	});
});
