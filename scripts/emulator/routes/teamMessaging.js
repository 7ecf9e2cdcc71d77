// @ts-check
'use strict';
/**
 * Team Messaging (/team-messaging/v1): chats, teams, conversations, posts (with threads and file
 * attachments), files, tasks, notes, calendar events, adaptive cards and incoming webhooks. The caller is
 * the person whose ID is the token's extension ID. Lists page with `recordCount` (default 30, at most 250,
 * and at most `state.teamMessaging.maxRecordCount`) and `pageToken`, next token in `navigation.nextPageToken`.
 */
const { ApiError, first, list, offsetPage } = require('../core/http');
const {
	addChat,
	addPost,
	taskRecord,
	noteRecord,
	eventRecord,
	webhookRecord,
	nextId,
} = require('../seed/teamMessaging');

/** @param {any} ctx */
const tm = (ctx) => ctx.state.teamMessaging;
/** @param {any} ctx */
const me = (ctx) => String(ctx.auth.extensionId);
const now = () => new Date().toISOString();
/** @param {any} chat @param {string} person */
const isMember = (chat, person) => chat.members.some((/** @type {any} */ m) => m.id === person);

/** @param {string} what @param {string} [name] @param {string} [value] */
const notFound = (what, name, value) =>
	new ApiError(404, 'CMN-102', `${what} not found`, { parameterName: name, parameterValue: value });
/** @param {string} message @param {string} [name] */
const invalid = (message, name) => new ApiError(400, 'CMN-101', message, { parameterName: name });
/** @param {string} message */
const forbidden = (message) => new ApiError(403, 'TMN-403', message);

/** @param {any} chat */
function chatView(chat) {
	return JSON.parse(
		JSON.stringify(Object.fromEntries(Object.entries(chat).filter(([k]) => !k.startsWith('_')))),
	);
}

/** @param {any} chat */
function teamView(chat) {
	const { members, ...team } = chatView(chat);
	return team;
}

/** One page: `pageToken` is the offset (base64url), `recordCount` capped. @param {any} ctx @param {any[]} all */
function tokenPage(ctx, all) {
	const count = Math.min(Number(first(ctx.query.recordCount) || 30), 250, tm(ctx).maxRecordCount);
	const page = offsetPage(ctx, all, count, {
		error: () => invalid('Parameter [pageToken] is invalid', 'pageToken'),
	});
	/** @type {Record<string, string>} */
	const navigation = {};
	if (page.next) navigation.nextPageToken = page.next;
	if (page.prev) navigation.prevPageToken = page.prev;
	return { records: page.records, navigation };
}

/** A chat the caller may see (member, or a public team); '~' is the personal chat. @param {any} ctx @param {string} id */
function visibleChat(ctx, id) {
	const person = me(ctx);
	const chat =
		id === '~'
			? tm(ctx).chats.find((/** @type {any} */ c) => c.type === 'Personal' && isMember(c, person))
			: tm(ctx).chats.find((/** @type {any} */ c) => c.id === id);
	if (!chat || !(isMember(chat, person) || (chat.type === 'Team' && chat.public)))
		throw notFound('Chat', 'chatId', id);
	return chat;
}

/** A chat the caller is a member of (to post, create tasks, notes...). @param {any} ctx @param {string} id */
function memberChat(ctx, id) {
	const chat = visibleChat(ctx, id);
	if (!isMember(chat, me(ctx))) throw forbidden('You are not a member of this chat');
	if (chat.status === 'Archived') throw forbidden('The team is archived');
	return chat;
}

/** @param {any} ctx @param {string} id */
function team(ctx, id) {
	const chat = tm(ctx).chats.find((/** @type {any} */ c) => c.id === id && c.type === 'Team');
	if (!chat || !(isMember(chat, me(ctx)) || chat.public)) throw notFound('Team', 'chatId', id);
	return chat;
}

