// @ts-check
'use strict';
/**
 * Team Messaging demo data: people (the users of the account, a guest), chats (teams, the company chat,
 * direct and group conversations, personal chats), posts with a thread, tasks, notes, calendar events,
 * an adaptive card and an incoming webhook. A person's ID is the extension ID of the user, as in
 * RingCentral. Registered in state.js (`seedTeamMessaging`); handlers in routes/teamMessaging.js.
 */
const crypto = require('crypto');

const HOUR = 3600 * 1000;

/** @param {any} state */
const tm = (state) => state.teamMessaging;
/** @param {any} state */
const nextId = (state) => String(tm(state).nextId++);
/** @param {number} ms */
const iso = (ms) => new Date(ms).toISOString();

/**
 * @param {any} state
 * @param {{ type: string, members: string[], name?: string, description?: string, public?: boolean, status?: string, id?: string, time?: number }} c
 */
function addChat(state, c) {
	const time = iso(c.time || Date.now());
	/** @type {Record<string, any>} */
	const chat = {
		id: c.id || nextId(state),
		type: c.type,
		creationTime: time,
		lastModifiedTime: time,
		members: c.members.map((id) => ({ id })),
	};
	if (c.type === 'Team' || c.type === 'Everyone')
		Object.assign(chat, { name: c.name, description: c.description || '' });
	if (c.type === 'Team')
		Object.assign(chat, {
			public: c.public === true,
			status: c.status || 'Active',
			_admins: [c.members[0]],
		});
	tm(state).chats.push(chat);
	return chat;
}

/**
 * A post in its TMPostInfo shape; mentions come from the text's `![:Type](id)` markup, thread fields from `parentPostId`.
 * @param {any} state @param {string} chatId @param {string} creatorId @param {Record<string, any>} fields @param {number} [time]
 */
function addPost(state, chatId, creatorId, fields, time = Date.now()) {
	const t = tm(state);
	const text = fields.text;
	const mentions = [...String(text || '').matchAll(/!\[:(\w+)\]\(([^)]+)\)/g)].map(
		([, type, id]) => {
			const person = t.persons[id];
			const chat = t.chats.find((/** @type {any} */ c) => c.id === id);
			return {
				id,
				type,
				name:
					type === 'Person' && person
						? `${person.firstName} ${person.lastName}`
						: chat
							? chat.name
							: undefined,
			};
		},
	);
	/** @type {Record<string, any>} */
	const post = {
		id: nextId(state),
		groupId: chatId,
		type: 'TextMessage',
		...(text !== undefined ? { text } : {}),
		creatorId,
		creationTime: iso(time),
		lastModifiedTime: iso(time),
		attachments: (fields.attachments || []).map((/** @type {any} */ a) => {
			const file = t.files[a.id];
			return file
				? { id: file.id, type: 'File', name: file.name, contentUri: file.contentUri }
				: { id: a.id, type: a.type };
		}),
		mentions,
	};
	if (fields.parentPostId) {
		const parent = t.posts.find((/** @type {any} */ p) => p.id === String(fields.parentPostId));
		const root =
			parent && parent.parentPostId
				? t.posts.find((/** @type {any} */ p) => p.id === parent.parentPostId)
				: parent;
		root.isParent = true;
		root.threadId = root.threadId || nextId(state);
		Object.assign(post, { parentPostId: root.id, threadId: root.threadId });
	}
	t.posts.push(post);
	const chat = t.chats.find((/** @type {any} */ c) => c.id === chatId);
	if (chat) chat.lastModifiedTime = post.creationTime;
	return post;
}

/**
 * Demo data. Teams: 1001 "Front Desk" (public; Alice, Bob), 1002 "Support" (private; Alice, the guest Erin),
 * 1003 "Marketing" (public; Bob only: Alice can join), 1004 "Project Apollo" (archived), 1005 "Leadership"
 * (private; Bob only: Alice cannot see or join it). 2001 the company chat, 3001 Alice ↔ Bob, 3002 Alice,
 * Bob and Erin, 4001/4002 the personal chats of Alice and Bob.
 * @param {any} state @param {string} baseUrl @param {number} [now]
 */
