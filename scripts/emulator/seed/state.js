// @ts-check
'use strict';
/**
 * Demo data: one account, four extensions, Alice's phone numbers and ~25 messages in her store.
 * Extension ids equal their extension numbers ('101'..'104') to keep tests readable.
 * Records are stored in their public (spec) shape; fields starting with `_` are internal and
 * stripped before answering (see `publicRecord`).
 */

// A 1x1 PNG, a one-page PDF and a tiny WAV: real file signatures, so downloads look genuine.
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
	'base64',
);
const PDF = Buffer.from(
	'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const WAV = (() => {
	const data = Buffer.alloc(800, 128);
	const h = Buffer.alloc(44);
	h.write('RIFF', 0);
	h.writeUInt32LE(36 + data.length, 4);
	h.write('WAVE', 8);
	h.write('fmt ', 12);
	h.writeUInt32LE(16, 16);
	h.writeUInt16LE(1, 20);
	h.writeUInt16LE(1, 22);
	h.writeUInt32LE(8000, 24);
	h.writeUInt32LE(8000, 28);
	h.writeUInt16LE(1, 32);
	h.writeUInt16LE(8, 34);
	h.write('data', 36);
	h.writeUInt32LE(data.length, 40);
	return Buffer.concat([h, data]);
})();

const ACCOUNT_ID = '100000001';
const HOUR = 3600 * 1000;

/** @param {any} record @returns {any} */
function publicRecord(record) {
	if (Array.isArray(record)) return record.map(publicRecord);
	if (!record || typeof record !== 'object') return record;
	/** @type {Record<string, any>} */
	const out = {};
	for (const [k, v] of Object.entries(record))
		if (!k.startsWith('_')) out[k] = v && typeof v === 'object' ? publicRecord(v) : v;
	return out;
}

/**
 * @param {string} baseUrl
 * @param {number} [now]
 */