/** People of a request: IDs must exist; an unknown email becomes a guest. @param {any} ctx @param {any[]} members */
function people(ctx, members) {
	return members.map((m) => {
		if (m.id !== undefined) {
			if (!tm(ctx).persons[String(m.id)])
				throw invalid(`Person [${m.id}] is not found`, 'members.id');
			return String(m.id);
		}
		const known = Object.values(tm(ctx).persons).find(
			(/** @type {any} */ p) => String(p.email).toLowerCase() === String(m.email).toLowerCase(),
		);
		if (known) return known.id;
		const id = nextId(ctx.state);
		const [firstName] = String(m.email).split('@');
		tm(ctx).persons[id] = {
			id,
			firstName,
			lastName: '(guest)',
			email: m.email,
			creationTime: now(),
			lastModifiedTime: now(),
		};
		return id;
	});
}

/** @param {any} ctx */
function post(ctx) {
	const chat = visibleChat(ctx, ctx.params.chatId);
	const found = tm(ctx).posts.find(
		(/** @type {any} */ p) => p.id === ctx.params.postId && p.groupId === chat.id,
	);
	if (!found) throw notFound('Post', 'postId', ctx.params.postId);
	return found;
}

/** @param {any} ctx @param {string} key @param {string} param @param {string} what */
function byId(ctx, key, param, what) {
	const found = tm(ctx)[key].find((/** @type {any} */ r) => r.id === ctx.params[param]);
	if (!found) throw notFound(what, param, ctx.params[param]);
	return found;
}

/** @param {any} note */
function noteView(note, withBody = false) {
	const { _body, ...out } = note;
	return withBody ? { ...out, body: _body } : out;
}

/** @param {any} event */
function eventView(event) {
	const { _chatId, ...out } = event;
	return out;
}

/** @param {any} ctx @param {any} body */
function checkEvent(ctx, body) {
	if (Date.parse(body.endTime) < Date.parse(body.startTime))
		throw invalid('Event end time is before its start time', 'endTime');
	const r = body.recurrence;
	if (r && r.endingCondition === 'Count' && !(r.endingAfter >= 1 && r.endingAfter <= 10))
		throw invalid('Parameter [endingAfter] must be 1 - 10', 'recurrence.endingAfter');
}

const newestFirst = (/** @type {any} */ a, /** @type {any} */ b) =>
	Date.parse(b.creationTime) - Date.parse(a.creationTime) || Number(b.id) - Number(a.id);

