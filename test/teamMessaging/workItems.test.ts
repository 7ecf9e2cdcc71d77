import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { RingCentralTeamMessaging } from '../../nodes/TeamMessaging/RingCentralTeamMessaging.node';
import { runNode } from '../harness';
import { rl } from '../support/locator';
import { useEmulator } from '../support/ringcentral';

type Task = {
	id: string;
	subject: string;
	status: string;
	assignees: Array<{ id: string; status: string }>;
	completenessCondition: string;
	chatIds: string[];
};
type Note = { id: string; title: string; status: string; _body: string };
type Event = {
	id: string;
	title: string;
	startTime: string;
	endTime: string;
	location?: string;
	_chatId?: string;
};

const FRONT_DESK = rl('list', '1001');

describe('RingCentral Team Messaging: tasks, notes, calendar events, adaptive cards, incoming webhooks', () => {
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
	const tm = () =>
		rc.emu.state.teamMessaging as {
			tasks: Task[];
			notes: Note[];
			events: Event[];
			cards: IDataObject[];
			webhooks: IDataObject[];
		};
	const task = (subject: string) => tm().tasks.find((t) => t.subject === subject) as Task;

	describe('Tasks', () => {
		it('creates a task with assignees, dates (sent in UTC) and options', async () => {
			const result = await run(
				'task',
				{
					operation: 'create',
					chat: FRONT_DESK,
					subject: 'Prepare the Acme quote',
					assignees: '101, 102',
					options: {
						color: 'Red',
						completenessCondition: 'AllAssignees',
						description: 'Use the 2025 price list',
						dueDate: '2030-05-02T17:00:00',
						section: 'Sales',
						startDate: '2030-05-01T09:00:00',
					},
				},
				undefined,
				{},
			);
			expect(result.error).toBeUndefined();
			const [request] = rc.emu.requestsFor('createTaskNew');
			expect(request.path).toBe('/team-messaging/v1/chats/1001/tasks');
			expect(request.body).toEqual({
				subject: 'Prepare the Acme quote',
				assignees: [{ id: '101' }, { id: '102' }],
				color: 'Red',
				completenessCondition: 'AllAssignees',
				description: 'Use the 2025 price list',
				section: 'Sales',
				startDate: expect.stringMatching(/^2030-05-01T\d{2}:00:00\.000Z$/),
				dueDate: expect.stringMatching(/^2030-05-02T\d{2}:00:00\.000Z$/),
			});
			expect(result.items[0].json).toMatchObject({
				subject: 'Prepare the Acme quote',
				status: 'Pending',
				chatIds: ['1001'],
			});
		});

		it.each([
			['a subject over 250 characters', { subject: 's'.repeat(251) }, 'Subject'],
			[
				'an assignee that is not a person ID',
				{ subject: 'x', assignees: 'bob@example.com' },
				'Assignees',
			],
			[
				'a due date before the start date',
				{
					subject: 'x',
					options: { startDate: '2030-05-02T09:00:00', dueDate: '2030-05-01T09:00:00' },
				},
				'Due Date',
			],
			[
				'a date that is not a date',
				{ subject: 'x', options: { dueDate: '={{ "tomorrow-ish" }}' } },
				'Due Date',
			],
		])('rejects %s before sending', async (_case, parameters, field) => {
			const result = await run('task', { operation: 'create', chat: FRONT_DESK, ...parameters });
			expect(result.error).toBeInstanceOf(NodeOperationError);
			expect(result.error.message).toContain(field);
			expect(rc.emu.requestsFor('createTaskNew')).toHaveLength(0);
		});

		it('completes a task and returns it as it now is; reopens it', async () => {
			const callBack = task('Call back Jane Customer');
			const done = await run('task', { operation: 'complete', taskId: callBack.id });
			expect(rc.emu.requestsFor('completeTaskNew')[0].body).toEqual({ status: 'Complete' });
			expect(done.items[0].json).toMatchObject({
				id: callBack.id,
				status: 'Completed',
				assignees: [{ id: '101', status: 'Completed' }],
			});
			const reopened = await run('task', {
				operation: 'complete',
				taskId: callBack.id,
				options: { status: 'Incomplete' },
			});
			expect(reopened.items[0].json.status).toBe('Pending');
		});

		it("completes one assignee's part of a task that needs everyone", async () => {
			const toner = task('Order toner');
			const result = await run('task', {
				operation: 'complete',
				taskId: toner.id,
				options: { assignees: '101' },
			});
			expect(rc.emu.requestsFor('completeTaskNew')[0].body).toEqual({
				status: 'Complete',
				assignees: [{ id: '101' }],
			});
			expect(result.items[0].json).toMatchObject({
				status: 'InProgress',
				assignees: [
					{ id: '101', status: 'Completed' },
					{ id: '102', status: 'Pending' },
				],
			});
		});

		it('updates only the chosen fields, gets and deletes a task', async () => {
			const callBack = task('Call back Jane Customer');
			const updated = await run('task', {
				operation: 'update',
				taskId: callBack.id,
				updateFields: { subject: 'Call back Jane today', assignees: '102' },
			});
			expect(rc.emu.requestsFor('patchTaskNew')[0].body).toEqual({
				subject: 'Call back Jane today',
				assignees: [{ id: '102' }],
			});
			expect(updated.items).toHaveLength(1);
			expect(updated.items[0].json).toMatchObject({
				id: callBack.id,
				subject: 'Call back Jane today',
				assignees: [{ id: '102', status: 'Pending' }],
			});
			const got = await run('task', { operation: 'get', taskId: callBack.id });
			expect(got.items[0].json.subject).toBe('Call back Jane today');
			const deleted = await run('task', { operation: 'delete', taskId: callBack.id });
			expect(deleted.items[0].json).toEqual({ deleted: true });
			const gone = await run('task', { operation: 'get', taskId: callBack.id });
			expect(gone.error).toBeInstanceOf(NodeApiError);
			expect(gone.error.httpCode).toBe('404');
		});

		it('lists the tasks of a chat with filters sent as RingCentral expects', async () => {
			const all = await run('task', { operation: 'getAll', chat: FRONT_DESK, returnAll: true });
			expect(all.items.map((i) => i.json.subject)).toEqual([
				'Call back Jane Customer',
				'Order toner',
			]);
			const filtered = await run('task', {
				operation: 'getAll',
				chat: FRONT_DESK,
				returnAll: true,
				filters: {
					status: ['Pending', 'InProgress'],
					assigneeId: '102',
					assignmentStatus: 'Assigned',
				},
			});
			expect(filtered.items.map((i) => i.json.subject)).toEqual(['Order toner']);
			expect(rc.emu.requestsFor('listChatTasksNew')[1].query).toMatchObject({
				status: 'Pending,InProgress',
				assigneeId: '102',
				assignmentStatus: 'Assigned',
			});
		});
	});

	describe('Notes', () => {
		it('creates a note and publishes it, or keeps it as a draft', async () => {
			const published = await run('note', {
				operation: 'create',
				chat: FRONT_DESK,
				title: 'Parking',
				body: '<p>Use level 2</p>',
			});
			expect(published.error).toBeUndefined();
			expect(rc.emu.requestsFor('createChatNoteNew')[0].body).toEqual({
				title: 'Parking',
				body: '<p>Use level 2</p>',
			});
			expect(rc.emu.requestsFor('publishNoteNew')).toHaveLength(1);
			expect(published.items[0].json).toMatchObject({
				title: 'Parking',
				status: 'Active',
				preview: 'Use level 2',
			});
			const draft = await run('note', {
				operation: 'create',
				chat: FRONT_DESK,
				title: 'Idea',
				publish: false,
			});
			expect(draft.items[0].json.status).toBe('Draft');
			expect(rc.emu.requestsFor('publishNoteNew')).toHaveLength(1);
		});

		it('updates the body only (keeping the title), gets the full note, publishes and deletes it', async () => {
			const draft = tm().notes.find((n) => n.status === 'Draft') as Note;
			const updated = await run('note', {
				operation: 'update',
				noteId: draft.id,
				updateFields: { body: '<p>Dec 24–26 closed</p>', releaseLock: true },
			});
			const [patch] = rc.emu.requestsFor('patchNoteNew');
			expect(patch.body).toEqual({ title: 'Draft: holiday plan', body: '<p>Dec 24–26 closed</p>' });
			expect(patch.query).toEqual({ releaseLock: 'true' });
			expect(updated.items[0].json.preview).toBe('Dec 24–26 closed');
			const got = await run('note', { operation: 'get', noteId: draft.id });
			expect(got.items[0].json).toMatchObject({ body: '<p>Dec 24–26 closed</p>' });
			const published = await run('note', { operation: 'publish', noteId: draft.id });
			expect(published.items[0].json.status).toBe('Active');
			const deleted = await run('note', { operation: 'delete', noteId: draft.id });
			expect(deleted.items[0].json).toEqual({ deleted: true });
			const nothing = await run('note', {
				operation: 'update',
				noteId: draft.id,
				updateFields: {},
			});
			expect(nothing.error).toBeInstanceOf(NodeOperationError);
		});

		it('lists the notes of a chat, by status', async () => {
			const drafts = await run('note', {
				operation: 'getAll',
				chat: FRONT_DESK,
				returnAll: true,
				filters: { status: 'Draft' },
			});
			expect(drafts.items.map((i) => i.json.title)).toEqual(['Draft: holiday plan']);
			const all = await run('note', {
				operation: 'getAll',
				chat: FRONT_DESK,
				returnAll: false,
				limit: 5,
			});
			expect(all.items).toHaveLength(2);
		});
	});

	describe('Calendar events', () => {
		it("creates an event in the user's calendar, or in a chat's, with a repeat rule", async () => {
			const mine = await run('calendarEvent', {
				operation: 'create',
				title: 'Dentist',
				startTime: '2030-03-01T10:00:00',
				endTime: '2030-03-01T11:00:00',
				options: { location: 'Main St' },
			});
			expect(mine.error).toBeUndefined();
			expect(rc.emu.requestsFor('createEventNew')[0].body).toMatchObject({
				title: 'Dentist',
				location: 'Main St',
				startTime: expect.stringMatching(/Z$/),
			});
			const team = await run('calendarEvent', {
				operation: 'create',
				title: 'Stand-up',
				startTime: '2030-03-02T09:00:00',
				endTime: '2030-03-02T09:15:00',
				chat: FRONT_DESK,
				options: { schedule: 'Weekday', endingAfter: 10, color: 'Green' },
			});
			const [request] = rc.emu.requestsFor('createEventByGroupIdNew');
			expect(request.path).toBe('/team-messaging/v1/groups/1001/events');
			expect(request.body).toMatchObject({
				color: 'Green',
				recurrence: { schedule: 'Weekday', endingCondition: 'Count', endingAfter: 10 },
			});
			expect(team.items[0].json).toMatchObject({
				title: 'Stand-up',
				recurrence: { schedule: 'Weekday' },
			});
		});

		it.each([
			[
				'an end before the start',
				{ startTime: '2030-03-01T11:00:00', endTime: '2030-03-01T10:00:00' },
				'End',
			],
			[
				'both repeat times and repeat until',
				{
					startTime: '2030-03-01T10:00:00',
					endTime: '2030-03-01T11:00:00',
					options: { schedule: 'Day', endingAfter: 3, endingOn: '2030-04-01T00:00:00' },
				},
				'Repeat Until',
			],
		])('rejects %s before sending', async (_case, parameters, field) => {
			const result = await run('calendarEvent', { operation: 'create', title: 'x', ...parameters });
			expect(result.error).toBeInstanceOf(NodeOperationError);
			expect(result.error.message).toContain(field);
			expect(rc.emu.requestsFor('createEventNew')).toHaveLength(0);
		});

		it('updates only the chosen fields although RingCentral replaces the whole event', async () => {
			const lunch = tm().events[0];
			const result = await run('calendarEvent', {
				operation: 'update',
				eventId: lunch.id,
				updateFields: { title: 'Team lunch (moved)' },
			});
			expect(result.error).toBeUndefined();
			expect(rc.emu.requestsFor('readEventNew')).toHaveLength(1);
			expect(rc.emu.requestsFor('updateEventNew')[0].body).toMatchObject({
				title: 'Team lunch (moved)',
				location: 'Cafe',
				startTime: lunch.startTime,
				endTime: lunch.endTime,
			});
			expect(result.items[0].json).toMatchObject({ title: 'Team lunch (moved)', location: 'Cafe' });
		});

		it('lists, gets and deletes events', async () => {
			const all = await run('calendarEvent', { operation: 'getAll', returnAll: true });
			expect(all.items.map((i) => i.json.title)).toEqual(['Team lunch']);
			const id = String(all.items[0].json.id);
			expect(
				(await run('calendarEvent', { operation: 'get', eventId: id })).items[0].json.title,
			).toBe('Team lunch');
			expect(
				(await run('calendarEvent', { operation: 'delete', eventId: id })).items[0].json,
			).toEqual({ deleted: true });
			const gone = await run('calendarEvent', { operation: 'get', eventId: id });
			expect(gone.error.httpCode).toBe('404');
		});
	});

	describe('Adaptive cards', () => {
		const card = {
			body: [{ type: 'Container', items: [{ type: 'TextBlock', text: 'New order #1001' }] }],
			actions: [{ type: 'Action.OpenUrl', title: 'Open', url: 'https://example.com/orders/1001' }],
		};

		it('posts a card, filling in type and version; updates, gets and deletes it', async () => {
			const created = await run('adaptiveCard', {
				operation: 'create',
				chat: FRONT_DESK,
				card: JSON.stringify(card),
			});
			expect(created.error).toBeUndefined();
			expect(rc.emu.requestsFor('createGlipAdaptiveCardNew')[0].body).toEqual({
				...card,
				type: 'AdaptiveCard',
				version: '1.3',
			});
			const id = String(created.items[0].json.id);
			expect(created.items[0].json).toMatchObject({ type: 'AdaptiveCard', chatIds: ['1001'] });
			const changed = {
				...card,
				body: [{ type: 'Container', items: [{ type: 'TextBlock', text: 'Order #1001 shipped' }] }],
				version: '1.4',
			};
			await run('adaptiveCard', { operation: 'update', cardId: id, card: JSON.stringify(changed) });
			const got = await run('adaptiveCard', { operation: 'get', cardId: id });
			expect(got.items[0].json).toMatchObject({
				version: '1.4',
				body: [{ items: [{ text: 'Order #1001 shipped' }] }],
			});
			expect(
				(await run('adaptiveCard', { operation: 'delete', cardId: id })).items[0].json,
			).toEqual({ deleted: true });
		});

		it("posts the field's example card as it is", async () => {
			const result = await run('adaptiveCard', { operation: 'create', chat: FRONT_DESK });
			expect(result.error).toBeUndefined();
			expect(rc.emu.requestsFor('createGlipAdaptiveCardNew')[0].body).toMatchObject({
				type: 'AdaptiveCard',
				version: '1.3',
				body: [{ type: 'Container' }],
			});
		});

		it.each([
			['JSON that does not parse', '{"body": [', 'not valid JSON'],
			['a JSON array', '[]', 'not a JSON object'],
			[
				'a card without body or actions',
				'{"type": "AdaptiveCard"}',
				'neither "body" nor "actions"',
			],
			['another kind of card', '{"type": "MessageCard", "body": []}', '"type" is "MessageCard"'],
		])('rejects %s before sending', async (_case, json, problem) => {
			const result = await run('adaptiveCard', {
				operation: 'create',
				chat: FRONT_DESK,
				card: json,
			});
			expect(result.error).toBeInstanceOf(NodeOperationError);
			expect(result.error.message).toContain(problem);
			expect(rc.emu.requestsFor('createGlipAdaptiveCardNew')).toHaveLength(0);
		});
	});

	describe('Incoming webhooks', () => {
		it('creates a webhook for a chat and returns its URL; lists, suspends, activates, gets and deletes', async () => {
			const created = await run('webhook', { operation: 'create', chat: rl('id', '3001') });
			expect(created.items[0].json).toMatchObject({
				groupIds: ['3001'],
				status: 'Active',
				uri: expect.stringMatching(/^https:\/\/hooks\.ringcentral\.com\/webhook\/v2\//),
			});
			const id = String(created.items[0].json.id);

			const all = await run('webhook', { operation: 'getAll' });
			expect(all.items).toHaveLength(2);
			const ofChat = await run('webhook', { operation: 'getAll', chat: rl('id', '3001') });
			expect(ofChat.items.map((i) => i.json.id)).toEqual([id]);
			expect(rc.emu.requestsFor('listGlipGroupWebhooksNew')).toHaveLength(1);

			expect((await run('webhook', { operation: 'suspend', webhookId: id })).items[0].json).toEqual(
				{ id, status: 'Suspended' },
			);
			expect((await run('webhook', { operation: 'get', webhookId: id })).items[0].json.status).toBe(
				'Suspended',
			);
			expect(
				(await run('webhook', { operation: 'activate', webhookId: id })).items[0].json,
			).toEqual({ id, status: 'Active' });
			expect((await run('webhook', { operation: 'delete', webhookId: id })).items[0].json).toEqual({
				deleted: true,
			});
			const gone = await run('webhook', { operation: 'get', webhookId: id });
			expect(gone.error).toBeInstanceOf(NodeApiError);
			expect(gone.error.httpCode).toBe('404');
		});
	});
});