function createDemoState(baseUrl, now = Date.now()) {
	const api = `${baseUrl}/restapi/v1.0/account/${ACCOUNT_ID}`;
	/** @param {string} id @param {string} name @param {string} type @param {string} status @param {string} email @param {boolean} admin */
	const ext = (id, name, type, status, email, admin) => {
		const [firstName, lastName] = name.split(' ');
		return {
			id: Number(id),
			uri: `${api}/extension/${id}`,
			extensionNumber: id,
			name,
			type,
			status,
			contact:
				type === 'User'
					? { firstName, lastName, email, emailAsLoginName: true, businessPhone: '+16505550100' }
					: { firstName: name, email },
			account: { id: ACCOUNT_ID, uri: api },
			permissions: { admin: { enabled: admin }, internationalCalling: { enabled: false } },
			regionalSettings: {
				homeCountry: { id: '1', name: 'United States', isoCode: 'US' },
				timezone: {
					id: '58',
					name: 'US/Pacific',
					description: 'Pacific Time (US & Canada)',
					bias: '-480',
				},
				language: { id: '1033', name: 'English (United States)', localeCode: 'en-US' },
				timeFormat: '12h',
			},
			serviceFeatures: ['SMS', 'MMS', 'Fax', 'Pager', 'Voicemail', 'RingOut', 'Presence'].map(
				(featureName) => ({ featureName, enabled: type === 'User' && status === 'Enabled' }),
			),
			setupWizardState: 'Completed',
			hidden: false,
		};
	};
	const extensions = [
		ext('101', 'Alice Admin', 'User', 'Enabled', 'alice@example.com', true),
		ext('102', 'Bob Builder', 'User', 'Enabled', 'bob@example.com', false),
		ext('103', 'Carol Queue', 'Department', 'Enabled', 'carol.queue@example.com', false),
		ext('104', 'Dan Disabled', 'User', 'Disabled', 'dan@example.com', false),
	];
	const country = {
		id: '1',
		uri: `${baseUrl}/restapi/v1.0/dictionary/country/1`,
		name: 'United States',
		isoCode: 'US',
	};
	let phoneId = 700000001;
	/** @param {string} number @param {string} extId @param {string} usageType @param {string[]} features @param {Record<string, any>} [extra] */
	const phone = (number, extId, usageType, features, extra = {}) => {
		const id = phoneId++;
		return {
			id,
			uri: `${api}/phone-number/${id}`,
			phoneNumber: number,
			country,
			location: 'San Mateo, CA',
			paymentType: 'Local',
			status: 'Normal',
			type: 'VoiceFax',
			usageType,
			features,
			primary: false,
			extension: { id: Number(extId), uri: `${api}/extension/${extId}`, extensionNumber: extId },
			...extra,
		};
	};
	const phoneNumbers = [
		phone(
			'+16505550101',
			'101',
			'DirectNumber',
			['CallerId', 'SmsSender', 'MmsSender', 'InternationalSmsSender'],
			{ primary: true },
		),
		phone('+16505550102', '101', 'MainCompanyNumber', ['CallerId'], {
			label: 'Main company number',
		}),
		phone('+16505550199', '101', 'DirectNumber', ['CallerId', 'A2PSmsSender'], {
			paymentType: 'TollFree',
			location: '',
		}),
		phone('+16505550103', '102', 'DirectNumber', ['CallerId', 'SmsSender', 'MmsSender']),
	];

	const state = {
		account: {
			id: Number(ACCOUNT_ID),
			uri: api,
			mainNumber: '+16505550102',
			status: 'Confirmed',
			setupWizardState: 'Completed',
			serviceInfo: {
				uri: `${api}/service-info`,
				brand: {
					id: '1210',
					name: 'RingCentral',
					homeCountry: { id: '1', name: 'United States', isoCode: 'US' },
				},
			},
			operator: { id: 101, uri: `${api}/extension/101`, extensionNumber: '101' },
			regionalSettings: {
				homeCountry: country,
				timezone: { id: '58', name: 'US/Pacific' },
				language: { id: '1033', name: 'English (United States)', localeCode: 'en-US' },
				currency: { id: '146', code: 'USD', name: 'US Dollar', symbol: '$' },
			},
			signupInfo: { tosAccepted: true },
		},
		accountId: ACCOUNT_ID,
		baseUrl,
		defaultExtensionId: '101',
		extensions,
		phoneNumbers,
		/** @type {any[]} */ messages: [],
		/** @type {Record<string, { data: Buffer, contentType: string, fileName: string }>} */ contents:
			{},
		/** @type {any[]} */ a2pBatches: [],
		/** @type {any[]} */ a2pMessages: [],
		/** @type {any[]} SMS opt-outs and opt-ins (routes/smsConsents.js) */ smsConsents: [],
		faxCoverPages: [
			'None',
			'Ancient',
			'Birthday',
			'Blank',
			'Clasmod',
			'Classic',
			'Confidential',
			'Contempo',
			'Elegant',
			'Express',
			'Formal',
			'Jazzy',
			'Modern',
			'Urgent',
		].map((name, i) => ({ id: String(i), name })),
		seq: 0,
		nextId: 3000000001,
		nextConversationId: 5000000001,
		/** @type {Record<string, number>} conversation key -> id */ conversations: {},
		/** @type {any[]} webhook subscriptions (routes/subscriptions.js) */ subscriptions: [],
		/** @type {any[]} call log records (callLog.js) */ callLog: [],
		/** @type {Record<string, any>} call recordings by id */ recordings: {},
		callLogSeq: 0,
		/** @type {any} RingCentral Video bridges, meeting history and recordings (video.js) */ video:
			undefined,
		/** @type {any} Team Messaging people, chats, posts... (teamMessaging.js) */ teamMessaging:
			undefined,
	};
	seedMessages(state, baseUrl, now);
	// Call log and recordings (callLog.js; required here to avoid a load-time cycle).
	require('./callLog').seedCallLog(state, baseUrl, now);
	// Personal contacts, directory details, presence and call queue members (addressBook.js).
	require('./addressBook').seedAddressBook(state, baseUrl, now);
	// RingCentral Video bridges, meeting history and recordings (video.js).
	require('./video').seedVideo(state, baseUrl, now);
	// Team Messaging people, chats, posts, tasks, notes, events and webhooks (teamMessaging.js).
	require('./teamMessaging').seedTeamMessaging(state, baseUrl, now);
	return state;
}

/**
 * @param {any} state
 * @param {string} baseUrl
 * @param {number} now
 */