function seedTeamMessaging(state, baseUrl, now = Date.now()) {
	/** @type {Record<string, any>} */
	const persons = {};
	for (const ext of state.extensions.filter((/** @type {any} */ e) => e.type === 'User')) {
		persons[String(ext.id)] = {
			id: String(ext.id),
			firstName: ext.contact.firstName,
			lastName: ext.contact.lastName,
			email: ext.contact.email,
			companyId: state.accountId,
			creationTime: iso(now - 400 * 24 * HOUR),
			lastModifiedTime: iso(now - 30 * 24 * HOUR),
		};
	}
	persons['900001'] = {
		id: '900001',
		firstName: 'Erin',
		lastName: 'Partner',
		email: 'erin@partner.example',
		creationTime: iso(now - 90 * 24 * HOUR),
		lastModifiedTime: iso(now - 90 * 24 * HOUR),
	};
	state.teamMessaging = {
		persons,
		chats: [],
		posts: [],
		files: {},
		tasks: [],
		notes: [],
		events: [],
		cards: [],
		webhooks: [],
		/** @type {Record<string, string[]>} chat IDs by person */ favorites: { 101: ['1001'] },
		nextId: 5000000001,
		maxRecordCount: 250,
		baseUrl,
	};
	const day = 24 * HOUR;
	addChat(state, {
		id: '1001',
		type: 'Team',
		name: 'Front Desk',
		description: 'Customer requests and walk-ins',
		public: true,
		members: ['101', '102'],
		time: now - 60 * day,
	});
	addChat(state, {
		id: '1002',
		type: 'Team',
		name: 'Support',
		description: 'Escalations with our partner',
		members: ['101', '900001'],
		time: now - 50 * day,
	});
	addChat(state, {
		id: '1003',
		type: 'Team',
		name: 'Marketing',
		public: true,
		members: ['102'],
		time: now - 40 * day,
	});
	addChat(state, {
		id: '1004',
		type: 'Team',
		name: 'Project Apollo',
		status: 'Archived',
		members: ['101', '102'],
		time: now - 300 * day,
	});
	addChat(state, {
		id: '1005',
		type: 'Team',
		name: 'Leadership',
		members: ['102'],
		time: now - 30 * day,
	});
	addChat(state, {
		id: '2001',
		type: 'Everyone',
		name: 'All Employees',
		description: 'Everyone in the company',
		members: Object.keys(persons).filter((id) => id !== '900001'),
		time: now - 400 * day,
	});
	addChat(state, { id: '3001', type: 'Direct', members: ['101', '102'], time: now - 20 * day });
	addChat(state, {
		id: '3002',
		type: 'Group',
		members: ['101', '102', '900001'],
		time: now - 10 * day,
	});
	addChat(state, { id: '4001', type: 'Personal', members: ['101'], time: now - 400 * day });
	addChat(state, { id: '4002', type: 'Personal', members: ['102'], time: now - 400 * day });

	const posts = [
		['1001', '102', 'Good morning! Two walk-ins already.', 9],
		['1001', '101', "Thanks ![:Person](102), I will take the 10 o'clock.", 8.5],
		['1001', '102', 'Printer is out of toner again.', 6],
		['1001', '101', 'Ordered, arrives tomorrow.', 5.5],
		['1001', '102', 'Jane Customer called about her order.', 3],
		['1002', '900001', 'Ticket #4411 needs a callback.', 30],
		['3001', '102', 'Lunch at noon?', 5],
		['3001', '101', 'Sure!', 4.9],
	];
	for (const [chatId, creatorId, text, hoursAgo] of posts)
		addPost(state, String(chatId), String(creatorId), { text }, now - Number(hoursAgo) * HOUR);
	const toner = tm(state).posts.find(
		(/** @type {any} */ p) => p.text === 'Printer is out of toner again.',
	);
	addPost(state, '1001', '101', { text: 'Which model?', parentPostId: toner.id }, now - 5.8 * HOUR);

	tm(state).tasks.push(
		taskRecord(
			state,
			'1001',
			'101',
			{ subject: 'Call back Jane Customer', assignees: [{ id: '101' }], dueDate: iso(now + day) },
			now - 2 * HOUR,
		),
		taskRecord(
			state,
			'1001',
			'102',
			{
				subject: 'Order toner',
				assignees: [{ id: '101' }, { id: '102' }],
				completenessCondition: 'AllAssignees',
			},
			now - 5 * HOUR,
		),
	);
	const notes = tm(state).notes;
	notes.push(
		noteRecord(
			state,
			'1001',
			'101',
			{ title: 'Opening hours', body: '<p>Mon–Fri 9–17</p>' },
			now - 7 * day,
			'Active',
		),
	);
	notes.push(
		noteRecord(
			state,
			'1001',
			'101',
			{ title: 'Draft: holiday plan', body: '<p>TBD</p>' },
			now - day,
			'Draft',
		),
	);
	tm(state).events.push(
		eventRecord(
			state,
			'101',
			{
				title: 'Team lunch',
				startTime: iso(now + 2 * day),
				endTime: iso(now + 2 * day + HOUR),
				location: 'Cafe',
			},
			undefined,
		),
	);
	tm(state).webhooks.push(webhookRecord(state, '1001', '101', now - 3 * day));
}

