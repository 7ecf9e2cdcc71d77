/**
 * Every hand-written Team Messaging operation once, through the engine against the stateful emulator
 * (which checks each request against RingCentral's spec): none is left out, none sends an invalid request.
 */
import type { IDataObject } from 'n8n-workflow';

import { teamMessagingSpecOverrides } from '../../nodes/TeamMessaging/specOverrides';
import { RingCentralTeamMessaging } from '../../nodes/TeamMessaging/RingCentralTeamMessaging.node';
import { binaryItem, runNode } from '../harness';
import { rl } from '../support/locator';
import { useEmulator } from '../support/ringcentral';

const CHAT = rl('list', '1001');

describe('RingCentral Team Messaging: every hand-written operation against the spec-validating emulator', () => {
	const rc = useEmulator();

	it('sends spec-valid requests and returns items for each', async () => {
		const tm = rc.emu.state.teamMessaging as {
			posts: Array<{ id: string; creatorId: string; groupId: string }>;
			tasks: Array<{ id: string }>;
			notes: Array<{ id: string; status: string }>;
			events: Array<{ id: string }>;
			webhooks: Array<{ id: string }>;
		};
		const myPost = tm.posts.find((p) => p.creatorId === '101' && p.groupId === '1001') as {
			id: string;
		};
		const file = binaryItem(Buffer.from('hello'), 'text/plain', 'hello.txt');
		const last = new Map<string, IDataObject>();
		const id = (key: string) => String(last.get(key)?.id);
		const cases: Array<[string, string, IDataObject | (() => IDataObject), Array<typeof file>?]> = [
			[
				'post',
				'create',
				{
					chat: CHAT,
					text: 'Contract',
					options: {
						attachmentFields: 'data',
						mentions: '102',
						mentionTeam: true,
						parentPostId: myPost.id,
					},
				},
				[file],
			],
			['post', 'getAll', { chat: CHAT, returnAll: false, limit: 2 }],
			['post', 'get', { chat: CHAT, postId: myPost.id }],
			['post', 'update', { chat: CHAT, postId: myPost.id, text: 'Edited' }],
			['post', 'delete', { chat: CHAT, postId: myPost.id }],
			['file', 'upload', { binaryFields: 'data', chat: CHAT }, [file]],
			['chat', 'getAll', { returnAll: true, filters: { type: ['Team', 'Direct'] } }],
			['chat', 'get', { chat: CHAT }],
			['chat', 'favorite', { chat: rl('id', '3001') }],
			['chat', 'unfavorite', { chat: rl('id', '3001') }],
			[
				'team',
				'create',
				{
					name: 'Contract team',
					members: '102, guest@example.com',
					options: { public: true, description: 'x' },
				},
			],
			['team', 'getAll', { returnAll: true }],
			['team', 'get', () => ({ team: rl('id', id('team.create')) })],
			[
				'team',
				'update',
				() => ({
					team: rl('id', id('team.create')),
					updateFields: { name: 'Contract team 2', description: 'y', public: false },
				}),
			],
			[
				'team',
				'addMembers',
				() => ({ team: rl('id', id('team.create')), members: '104@example.com' }),
			],
			['team', 'removeMembers', () => ({ team: rl('id', id('team.create')), members: '102' })],
			['team', 'archive', () => ({ team: rl('id', id('team.create')) })],
			['team', 'unarchive', () => ({ team: rl('id', id('team.create')) })],
			['team', 'join', { team: rl('id', '1003') }],
			['team', 'leave', { team: rl('id', '1003') }],
			['team', 'delete', () => ({ team: rl('id', id('team.create')) })],
			['conversation', 'create', { members: '102, 900001' }],
			[
				'task',
				'create',
				{
					chat: CHAT,
					subject: 'Contract',
					assignees: '101',
					options: {
						color: 'Blue',
						completenessCondition: 'Simple',
						description: 'd',
						dueDate: '2030-01-02T00:00:00',
						section: 's',
						startDate: '2030-01-01T00:00:00',
					},
				},
			],
			[
				'task',
				'getAll',
				{
					chat: CHAT,
					returnAll: true,
					filters: {
						status: ['Pending'],
						assigneeId: '101',
						creatorId: '101',
						assignmentStatus: 'Assigned',
						creationTimeFrom: '2020-01-01T00:00:00',
						creationTimeTo: '2040-01-01T00:00:00',
					},
				},
			],
			['task', 'get', () => ({ taskId: id('task.create') })],
			[
				'task',
				'update',
				() => ({
					taskId: id('task.create'),
					updateFields: { subject: 'Contract 2', assignees: '102', color: 'Red' },
				}),
			],
			['task', 'complete', () => ({ taskId: id('task.create'), options: { status: 'Complete' } })],
			['task', 'delete', () => ({ taskId: id('task.create') })],
			['note', 'create', { chat: CHAT, title: 'Contract', body: '<p>x</p>', publish: false }],
			[
				'note',
				'getAll',
				{
					chat: CHAT,
					returnAll: true,
					filters: { status: 'Draft', creatorId: '101', creationTimeFrom: '2020-01-01T00:00:00' },
				},
			],
			['note', 'get', () => ({ noteId: id('note.create') })],
			[
				'note',
				'update',
				() => ({
					noteId: id('note.create'),
					updateFields: { body: '<p>y</p>', releaseLock: true },
				}),
			],
			['note', 'publish', () => ({ noteId: id('note.create') })],
			['note', 'delete', () => ({ noteId: id('note.create') })],
			[
				'calendarEvent',
				'create',
				{
					title: 'Contract',
					startTime: '2030-01-01T10:00:00',
					endTime: '2030-01-01T11:00:00',
					chat: CHAT,
					options: {
						schedule: 'Week',
						endingOn: '2030-03-01T00:00:00',
						allDay: false,
						location: 'HQ',
					},
				},
			],
			['calendarEvent', 'getAll', { returnAll: true }],
			['calendarEvent', 'get', () => ({ eventId: id('calendarEvent.create') })],
			[
				'calendarEvent',
				'update',
				() => ({
					eventId: id('calendarEvent.create'),
					updateFields: { title: 'Contract 2', description: 'z' },
				}),
			],
			['calendarEvent', 'delete', () => ({ eventId: id('calendarEvent.create') })],
			['adaptiveCard', 'create', { chat: CHAT }],
			['adaptiveCard', 'get', () => ({ cardId: id('adaptiveCard.create') })],
			[
				'adaptiveCard',
				'update',
				() => ({
					cardId: id('adaptiveCard.create'),
					card: '{"body": [{"type": "Container", "items": [{"type": "TextBlock", "text": "v2"}]}]}',
				}),
			],
			['adaptiveCard', 'delete', () => ({ cardId: id('adaptiveCard.create') })],
			['webhook', 'create', { chat: CHAT }],
			['webhook', 'getAll', {}],
			['webhook', 'get', () => ({ webhookId: id('webhook.create') })],
			['webhook', 'suspend', () => ({ webhookId: id('webhook.create') })],
			['webhook', 'activate', () => ({ webhookId: id('webhook.create') })],
			['webhook', 'delete', () => ({ webhookId: id('webhook.create') })],
		];
		const exercised = new Set<string>();
		const failures: IDataObject[] = [];
		for (const [resource, operation, parameters, items] of cases) {
			const result = await runNode({
				nodeType: new RingCentralTeamMessaging(),
				parameters: {
					authentication: 'jwt',
					resource,
					operation,
					...(typeof parameters === 'function' ? parameters() : parameters),
				},
				credentials: rc.credentials,
				items,
			});
			if (result.error || result.items.length === 0)
				failures.push({ operation: `${resource}.${operation}`, error: result.error?.message });
			else {
				exercised.add(`${resource}.${operation}`);
				last.set(`${resource}.${operation}`, result.items[0].json);
			}
		}
		expect(failures).toEqual([]);
		const all = Object.entries(teamMessagingSpecOverrides).flatMap(([resource, ops]) =>
			Object.keys(ops).map((operation) => `${resource}.${operation}`),
		);
		expect(all.filter((op) => !exercised.has(op))).toEqual([]);
		expect(rc.emu.requestsFor('createEventByGroupIdNew')).toHaveLength(1);
	}, 120_000);
});