function seedMessages(state, baseUrl, now) {
	const me = { phoneNumber: '+16505550101', name: 'Alice Admin', location: 'San Mateo, CA' };
	/** @param {string} n @param {string} [name] */
	const peer = (n, name) =>
		name
			? { phoneNumber: n, name, location: 'San Francisco, CA' }
			: { phoneNumber: n, location: 'New York, NY' };
	const jane = peer('+14155550111', 'Jane Customer');
	const ken = peer('+14155550122', 'Ken Supplier');
	const lee = peer('+12125550133');
	/** @type {[number, 'Inbound'|'Outbound', any, string, Record<string, any>?][]} hoursAgo, direction, peer, text */
	const sms = [
		[0.5, 'Inbound', jane, 'Is my order ready?', { readStatus: 'Unread' }],
		[1, 'Outbound', jane, 'Almost, ready by 3pm.'],
		[3, 'Inbound', jane, 'Great, thanks!'],
		[6, 'Outbound', jane, 'Reminder: pickup at 3pm.'],
		[9, 'Inbound', jane, 'Can I pay by card?', { readStatus: 'Unread' }],
		[20, 'Outbound', jane, 'Yes, all cards accepted.'],
		[28, 'Inbound', jane, 'See you tomorrow.'],
		[30, 'Outbound', jane, 'Your order #1001 was received.'],
		[50, 'Inbound', ken, 'Delivery delayed to Friday.'],
		[52, 'Outbound', ken, 'Noted, thanks.'],
		[100, 'Inbound', ken, 'Invoice sent.'],
		[150, 'Outbound', ken, 'Payment scheduled.'],
		[240, 'Inbound', ken, 'New price list attached soon.'],
		[12, 'Inbound', lee, 'Hello, wrong number?', { readStatus: 'Unread' }],
		[13, 'Outbound', lee, 'Sorry, no.'],
		[400, 'Outbound', lee, 'Happy holidays!'],
		[700, 'Inbound', lee, 'Old message from last month.'],
		[
			15,
			'Outbound',
			jane,
			'Failed test message',
			{ messageStatus: 'DeliveryFailed', deliveryErrorCode: 'SMS-UP-410' },
		],
	];
	for (const [hours, direction, other, text, extra] of sms) {
		addMessage(
			state,
			baseUrl,
			{
				type: 'SMS',
				direction,
				from: direction === 'Inbound' ? other : me,
				to: [direction === 'Inbound' ? me : other],
				subject: text,
				creationTime: iso(now - hours * HOUR),
				...(extra || {}),
			},
			[{ type: 'Text', contentType: 'text/plain', data: Buffer.from(text), fileName: 'text.txt' }],
		);
	}
	addMessage(
		state,
		baseUrl,
		{
			type: 'SMS',
			direction: 'Inbound',
			from: lee,
			to: [me],
			subject: 'Look at this',
			creationTime: iso(now - 2 * HOUR),
			readStatus: 'Unread',
		},
		[
			{
				type: 'Text',
				contentType: 'text/plain',
				data: Buffer.from('Look at this'),
				fileName: 'text.txt',
			},
			{
				type: 'MmsAttachment',
				contentType: 'image/png',
				data: PNG,
				fileName: 'photo.png',
				width: 1,
				height: 1,
			},
		],
	);
	const vm = {
		type: 'VoiceMail',
		direction: 'Inbound',
		to: [me],
		vmTranscriptionStatus: 'NotAvailable',
	};
	addMessage(
		state,
		baseUrl,
		{
			...vm,
			from: jane,
			subject: 'Voice Message from Jane Customer',
			creationTime: iso(now - 4 * HOUR),
			readStatus: 'Unread',
		},
		[
			{
				type: 'AudioRecording',
				contentType: 'audio/wav',
				data: WAV,
				fileName: 'voicemail.wav',
				vmDuration: 12,
			},
		],
	);
	addMessage(
		state,
		baseUrl,
		{
			...vm,
			from: ken,
			subject: 'Voice Message from Ken Supplier',
			creationTime: iso(now - 120 * HOUR),
		},
		[
			{
				type: 'AudioRecording',
				contentType: 'audio/wav',
				data: WAV,
				fileName: 'voicemail.wav',
				vmDuration: 30,
			},
		],
	);
	const fax = { type: 'Fax', faxResolution: 'High', faxPageCount: 1, coverIndex: 0 };
	addMessage(
		state,
		baseUrl,
		{
			...fax,
			direction: 'Inbound',
			from: peer('+14155550155', 'Acme Fax'),
			to: [me],
			subject: 'Fax from Acme',
			creationTime: iso(now - 18 * HOUR),
			readStatus: 'Unread',
			messageStatus: 'Received',
		},
		[{ type: 'RenderedDocument', contentType: 'application/pdf', data: PDF, fileName: 'fax.pdf' }],
	);
	addMessage(
		state,
		baseUrl,
		{
			...fax,
			direction: 'Outbound',
			from: me,
			to: [peer('+14155550155', 'Acme Fax')],
			subject: 'Signed contract',
			creationTime: iso(now - 72 * HOUR),
			messageStatus: 'Sent',
			coverIndex: 5,
			coverPageText: 'Signed contract attached',
		},
		[
			{
				type: 'RenderedDocument',
				contentType: 'application/pdf',
				data: PDF,
				fileName: 'contract.pdf',
			},
		],
	);
	const bob = { extensionId: '102', extensionNumber: '102', name: 'Bob Builder' };
	const alice = { extensionId: '101', extensionNumber: '101', name: 'Alice Admin' };
	addMessage(
		state,
		baseUrl,
		{
			type: 'Pager',
			direction: 'Inbound',
			from: bob,
			to: [alice],
			subject: 'Lunch at noon?',
			creationTime: iso(now - 5 * HOUR),
		},
		[
			{
				type: 'Text',
				contentType: 'text/plain',
				data: Buffer.from('Lunch at noon?'),
				fileName: 'text.txt',
			},
		],
	);
	addMessage(
		state,
		baseUrl,
		{
			type: 'Pager',
			direction: 'Outbound',
			from: alice,
			to: [bob],
			subject: 'Sure!',
			creationTime: iso(now - 4.9 * HOUR),
		},
		[{ type: 'Text', contentType: 'text/plain', data: Buffer.from('Sure!'), fileName: 'text.txt' }],
	);
}