/** @type {Record<string, import('./index').Handler>} */
const handlers = {
	// Chats
	listGlipChatsNew: (ctx) => {
		const types = list(ctx.query.type);
		const chats = tm(ctx)
			.chats.filter(
				(/** @type {any} */ c) => isMember(c, me(ctx)) && (!types.length || types.includes(c.type)),
			)
			.sort(
				(/** @type {any} */ a, /** @type {any} */ b) =>
					Date.parse(b.lastModifiedTime) - Date.parse(a.lastModifiedTime),
			)
			.map(chatView);
		return { body: tokenPage(ctx, chats) };
	},
	readGlipChatNew: (ctx) => ({ body: chatView(visibleChat(ctx, ctx.params.chatId)) }),
	favoriteGlipChatNew: (ctx) => {
		const chat = visibleChat(ctx, ctx.params.chatId);
		if (!isMember(chat, me(ctx))) throw forbidden('User is not member of chat');
		const favorites = (tm(ctx).favorites[me(ctx)] = tm(ctx).favorites[me(ctx)] || []);
		if (!favorites.includes(chat.id)) favorites.push(chat.id);
		return { status: 204 };
	},
	unfavoriteGlipChatNew: (ctx) => {
		const chat = visibleChat(ctx, ctx.params.chatId);
		tm(ctx).favorites[me(ctx)] = (tm(ctx).favorites[me(ctx)] || []).filter(
			(/** @type {string} */ id) => id !== chat.id,
		);
		return { status: 204 };
	},
	listFavoriteChatsNew: (ctx) => ({
		body: {
			records: (tm(ctx).favorites[me(ctx)] || [])
				.map((/** @type {string} */ id) =>
					tm(ctx).chats.find((/** @type {any} */ c) => c.id === id),
				)
				.filter(Boolean)
				.map(chatView),
		},
	}),

	// Teams
	listGlipTeamsNew: (ctx) => {
		const teams = tm(ctx)
			.chats.filter((/** @type {any} */ c) => c.type === 'Team' && isMember(c, me(ctx)))
			.sort(newestFirst)
			.map(teamView);
		return { body: tokenPage(ctx, teams) };
	},
	createGlipTeamNew: (ctx) => {
		const body = ctx.body;
		if (!String(body.name).trim()) throw invalid('Team name is empty', 'name');
		if (
			tm(ctx).chats.some(
				(/** @type {any} */ c) =>
					c.type === 'Team' && c.name === body.name && c.status === 'Active',
			)
		)
			throw invalid(`A team named "${body.name}" already exists`, 'name');
		const members = [me(ctx), ...people(ctx, body.members || [])];
		const created = addChat(ctx.state, {
			type: 'Team',
			name: body.name,
			description: body.description,
			public: body.public,
			members: [...new Set(members)],
		});
		return { status: 201, body: teamView(created) };
	},
	readGlipTeamNew: (ctx) => ({ body: teamView(team(ctx, ctx.params.chatId)) }),
	patchGlipTeamNew: (ctx) => {
		const chat = team(ctx, ctx.params.chatId);
		if (!isMember(chat, me(ctx)) || chat.status !== 'Active')
			throw forbidden('User is not Team Admin or Team is not active');
		for (const key of ['name', 'description', 'public'])
			if (ctx.body[key] !== undefined) chat[key] = ctx.body[key];
		chat.lastModifiedTime = now();
		return { body: teamView(chat) };
	},
	deleteGlipTeamNew: (ctx) => {
		const chat = team(ctx, ctx.params.chatId);
		if (!chat._admins.includes(me(ctx))) throw forbidden('User is not Team Admin');
		tm(ctx).chats.splice(tm(ctx).chats.indexOf(chat), 1);
		tm(ctx).posts = tm(ctx).posts.filter((/** @type {any} */ p) => p.groupId !== chat.id);
		return { status: 204 };
	},
	joinGlipTeamNew: (ctx) => {
		const chat = team(ctx, ctx.params.chatId);
		if (!chat.public || chat.status !== 'Active')
			throw forbidden('Team status is not Active or Team is not public');
		if (!isMember(chat, me(ctx))) chat.members.push({ id: me(ctx) });
		return { status: 204 };
	},
	leaveGlipTeamNew: (ctx) => {
		const chat = team(ctx, ctx.params.chatId);
		if (chat.status !== 'Active') throw forbidden('Team status is not Active');
		chat.members = chat.members.filter((/** @type {any} */ m) => m.id !== me(ctx));
		return { status: 204 };
	},
	addGlipTeamMembersNew: (ctx) => {
		const chat = team(ctx, ctx.params.chatId);
		if (!isMember(chat, me(ctx))) throw forbidden('User is not Team Admin');
		for (const id of people(ctx, ctx.body.members))
			if (!isMember(chat, id)) chat.members.push({ id });
		return { status: 204 };
	},
	removeGlipTeamMembersNew: (ctx) => {
		const chat = team(ctx, ctx.params.chatId);
		if (!chat._admins.includes(me(ctx))) throw forbidden('User is not Team Admin');
		const ids = ctx.body.members.map((/** @type {any} */ m) => String(m.id));
		chat.members = chat.members.filter((/** @type {any} */ m) => !ids.includes(m.id));
		return { status: 204 };
	},
	archiveGlipTeamNew: (ctx) => {
		const chat = team(ctx, ctx.params.chatId);
		if (!chat._admins.includes(me(ctx))) throw forbidden('User is not Team Admin');
		chat.status = 'Archived';
		return { status: 204 };
	},
	unarchiveGlipTeamNew: (ctx) => {
		const chat = team(ctx, ctx.params.chatId);
		if (!chat._admins.includes(me(ctx))) throw forbidden('User is not Team Admin');
		chat.status = 'Active';
		return { status: 204 };
	},

	// Conversations: the same people always get the same conversation.
	createGlipConversationNew: (ctx) => {
		const members = [...new Set([me(ctx), ...people(ctx, ctx.body.members || [])])];
		if (members.length > 16)
			throw invalid('A conversation has at most 15 members besides you', 'members');
		const type = members.length === 1 ? 'Personal' : members.length === 2 ? 'Direct' : 'Group';
		const key = [...members].sort().join(',');
		const existing = tm(ctx).chats.find(
			(/** @type {any} */ c) =>
				c.type === type &&
				c.members
					.map((/** @type {any} */ m) => m.id)
					.sort()
					.join(',') === key,
		);
		const chat = existing || addChat(ctx.state, { type, members });
		return { status: existing ? 200 : 201, body: chatView(chat) };
	},

	// Posts and files
	readGlipPostsNew: (ctx) => {
		const chat = visibleChat(ctx, ctx.params.chatId);
		return {
			body: tokenPage(
				ctx,
				tm(ctx)
					.posts.filter((/** @type {any} */ p) => p.groupId === chat.id)
					.sort(newestFirst),
			),
		};
	},
	readGlipPostNew: (ctx) => ({ body: post(ctx) }),
	createGlipPostNew: (ctx) => {
		const chat = memberChat(ctx, ctx.params.chatId);
		const body = ctx.body || {};
		if (!body.text && !(body.attachments || []).length)
			throw invalid('A post needs a text or attachments', 'text');
		if (String(body.text || '').length > 10000)
			throw invalid('Parameter [text] is longer than 10000 characters', 'text');
		if ((body.attachments || []).length > 25)
			throw invalid('A post has at most 25 attachments', 'attachments');
		for (const a of body.attachments || [])
			if (a.type === 'File' && !tm(ctx).files[a.id])
				throw invalid(`Attachment [${a.id}] is not found`, 'attachments.id');
		if (
			body.parentPostId &&
			!tm(ctx).posts.some(
				(/** @type {any} */ p) => p.id === String(body.parentPostId) && p.groupId === chat.id,
			)
		) {
			throw invalid(`Post [${body.parentPostId}] is not a post of this chat`, 'parentPostId');
		}
		return { status: 201, body: addPost(ctx.state, chat.id, me(ctx), body) };
	},
	patchGlipPostNew: (ctx) => {
		const found = post(ctx);
		if (found.creatorId !== me(ctx))
			throw forbidden('Requestor has no permissions to do this action');
		if (String(ctx.body.text || '').length > 10000)
			throw invalid('Parameter [text] is longer than 10000 characters', 'text');
		Object.assign(found, { text: ctx.body.text, lastModifiedTime: now() });
		return { body: found };
	},
	deleteGlipPostNew: (ctx) => {
		const found = post(ctx);
		if (found.creatorId !== me(ctx))
			throw forbidden('Requestor has no permissions to do this action');
		tm(ctx).posts.splice(tm(ctx).posts.indexOf(found), 1);
		return { status: 204 };
	},
	createGlipFileNew: (ctx) => {
		const files = (ctx.multipart && ctx.multipart.files) || [];
		if (!files.length) throw invalid('No file in the request', 'body');
		const groupId = first(ctx.query.groupId);
		if (groupId !== undefined) memberChat(ctx, String(groupId));
		const answer = files.map((/** @type {any} */ f, /** @type {number} */ i) => {
			const id = nextId(ctx.state);
			const name = (i === 0 && first(ctx.query.name)) || f.filename || `file-${id}`;
			const file = {
				id,
				name,
				contentUri: `${tm(ctx).baseUrl}/team-messaging/files/${id}/${encodeURIComponent(name)}`,
				_data: f.data,
				_contentType: f.contentType,
				_groupId: groupId,
			};
			tm(ctx).files[id] = file;
			return { id, contentUri: file.contentUri, name };
		});
		return { body: answer };
	},

	// Tasks
	listChatTasksNew: (ctx) => {
		const chat = visibleChat(ctx, ctx.params.chatId);
		const q = ctx.query;
		const statuses = list(q.status);
		const assignees = list(q.assigneeId);
		const creators = list(q.creatorId);
		const from = q.creationTimeFrom ? Date.parse(first(q.creationTimeFrom)) : -Infinity;
		const to =
			q.creationTimeTo && first(q.creationTimeTo) !== 'now'
				? Date.parse(first(q.creationTimeTo))
				: Infinity;
		const tasks = tm(ctx)
			.tasks.filter((/** @type {any} */ t) => t.chatIds.includes(chat.id))
			.filter((/** @type {any} */ t) => !statuses.length || statuses.includes(t.status))
			.filter(
				(/** @type {any} */ t) =>
					!assignees.length || t.assignees.some((/** @type {any} */ a) => assignees.includes(a.id)),
			)
			.filter((/** @type {any} */ t) => !creators.length || creators.includes(t.creator.id))
			.filter(
				(/** @type {any} */ t) =>
					!first(q.assignmentStatus) ||
					(first(q.assignmentStatus) === 'Assigned') === t.assignees.length > 0,
			)
			.filter(
				(/** @type {any} */ t) =>
					Date.parse(t.creationTime) >= from && Date.parse(t.creationTime) <= to,
			)
			.sort(newestFirst);
		return { body: tokenPage(ctx, tasks) };
	},
	createTaskNew: (ctx) => {
		const chat = memberChat(ctx, ctx.params.chatId);
		const body = ctx.body;
		if (!String(body.subject).trim() || body.subject.length > 250)
			throw invalid('Parameter [subject] must have 1 to 250 characters', 'subject');
		people(ctx, body.assignees || []);
		if (body.startDate && body.dueDate && Date.parse(body.dueDate) < Date.parse(body.startDate))
			throw invalid('Due date is before the start date', 'dueDate');
		const task = taskRecord(ctx.state, chat.id, me(ctx), body);
		tm(ctx).tasks.push(task);
		return { status: 201, body: task };
	},
	readTaskNew: (ctx) => ({ body: byId(ctx, 'tasks', 'taskId', 'Task') }),
	patchTaskNew: (ctx) => {
		const task = byId(ctx, 'tasks', 'taskId', 'Task');
		const body = ctx.body || {};
		if (body.subject !== undefined && (!String(body.subject).trim() || body.subject.length > 250))
			throw invalid('Parameter [subject] must have 1 to 250 characters', 'subject');
		if (body.assignees)
			task.assignees = people(ctx, body.assignees).map((id) => ({ id, status: 'Pending' }));
		for (const key of [
			'subject',
			'completenessCondition',
			'startDate',
			'dueDate',
			'color',
			'section',
			'description',
			'recurrence',
		])
			if (body[key] !== undefined) task[key] = body[key];
		task.lastModifiedTime = now();
		return { body: { records: [task] } };
	},
	deleteTaskNew: (ctx) => {
		const task = byId(ctx, 'tasks', 'taskId', 'Task');
		tm(ctx).tasks.splice(tm(ctx).tasks.indexOf(task), 1);
		return { status: 204 };
	},
	completeTaskNew: (ctx) => {
		const task = byId(ctx, 'tasks', 'taskId', 'Task');
		const body = ctx.body || {};
		const done = body.status !== 'Incomplete';
		if (task.completenessCondition === 'Percentage') {
			task.completenessPercentage = done
				? body.completenessPercentage === undefined
					? 100
					: body.completenessPercentage
				: 0;
			task.status =
				task.completenessPercentage >= 100
					? 'Completed'
					: task.completenessPercentage > 0
						? 'InProgress'
						: 'Pending';
		} else if (task.completenessCondition === 'AllAssignees') {
			const ids = (body.assignees || [{ id: me(ctx) }]).map((/** @type {any} */ a) => String(a.id));
			for (const a of task.assignees)
				if (ids.includes(a.id)) a.status = done ? 'Completed' : 'Pending';
			const completed = task.assignees.filter(
				(/** @type {any} */ a) => a.status === 'Completed',
			).length;
			task.status =
				completed === task.assignees.length ? 'Completed' : completed ? 'InProgress' : 'Pending';
		} else {
			task.status = done ? 'Completed' : 'Pending';
			for (const a of task.assignees) a.status = done ? 'Completed' : 'Pending';
		}
		task.lastModifiedTime = now();
		return { status: 204 };
	},

	// Notes
	listChatNotesNew: (ctx) => {
		const chat = visibleChat(ctx, ctx.params.chatId);
		const q = ctx.query;
		const creators = list(q.creatorId);
		const from = q.creationTimeFrom ? Date.parse(first(q.creationTimeFrom)) : -Infinity;
		const to = q.creationTimeTo ? Date.parse(first(q.creationTimeTo)) : Infinity;
		const notes = tm(ctx)
			.notes.filter(
				(/** @type {any} */ n) =>
					n.chatIds.includes(chat.id) && (n.status === 'Active' || n.creator.id === me(ctx)),
			)
			.filter((/** @type {any} */ n) => !first(q.status) || n.status === first(q.status))
			.filter((/** @type {any} */ n) => !creators.length || creators.includes(n.creator.id))
			.filter(
				(/** @type {any} */ n) =>
					Date.parse(n.creationTime) >= from && Date.parse(n.creationTime) <= to,
			)
			.sort(newestFirst)
			.map((/** @type {any} */ n) => noteView(n));
		return { body: tokenPage(ctx, notes) };
	},
	createChatNoteNew: (ctx) => {
		const chat = memberChat(ctx, ctx.params.chatId);
		if (!String(ctx.body.title).trim() || ctx.body.title.length > 250)
			throw invalid('Parameter [title] must have 1 to 250 characters', 'title');
		const note = noteRecord(ctx.state, chat.id, me(ctx), ctx.body);
		tm(ctx).notes.push(note);
		return { body: noteView(note) };
	},
	readUserNoteNew: (ctx) => ({ body: noteView(byId(ctx, 'notes', 'noteId', 'Note'), true) }),
	patchNoteNew: (ctx) => {
		const note = byId(ctx, 'notes', 'noteId', 'Note');
		if (note.lockedBy && note.lockedBy.id !== me(ctx))
			throw invalid('Note is locked by another user');
		note.title = ctx.body.title;
		if (ctx.body.body !== undefined) {
			note._body = ctx.body.body;
			note.preview = String(ctx.body.body)
				.replace(/<[^>]+>/g, '')
				.slice(0, 150);
		}
		Object.assign(note, { lastModifiedBy: { id: me(ctx) }, lastModifiedTime: now() });
		if (first(ctx.query.releaseLock) === 'true') delete note.lockedBy;
		return { body: noteView(note) };
	},
	deleteNoteNew: (ctx) => {
		const note = byId(ctx, 'notes', 'noteId', 'Note');
		if (note.creator.id !== me(ctx)) throw forbidden('You have no permissions to delete note');
		tm(ctx).notes.splice(tm(ctx).notes.indexOf(note), 1);
		return { status: 204 };
	},
	publishNoteNew: (ctx) => {
		const note = byId(ctx, 'notes', 'noteId', 'Note');
		if (note.creator.id !== me(ctx)) throw invalid('User is not a creator of note');
		note.status = 'Active';
		return { body: noteView(note) };
	},

	// Calendar events
	readGlipEventsNew: (ctx) => ({
		body: tokenPage(
			ctx,
			tm(ctx)
				.events.filter((/** @type {any} */ e) => e.creatorId === me(ctx))
				.map(eventView),
		),
	}),
	createEventNew: (ctx) => {
		checkEvent(ctx, ctx.body);
		const event = eventRecord(ctx.state, me(ctx), ctx.body, undefined);
		tm(ctx).events.push(event);
		return { body: eventView(event) };
	},
	createEventByGroupIdNew: (ctx) => {
		const chat = memberChat(ctx, ctx.params.groupId);
		checkEvent(ctx, ctx.body);
		const event = eventRecord(ctx.state, me(ctx), ctx.body, chat.id);
		tm(ctx).events.push(event);
		return { body: eventView(event) };
	},
	readEventNew: (ctx) => ({ body: eventView(byId(ctx, 'events', 'eventId', 'Event')) }),
	updateEventNew: (ctx) => {
		const event = byId(ctx, 'events', 'eventId', 'Event');
		checkEvent(ctx, ctx.body);
		const { id, creatorId, ...fields } = ctx.body;
		for (const key of ['location', 'description', 'recurrence', 'color', 'allDay'])
			delete event[key];
		Object.assign(
			event,
			{ allDay: false, color: 'Black', recurrence: { schedule: 'None' } },
			fields,
		);
		return { body: eventView(event) };
	},
	deleteEventNew: (ctx) => {
		const event = byId(ctx, 'events', 'eventId', 'Event');
		tm(ctx).events.splice(tm(ctx).events.indexOf(event), 1);
		return { status: 200 };
	},

	// Adaptive cards
	createGlipAdaptiveCardNew: (ctx) => {
		const chat = memberChat(ctx, ctx.params.chatId);
		const card = {
			...ctx.body,
			id: nextId(ctx.state),
			creationTime: now(),
			lastModifiedTime: now(),
			creator: { id: me(ctx) },
			chatIds: [chat.id],
		};
		tm(ctx).cards.push(card);
		const { body, actions, ...short } = card;
		return { status: 201, body: short };
	},
	getGlipAdaptiveCardNew: (ctx) => {
		const card = tm(ctx).cards.find((/** @type {any} */ c) => c.id === ctx.params.cardId);
		if (!card) throw notFound('Adaptive Card', 'cardId', ctx.params.cardId);
		return { body: card };
	},
	updateGlipAdaptiveCardNew: (ctx) => {
		const card = byId(ctx, 'cards', 'cardId', 'Adaptive Card');
		if (card.creator.id !== me(ctx))
			throw forbidden('You do not have permissions to update specified adaptive card');
		for (const key of Object.keys(card))
			if (!['id', 'creationTime', 'creator', 'chatIds'].includes(key)) delete card[key];
		Object.assign(card, ctx.body, { lastModifiedTime: now() });
		const { body, actions, ...short } = card;
		return { body: short };
	},
	deleteGlipAdaptiveCardNew: (ctx) => {
		const card = byId(ctx, 'cards', 'cardId', 'Adaptive Card');
		if (card.creator.id !== me(ctx))
			throw forbidden('You do not have permissions to delete specified adaptive card');
		tm(ctx).cards.splice(tm(ctx).cards.indexOf(card), 1);
		return { status: 204 };
	},

	// Incoming webhooks
	createGlipGroupWebhookNew: (ctx) => {
		const chat = memberChat(ctx, ctx.params.groupId);
		const webhook = webhookRecord(ctx.state, chat.id, me(ctx));
		tm(ctx).webhooks.push(webhook);
		return { body: webhook };
	},
	listGlipWebhooksNew: (ctx) => ({
		body: {
			records: tm(ctx).webhooks.filter(
				(/** @type {any} */ w) => w.creatorId === me(ctx) && w.status !== 'Deleted',
			),
		},
	}),
	listGlipGroupWebhooksNew: (ctx) => {
		const chat = visibleChat(ctx, ctx.params.groupId);
		return {
			body: {
				records: tm(ctx).webhooks.filter(
					(/** @type {any} */ w) => w.groupIds.includes(chat.id) && w.status !== 'Deleted',
				),
			},
		};
	},
	readGlipWebhookNew: (ctx) => {
		const ids = String(ctx.params.webhookId).split(',');
		const records = tm(ctx).webhooks.filter(
			(/** @type {any} */ w) => ids.includes(w.id) && w.status !== 'Deleted',
		);
		if (!records.length) throw notFound('Webhooks', 'webhookId', ctx.params.webhookId);
		return { body: { records } };
	},
	deleteGlipWebhookNew: (ctx) => {
		const webhook = byId(ctx, 'webhooks', 'webhookId', 'Webhook');
		tm(ctx).webhooks.splice(tm(ctx).webhooks.indexOf(webhook), 1);
		return { status: 200 };
	},
	activateGlipWebhookNew: (ctx) => {
		byId(ctx, 'webhooks', 'webhookId', 'Webhook').status = 'Active';
		return { status: 200 };
	},
	suspendGlipWebhookNew: (ctx) => {
		byId(ctx, 'webhooks', 'webhookId', 'Webhook').status = 'Suspended';
		return { status: 200 };
	},

	// People
	readGlipPersonNew: (ctx) => {
		const id = ctx.params.personId === '~' ? me(ctx) : ctx.params.personId;
		const person = tm(ctx).persons[id];
		if (!person) throw notFound('Person', 'personId', ctx.params.personId);
		return { body: person };
	},
};

module.exports = { handlers };