/** @param {any} state @param {string} chatId @param {string} creatorId @param {Record<string, any>} r @param {number} [time] */
function taskRecord(state, chatId, creatorId, r, time = Date.now()) {
	return {
		id: nextId(state),
		creationTime: iso(time),
		lastModifiedTime: iso(time),
		type: 'Task',
		creator: { id: creatorId },
		chatIds: [chatId],
		status: 'Pending',
		subject: r.subject,
		assignees: (r.assignees || []).map((/** @type {any} */ a) => ({
			id: String(a.id),
			status: 'Pending',
		})),
		completenessCondition: r.completenessCondition || 'Simple',
		...(r.completenessCondition === 'Percentage' ? { completenessPercentage: 0 } : {}),
		color: r.color || 'Black',
		...(r.startDate ? { startDate: r.startDate } : {}),
		...(r.dueDate ? { dueDate: r.dueDate } : {}),
		...(r.section ? { section: r.section } : {}),
		...(r.description ? { description: r.description } : {}),
		recurrence: r.recurrence || { schedule: 'None', endingCondition: 'None' },
		attachments: r.attachments || [],
	};
}

/** @param {any} state @param {string} chatId @param {string} creatorId @param {{ title: string, body?: string }} r @param {number} [time] @param {string} [status] */
function noteRecord(state, chatId, creatorId, r, time = Date.now(), status = 'Draft') {
	return {
		id: nextId(state),
		title: r.title,
		chatIds: [chatId],
		preview: String(r.body || '')
			.replace(/<[^>]+>/g, '')
			.slice(0, 150),
		creator: { id: creatorId },
		lastModifiedBy: { id: creatorId },
		status,
		creationTime: iso(time),
		lastModifiedTime: iso(time),
		type: 'Note',
		_body: r.body || '',
	};
}

/** @param {any} state @param {string} creatorId @param {Record<string, any>} r @param {string | undefined} chatId */
function eventRecord(state, creatorId, r, chatId) {
	return {
		id: nextId(state),
		creatorId,
		title: r.title,
		startTime: r.startTime,
		endTime: r.endTime,
		allDay: r.allDay === true,
		recurrence: r.recurrence || { schedule: 'None' },
		color: r.color || 'Black',
		...(r.location ? { location: r.location } : {}),
		...(r.description ? { description: r.description } : {}),
		_chatId: chatId,
	};
}

/** @param {any} state @param {string} chatId @param {string} creatorId @param {number} [time] */
function webhookRecord(state, chatId, creatorId, time = Date.now()) {
	const id = crypto.randomUUID();
	return {
		id,
		creatorId,
		groupIds: [chatId],
		creationTime: iso(time),
		lastModifiedTime: iso(time),
		uri: `https://hooks.ringcentral.com/webhook/v2/${Buffer.from(id).toString('base64url')}`,
		status: 'Active',
	};
}

module.exports = {
	seedTeamMessaging,
	addChat,
	addPost,
	taskRecord,
	noteRecord,
	eventRecord,
	webhookRecord,
	nextId,
};