/** @param {number} ms */
function iso(ms) {
	return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * Adds a message (and its attachments' content) to the store; returns the stored record.
 * Fills defaults: id, uri, conversation, statuses, times.
 * @param {any} state
 * @param {string} baseUrl
 * @param {Record<string, any>} fields
 * @param {{ type: string, contentType: string, data: Buffer, fileName?: string, [k: string]: any }[]} [attachments]
 * @param {string} [extensionId]
 */
function addMessage(state, baseUrl, fields, attachments = [], extensionId = '101') {
	const id = state.nextId++;
	const uri = `${baseUrl}/restapi/v1.0/account/${state.accountId}/extension/${extensionId}/message-store/${id}`;
	const created = fields.creationTime || iso(Date.now());
	/** @type {Record<string, any>} */
	const record = {
		id,
		uri,
		extensionId,
		type: 'SMS',
		availability: 'Alive',
		direction: 'Outbound',
		priority: 'Normal',
		readStatus: fields.direction === 'Inbound' ? 'Read' : 'Read',
		messageStatus: fields.direction === 'Inbound' ? 'Received' : 'Delivered',
		creationTime: created,
		lastModifiedTime: created,
		...fields,
		attachments: attachments.map(({ data, contentType, fileName, type, ...rest }) => {
			const attId = state.nextId++;
			state.contents[attId] = { data, contentType, fileName: fileName || `attachment-${attId}` };
			return {
				id: attId,
				uri: `${uri}/content/${attId}`,
				type,
				contentType,
				size: data.length,
				fileName,
				...rest,
			};
		}),
		_seq: ++state.seq,
	};
	if (record.type === 'SMS' || record.type === 'Pager') {
		const numbers = [record.from, ...(record.to || [])]
			.map((p) => (p && (p.phoneNumber || p.extensionNumber)) || '')
			.sort();
		const key = `${extensionId}|${record.type}|${numbers.join(',')}`;
		const convId =
			fields.conversationId ||
			state.conversations[key] ||
			(state.conversations[key] = state.nextConversationId++);
		record.conversationId = convId;
		record.conversation = {
			id: String(convId),
			uri: `${baseUrl}/restapi/v1.0/conversation/${convId}`,
		};
		if (record.type === 'SMS' && record.direction === 'Outbound') {
			record.smsSendingAttemptsCount = 1;
			if (record.messageStatus === 'Delivered') record.smsDeliveryTime = created;
		}
	}
	state.messages.push(record);
	return record;
}

module.exports = { createDemoState, addMessage, publicRecord, iso, ACCOUNT_ID, PNG, PDF, WAV };
