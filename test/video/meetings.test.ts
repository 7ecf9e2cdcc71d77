import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { RingCentralVideo } from '../../nodes/Video/RingCentralVideo.node';
import { loadOptions, namesParameterIssues, runNode } from '../harness';
import { rl } from '../support/locator';
import { useEmulator } from '../support/ringcentral';

type Bridge = {
	id: string;
	type: string;
	name: string;
	pins: { web: string };
	host: { extensionId: string };
	security: IDataObject;
	preferences: IDataObject;
};

describe('RingCentral Video: meetings (bridges)', () => {
	const rc = useEmulator();
	const run = (
		parameters: Record<string, unknown>,
		items: Array<{ json: IDataObject }> = [{ json: {} }],
		extra: Record<string, unknown> = {},
	) =>
		runNode({
			nodeType: new RingCentralVideo(),
			parameters: { authentication: 'jwt', resource: 'meeting', ...parameters },
			credentials: rc.credentials,
			items,
			...extra,
		});
	const bridges = () => rc.emu.state.video.bridges as Bridge[];
	const weekly = () => bridges().find((b) => b.name === 'Weekly sync') as Bridge;

	describe('Create', () => {
		it('creates a scheduled meeting with every setting and returns the join link, PINs and password flat', async () => {
			const result = await run({
				operation: 'create',
				name: 'Board meeting',
				type: 'Scheduled',
				settings: {
					audioMuted: true,
					autoShareRecordings: true,
					e2ee: false,
					everyoneCanControlRecording: true,
					hostPin: '111222333',
					joinBeforeHost: false,
					musicOnHold: false,
					noGuests: true,
					participantPin: '444555666',
					password: 'Secret123',
					recordingsMode: 'Auto',
					sameAccount: false,
					screenSharing: false,
					transcriptionsMode: 'ForceAuto',
					videoMuted: true,
					waitingRoom: 'GuestsOnly',
					webPin: '777888999',
				},
			});
			expect(result.error).toBeUndefined();
			const [request] = rc.emu.requestsFor('createBridge');
			expect(request.path).toBe('/rcvideo/v2/account/~/extension/~/bridges');
			expect(request.body).toEqual({
				name: 'Board meeting',
				type: 'Scheduled',
				pins: { web: '777888999', pstn: { host: '111222333', participant: '444555666' } },
				security: {
					passwordProtected: true,
					password: 'Secret123',
					noGuests: true,
					sameAccount: false,
					e2ee: false,
				},
				preferences: {
					joinBeforeHost: false,
					musicOnHold: false,
					screenSharing: false,
					recordingsMode: 'Auto',
					transcriptionsMode: 'ForceAuto',
					join: { audioMuted: true, videoMuted: true, waitingRoomRequired: 'GuestsOnly' },
					recordings: { everyoneCanControl: { enabled: true }, autoShared: { enabled: true } },
				},
			});
			expect(result.items).toHaveLength(1);
			const meeting = result.items[0].json;
			expect(meeting).toMatchObject({
				name: 'Board meeting',
				type: 'Scheduled',
				webPin: '777888999',
				hostPin: '111222333',
				participantPin: '444555666',
				passwordProtected: true,
				password: 'Secret123',
				hostExtensionId: '101',
				joinBeforeHost: false,
				waitingRoom: 'GuestsOnly',
				recordingMode: 'Auto',
			});
			expect(meeting.joinUrl).toMatch(
				/^https:\/\/v\.ringcentral\.com\/join\/777888999\?pw=[0-9a-f]{32}$/,
			);
			expect(result.items[0].pairedItem).toEqual({ item: 0 });
		});

		it('sends only name and type without settings, and returns the raw meeting without Simplify', async () => {
			const result = await run({
				operation: 'create',
				name: 'Quick call',
				type: 'Instant',
				simplify: false,
			});
			expect(result.error).toBeUndefined();
			expect(rc.emu.requestsFor('createBridge')[0].body).toEqual({
				name: 'Quick call',
				type: 'Instant',
			});
			expect(result.items[0].json).toMatchObject({
				type: 'Instant',
				discovery: { web: expect.stringContaining('/join/') },
				pins: { pstn: {} },
				preferences: { join: {} },
			});
		});

		it('creates the meeting for another user picked by extension number', async () => {
			const result = await run({
				operation: 'create',
				name: 'For Bob',
				extension: rl('extensionNumber', '102'),
			});
			expect(result.error).toBeUndefined();
			expect(rc.emu.requestsFor('createBridge')[0].path).toBe(
				'/rcvideo/v2/account/~/extension/102/bridges',
			);
			expect(result.items[0].json.hostExtensionId).toBe('102');
		});

		it('creates one meeting per input item, names from expressions', async () => {
			const result = await run({ operation: 'create', name: '=Call with {{ $json.customer }}' }, [
				{ json: { customer: 'Ann' } },
				{ json: { customer: 'Ben' } },
			]);
			expect(result.items.map((i) => [i.json.name, i.pairedItem])).toEqual([
				['Call with Ann', { item: 0 }],
				['Call with Ben', { item: 1 }],
			]);
		});

		it.each([
			['a host PIN that is not digits', { hostPin: '12ab' }, 'Host Phone PIN'],
			['a web PIN that is too short', { webPin: '123' }, 'Web PIN'],
		])('rejects %s before sending', async (_case, settings, field) => {
			const result = await run({ operation: 'create', name: 'x', settings });
			expect(result.error).toBeInstanceOf(NodeOperationError);
			expect(result.error.message).toContain(field);
			expect(result.error.message).toContain('item 0');
			expect(rc.emu.requestsFor('createBridge')).toHaveLength(0);
		});

		it("reports RingCentral's conflict when the web PIN is taken, and continues per item with Continue On Fail", async () => {
			const failing = await run({
				operation: 'create',
				name: 'Clash',
				settings: { webPin: '1015550777' },
			});
			expect(failing.error).toBeInstanceOf(NodeApiError);
			expect(failing.error.message).toContain('already used');
			expect(failing.error.httpCode).toBe('409');

			const mixed = await run(
				{
					operation: 'create',
					name: '=Meeting {{ $json.n }}',
					settings: { webPin: '={{ $json.pin }}' },
				},
				[{ json: { n: 1, pin: '1015550777' } }, { json: { n: 2, pin: '555666777' } }],
				{ continueOnFail: true },
			);
			expect(mixed.error).toBeUndefined();
			expect(mixed.items[0].json.error).toContain('already used');
			expect(mixed.items[1].json).toMatchObject({ name: 'Meeting 2', webPin: '555666777' });
			expect(mixed.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		});

		it('names the missing app permission when RingCentral refuses with 403', async () => {
			rc.emu.setFault(
				{ operationId: 'createBridge' },
				{
					status: 403,
					body: {
						errorCode: 'CMN-401',
						message:
							'In order to call this API endpoint, application needs to have [Video] permission',
					},
				},
			);
			const result = await run({ operation: 'create', name: 'x' });
			expect(result.error).toBeInstanceOf(NodeApiError);
			expect(result.error.description).toContain('"Video" permission');
		});
	});

	describe('Get', () => {
		it.each([
			['ID', () => rl('id', weekly().id)],
			['ID from the list', () => rl('list', weekly().id)],
			['web PIN', () => rl('webPin', '1015550777')],
			['join link', () => rl('url', 'https://v.ringcentral.com/join/1015550777?pw=abc')],
			[
				'join link given to By ID by an expression',
				() => rl('id', '={{ "https://v.ringcentral.com/join/1015550777" }}'),
			],
			['personal meeting name (alias) as web PIN', () => rl('webPin', 'alice.admin')],
		])('finds a meeting by %s', async (how, locator) => {
			const result = await run({ operation: 'get', meeting: locator() });
			expect(result.error).toBeUndefined();
			const expected = how.includes('alias')
				? bridges().find((b) => b.type === 'PMI' && b.host.extensionId === '101')
				: weekly();
			expect(result.items[0].json).toMatchObject({ id: expected?.id, name: expected?.name });
			const byId = rc.emu.requestsFor('getBridge').length;
			const byPin = rc.emu.requestsFor('getBridgeByWebPin').length;
			expect(byId + byPin).toBe(1);
		});

		it('shows the password of a meeting of yours', async () => {
			const result = await run({ operation: 'get', meeting: rl('id', weekly().id) });
			expect(result.items[0].json).toMatchObject({
				passwordProtected: true,
				password: 'Sync2024',
				phonePassword: expect.stringMatching(/^\d{6}$/),
			});
		});

		it("leaves typed values that are not IDs or join links to n8n's own check of the parameters", async () => {
			for (const meeting of [rl('id', 'no spaces!'), rl('url', 'https://example.com/x')]) {
				// n8n 2.8 says "The workflow has issues" without naming the node.
				await expect(run({ operation: 'get', meeting })).rejects.toThrow(
					namesParameterIssues ? /node has issues/ : /^The workflow has issues/,
				);
			}
			expect(rc.emu.requests).toHaveLength(0);
		});

		it("fails with RingCentral's 404 and a hint for an unknown meeting, and for an unknown web PIN", async () => {
			for (const meeting of [rl('id', 'iad41-c04-ndbunknown'), rl('webPin', '999999999')]) {
				const result = await run({ operation: 'get', meeting });
				expect(result.error).toBeInstanceOf(NodeApiError);
				expect(result.error.httpCode).toBe('404');
				expect(result.error.description).toBeTruthy();
			}
		});

		it.each([
			['an empty value', rl('list', '={{ $json.v }}'), ''],
			['something that is not an ID', rl('id', '={{ $json.v }}'), 'no spaces allowed!'],
			[
				'a link that is not a join link',
				rl('url', '={{ $json.v }}'),
				'https://example.com/meeting',
			],
		])('rejects %s from an expression before any request', async (_case, meeting, v) => {
			const result = await run({ operation: 'get', meeting }, [{ json: { v } }]);
			expect(result.error).toBeInstanceOf(NodeOperationError);
			expect(result.error.message).toMatch(/^Meeting: /);
			expect(
				rc.emu.requests.filter((r: { operationId?: string }) => /Bridge/.test(r.operationId ?? '')),
			).toHaveLength(0);
		});

		it("gets a user's personal meeting room", async () => {
			const mine = await run({ operation: 'getDefault' });
			expect(mine.items[0].json).toMatchObject({
				type: 'PMI',
				webPin: '1015550101',
				hostExtensionId: '101',
			});
			const bobs = await run({ operation: 'getDefault', extension: rl('id', '102') });
			expect(bobs.items[0].json).toMatchObject({
				type: 'PMI',
				webPin: '1025550102',
				hostExtensionId: '102',
			});
			expect(rc.emu.requestsFor('getDefaultBridge').map((r: { path: string }) => r.path)).toEqual([
				'/rcvideo/v2/account/~/extension/~/bridges/default',
				'/rcvideo/v2/account/~/extension/102/bridges/default',
			]);
		});
	});

	describe('Update and Delete', () => {
		it('changes only the chosen fields', async () => {
			const before = JSON.parse(JSON.stringify(weekly())) as Bridge;
			const result = await run({
				operation: 'update',
				meeting: rl('url', 'https://v.ringcentral.com/join/1015550777'),
				updateFields: { name: 'Weekly sync (new)', waitingRoom: 'Everybody' },
			});
			expect(result.error).toBeUndefined();
			const [request] = rc.emu.requestsFor('updateBridge');
			expect(request.method).toBe('PATCH');
			expect(request.body).toEqual({
				name: 'Weekly sync (new)',
				preferences: { join: { waitingRoomRequired: 'Everybody' } },
			});
			expect(result.items[0].json).toMatchObject({
				name: 'Weekly sync (new)',
				waitingRoom: 'Everybody',
				passwordProtected: true,
			});
			expect(bridges().find((b) => b.id === before.id)?.preferences).toMatchObject({
				joinBeforeHost: (before.preferences as IDataObject).joinBeforeHost,
			});
		});

		it('removes the password', async () => {
			const result = await run({
				operation: 'update',
				meeting: rl('id', weekly().id),
				updateFields: { removePassword: true },
			});
			expect(rc.emu.requestsFor('updateBridge')[0].body).toEqual({
				security: { passwordProtected: false },
			});
			expect(result.items[0].json.passwordProtected).toBe(false);
			expect(result.items[0].json.password).toBeUndefined();
		});

		it.each([
			['nothing to change', {}, 'Update Fields'],
			[
				'a password and "Remove Password" together',
				{ password: 'x', removePassword: true },
				'Password',
			],
		])('rejects %s before sending', async (_case, updateFields, field) => {
			const result = await run({
				operation: 'update',
				meeting: rl('id', weekly().id),
				updateFields,
			});
			expect(result.error).toBeInstanceOf(NodeOperationError);
			expect(result.error.message).toContain(field);
			expect(rc.emu.requestsFor('updateBridge')).toHaveLength(0);
		});

		it('deletes a meeting and returns {deleted: true}; it is gone afterwards', async () => {
			const id = weekly().id;
			const result = await run({ operation: 'delete', meeting: rl('webPin', '1015550777') });
			expect(result.error).toBeUndefined();
			expect(result.items).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
			expect(rc.emu.requestsFor('deleteBridge')[0].path).toBe(`/rcvideo/v2/bridges/${id}`);
			const again = await run({ operation: 'get', meeting: rl('id', id) });
			expect(again.error.httpCode).toBe('404');
		});

		it("reports RingCentral's refusal to delete a personal meeting room", async () => {
			const pmi = bridges().find((b) => b.type === 'PMI' && b.host.extensionId === '101') as Bridge;
			const result = await run({ operation: 'delete', meeting: rl('id', pmi.id) });
			expect(result.error).toBeInstanceOf(NodeApiError);
			expect(result.error.httpCode).toBe('403');
			expect(result.error.message).toContain('PMI');
		});
	});

	it('lists meetings to pick: the personal meeting room first, then those of recent meetings; searchable', async () => {
		const list = (filter?: string) =>
			loadOptions({
				nodeType: new RingCentralVideo(),
				methodName: 'searchMeetings',
				kind: 'listSearch',
				filter,
				parameters: { authentication: 'jwt', resource: 'meeting', operation: 'get' },
				credentials: rc.credentials,
			});
		const all = await list();
		expect(all.results[0]).toMatchObject({
			name: 'Personal meeting room (1015550101)',
			url: expect.stringContaining('/join/1015550101'),
		});
		expect(all.results.map((r: { name: string }) => r.name)).toEqual(
			expect.arrayContaining([
				'Weekly sync (1015550777)',
				'Customer onboarding: Acme (1015550201)',
			]),
		);
		expect(new Set(all.results.map((r: { value: string }) => r.value)).size).toBe(
			all.results.length,
		);
		const weeklyOnly = await list('weekly');
		expect(weeklyOnly.results).toEqual([{ name: 'Weekly sync (1015550777)', value: weekly().id }]);
	});
});
