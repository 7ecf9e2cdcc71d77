import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { RingCentralTeamMessaging } from '../../nodes/TeamMessaging/RingCentralTeamMessaging.node';
import { loadOptions, runNode } from '../harness';
import { rl } from '../support/locator';
import { useEmulator } from '../support/ringcentral';

type Chat = {
	id: string;
	type: string;
	name?: string;
	status?: string;
	public?: boolean;
	members: Array<{ id: string }>;
};

describe('RingCentral Team Messaging: chats, teams and conversations', () => {
	const rc = useEmulator();
	const run = (
		resource: string,
		parameters: Record<string, unknown>,
		items: Array<{ json: IDataObject }> = [{ json: {} }],
		extra: Record<string, unknown> = {},
	) =>
		runNode({
			nodeType: new RingCentralTeamMessaging(),
			parameters: { authentication: 'jwt', resource, ...parameters },
			credentials: rc.credentials,
			items,
			...extra,
		});
	const chat = (id: string) =>
		(rc.emu.state.teamMessaging.chats as Chat[]).find((c) => c.id === id) as Chat;
	const memberIds = (id: string) => chat(id).members.map((m) => m.id);

	describe('Chats', () => {
		it('lists the chats of the user, one item each, filtered by type', async () => {
			const all = await run('chat', { operation: 'getAll', returnAll: true });
			expect(all.error).toBeUndefined();
			expect(all.items.map((i) => i.json.id).sort()).toEqual([
				'1001',
				'1002',
				'1004',
				'2001',
				'3001',
				'3002',
				'4001',
			]);
			const conversations = await run('chat', {
				operation: 'getAll',
				returnAll: true,
				filters: { type: ['Direct', 'Group'] },
			});
			expect(conversations.items.map((i) => i.json.type).sort()).toEqual(['Direct', 'Group']);
			expect(rc.emu.requestsFor('listGlipChatsNew')[1].query.type).toEqual(['Direct', 'Group']);
		});

		it('gets a chat by link, and reports one the user cannot see', async () => {
			const found = await run('chat', {
				operation: 'get',
				chat: rl('url', 'https://app.ringcentral.com/messages/3002'),
			});
			expect(found.items[0].json).toMatchObject({
				id: '3002',
				type: 'Group',
				members: [{ id: '101' }, { id: '102' }, { id: '900001' }],
			});
			const hidden = await run('chat', { operation: 'get', chat: rl('id', '1005') });
			expect(hidden.error).toBeInstanceOf(NodeApiError);
			expect(hidden.error.httpCode).toBe('404');
		});

		it('adds a chat to the favorites and removes it', async () => {
			const added = await run('chat', { operation: 'favorite', chat: rl('id', '3001') });
			expect(added.items[0].json).toEqual({ id: '3001', favorite: true });
			expect(rc.emu.state.teamMessaging.favorites['101']).toEqual(['1001', '3001']);
			const removed = await run('chat', { operation: 'unfavorite', chat: rl('id', '1001') });
			expect(removed.items[0].json).toEqual({ id: '1001', favorite: false });
			expect(rc.emu.state.teamMessaging.favorites['101']).toEqual(['3001']);
			const notMember = await run('chat', { operation: 'favorite', chat: rl('id', '1003') });
			expect(notMember.error.httpCode).toBe('403');
		});
	});

	describe('Teams', () => {
		it('creates a team with members by ID and email; outsiders join as guests', async () => {
			const result = await run('team', {
				operation: 'create',
				name: 'Launch',
				members: '102, erin@partner.example, new.person@agency.example',
				options: { description: 'Go-live', public: true },
			});
			expect(result.error).toBeUndefined();
			expect(rc.emu.requestsFor('createGlipTeamNew')[0].body).toEqual({
				name: 'Launch',
				description: 'Go-live',
				public: true,
				members: [
					{ id: '102' },
					{ email: 'erin@partner.example' },
					{ email: 'new.person@agency.example' },
				],
			});
			expect(result.items[0].json).toMatchObject({
				type: 'Team',
				name: 'Launch',
				public: true,
				status: 'Active',
			});
			expect(memberIds(String(result.items[0].json.id))).toEqual([
				'101',
				'102',
				'900001',
				expect.any(String),
			]);
		});

		it.each([
			['an empty name from an expression', { name: '={{ "  " }}' }, 'Name: the text is empty'],
			[
				'a member that is neither an ID nor an email',
				{ name: 'x', members: 'Bob' },
				'Members: "Bob"',
			],
			['a name over 250 characters', { name: 'n'.repeat(251) }, 'more than the 250 allowed'],
		])('rejects %s before sending', async (_case, parameters, problem) => {
			const result = await run('team', { operation: 'create', ...parameters });
			expect(result.error).toBeInstanceOf(NodeOperationError);
			expect(result.error.message).toContain(problem);
			expect(rc.emu.requestsFor('createGlipTeamNew')).toHaveLength(0);
		});

		it('lists the teams of the user with Limit and Return All, gets and renames one', async () => {
			const limited = await run('team', { operation: 'getAll', returnAll: false, limit: 1 });
			expect(limited.items).toHaveLength(1);
			rc.emu.state.teamMessaging.maxRecordCount = 1;
			const all = await run('team', { operation: 'getAll', returnAll: true });
			expect(all.items.map((i) => i.json.name).sort()).toEqual([
				'Front Desk',
				'Project Apollo',
				'Support',
			]);
			expect(rc.emu.requestsFor('listGlipTeamsNew')).toHaveLength(4);

			const got = await run('team', { operation: 'get', team: rl('list', '1002') });
			expect(got.items[0].json).toMatchObject({ id: '1002', name: 'Support', public: false });
			const renamed = await run('team', {
				operation: 'update',
				team: rl('id', '1002'),
				updateFields: { name: 'Partner Support', public: true },
			});
			expect(rc.emu.requestsFor('patchGlipTeamNew')[0].body).toEqual({
				name: 'Partner Support',
				public: true,
			});
			expect(renamed.items[0].json).toMatchObject({ name: 'Partner Support', public: true });
			const nothing = await run('team', {
				operation: 'update',
				team: rl('id', '1002'),
				updateFields: {},
			});
			expect(nothing.error).toBeInstanceOf(NodeOperationError);
		});

		it('joins a public team and leaves it; a private team stays closed', async () => {
			const joined = await run('team', { operation: 'join', team: rl('id', '1003') });
			expect(joined.items[0].json).toEqual({ id: '1003', joined: true });
			expect(memberIds('1003')).toContain('101');
			const left = await run('team', { operation: 'leave', team: rl('id', '1003') });
			expect(left.items[0].json).toEqual({ id: '1003', left: true });
			expect(memberIds('1003')).not.toContain('101');
			const privateTeam = await run('team', { operation: 'join', team: rl('id', '1005') });
			expect(privateTeam.error).toBeInstanceOf(NodeApiError);
			expect(privateTeam.error.httpCode).toBe('404');
		});

		it('adds and removes members', async () => {
			const added = await run('team', {
				operation: 'addMembers',
				team: rl('id', '1002'),
				members: '102, lee@example.com',
			});
			expect(rc.emu.requestsFor('addGlipTeamMembersNew')[0].body).toEqual({
				members: [{ id: '102' }, { email: 'lee@example.com' }],
			});
			expect(added.items[0].json).toEqual({
				id: '1002',
				added: [{ id: '102' }, { email: 'lee@example.com' }],
			});
			expect(memberIds('1002')).toHaveLength(4);
			const removed = await run('team', {
				operation: 'removeMembers',
				team: rl('id', '1002'),
				members: '102',
			});
			expect(removed.items[0].json).toEqual({ id: '1002', removed: [{ id: '102' }] });
			expect(memberIds('1002')).not.toContain('102');
			const byEmail = await run('team', {
				operation: 'removeMembers',
				team: rl('id', '1002'),
				members: 'lee@example.com',
			});
			expect(byEmail.error).toBeInstanceOf(NodeOperationError);
			expect(byEmail.error.message).toContain('is not a person ID');
		});

		it('archives and unarchives a team; only its admin may', async () => {
			const archived = await run('team', { operation: 'archive', team: rl('id', '1001') });
			expect(archived.items[0].json).toEqual({ id: '1001', status: 'Archived' });
			expect(chat('1001').status).toBe('Archived');
			const restored = await run('team', { operation: 'unarchive', team: rl('id', '1001') });
			expect(restored.items[0].json).toEqual({ id: '1001', status: 'Active' });
			rc.credentials.patch('ringCentralJwtApi', {
				jwtToken: rc.emu.createJwt({ extensionId: '102' }),
				accessToken: '',
			});
			const notAdmin = await run('team', { operation: 'archive', team: rl('id', '1001') });
			expect(notAdmin.error).toBeInstanceOf(NodeApiError);
			expect(notAdmin.error.httpCode).toBe('403');
			expect(notAdmin.error.message).toContain('not Team Admin');
		});

		it('deletes a team', async () => {
			const result = await run('team', { operation: 'delete', team: rl('id', '1002') });
			expect(result.items).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
			expect(chat('1002')).toBeUndefined();
		});

		it('lists teams to pick, searchable by name', async () => {
			const search = (filter?: string) =>
				loadOptions({
					nodeType: new RingCentralTeamMessaging(),
					methodName: 'searchTeams',
					kind: 'listSearch',
					filter,
					parameters: { authentication: 'jwt', resource: 'team', operation: 'get' },
					credentials: rc.credentials,
				});
			expect((await search()).results.map((r: { name: string }) => r.name)).toEqual([
				'Front Desk',
				'Project Apollo (archived)',
				'Support',
			]);
			expect((await search('sup')).results).toEqual([
				{ name: 'Support', value: '1002', url: 'https://app.ringcentral.com/messages/1002' },
			]);
		});
	});

	describe('Conversations', () => {
		it('opens the existing direct conversation with one person, and a new group with several', async () => {
			const direct = await run('conversation', { operation: 'create', members: '102' });
			expect(direct.items[0].json).toMatchObject({ id: '3001', type: 'Direct' });
			const group = await run('conversation', {
				operation: 'create',
				members: '102, 103@example.com, erin@partner.example',
			});
			expect(group.error).toBeUndefined();
			expect(rc.emu.requestsFor('createGlipConversationNew')[1].body).toEqual({
				members: [{ id: '102' }, { email: '103@example.com' }, { email: 'erin@partner.example' }],
			});
			expect(group.items[0].json).toMatchObject({
				type: 'Group',
				members: expect.arrayContaining([{ id: '101' }, { id: '102' }, { id: '900001' }]),
			});
		});

		it('rejects more than 15 people, or nobody, before sending', async () => {
			for (const members of [
				Array.from({ length: 16 }, (_v, i) => String(200 + i)).join(','),
				' ',
			]) {
				const result = await run('conversation', { operation: 'create', members });
				expect(result.error).toBeInstanceOf(NodeOperationError);
			}
			expect(rc.emu.requestsFor('createGlipConversationNew')).toHaveLength(0);
		});
	});
});
