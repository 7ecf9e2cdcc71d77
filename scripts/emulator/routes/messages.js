// @ts-check
'use strict';
/** The message store: list, read, update, delete, content download and message-sync. */
const { ApiError, paginate, requestUri, list, first } = require('../core/http');
const { publicRecord, iso } = require('../seed/state');

const DAY = 24 * 3600 * 1000;

/**
 * Moves queued outbound messages on: SMS are delivered (or fail for `state.undeliverableNumbers`),
 * faxes are sent once their sendTime has passed. Runs lazily before every store access.
 * @param {any} state
 * @param {{ deliveryDelayMs: number }} options
 */
function settleMessages(state, options) {
	const now = Date.now();
	for (const m of state.messages) {
		if (m.messageStatus !== 'Queued' || m.direction !== 'Outbound') continue;
		const due = Math.max(Date.parse(m.creationTime) + options.deliveryDelayMs, m._sendAt || 0);
		if (now < due) continue;
		const failed = (m.to || []).some((/** @type {any} */ t) =>
			(state.undeliverableNumbers || []).includes(t.phoneNumber),
		);
		m.messageStatus =
			m.type === 'Fax'
				? failed
					? 'SendingFailed'
					: 'Sent'
				: failed
					? 'DeliveryFailed'
					: 'Delivered';
		for (const t of m.to || []) if (t.messageStatus) t.messageStatus = m.messageStatus;
		if (failed) m.deliveryErrorCode = m.type === 'Fax' ? 'NoAnswer' : 'SMS-CAR-413';
		if (m.type === 'SMS' && !failed) m.smsDeliveryTime = iso(now);
		m.lastModifiedTime = iso(now);
		m._seq = ++state.seq;
	}
}

/** @param {any} ctx */
function storeOf(ctx) {
	settleMessages(ctx.state, ctx.emu.options);
	return ctx.state.messages.filter(
		(/** @type {any} */ m) => m.extensionId === ctx.extensionId && m.availability !== 'Purged',
	);
}

/** @param {any} ctx */
function findMessage(ctx) {
	const msg = storeOf(ctx).find((/** @type {any} */ m) => String(m.id) === ctx.params.messageId);
	if (!msg)
		throw new ApiError(404, 'CMN-102', 'Resource for parameter [messageId] is not found', {
			parameterName: 'messageId',
			parameterValue: ctx.params.messageId,
		});
	return msg;
}

/**
 * Filters shared by listMessages and syncMessages.
 * @param {any} ctx
 * @param {any[]} messages
 * @param {{ defaultWindow: boolean }} opts
 */
function filterMessages(ctx, messages, opts) {
	const q = ctx.query;
	const types = list(q.messageType);
	const dirs = list(q.direction);
	const reads = list(q.readStatus);
	const avail = list(q.availability);
	const dateTo = q.dateTo ? Date.parse(first(q.dateTo)) : Infinity;
	// Real RingCentral: dateFrom defaults to dateTo (or now) minus 24 hours.
	const dateFrom = q.dateFrom
		? Date.parse(first(q.dateFrom))
		: opts.defaultWindow
			? (dateTo === Infinity ? Date.now() : dateTo) - DAY
			: -Infinity;
	const conv = first(q.conversationId);
	const phone = first(q.phoneNumber);
	let out = messages.filter((m) => {
		const t = Date.parse(m.creationTime);
		if (t < dateFrom || t > dateTo) return false;
		if (types.length && !types.includes(m.type)) return false;
		if (dirs.length && !dirs.includes(m.direction)) return false;
		if (reads.length && !reads.includes(m.readStatus)) return false;
		if (avail.length ? !avail.includes(m.availability) : m.availability !== 'Alive') return false;
		if (conv && String(m.conversationId) !== String(conv)) return false;
		if (
			phone &&
			![m.from, ...(m.to || [])].some(
				(p) =>
					p &&
					p.phoneNumber &&
					p.phoneNumber.replace(/\D/g, '').endsWith(String(phone).replace(/\D/g, '')),
			)
		)
			return false;
		return true;
	});
	out.sort((a, b) => Date.parse(b.creationTime) - Date.parse(a.creationTime) || b.id - a.id);
	if (first(q.distinctConversations) === 'true') {
		const seen = new Set();
		out = out.filter((m) =>
			m.conversationId ? !seen.has(m.conversationId) && seen.add(m.conversationId) : true,
		);
	}
	return out;
}

/** @param {any} ctx @param {any} msg @param {Record<string, any>} changes */
function touch(ctx, msg, changes) {
	Object.assign(msg, changes, { lastModifiedTime: iso(Date.now()), _seq: ++ctx.state.seq });
}

/** @param {any} ctx */
function syncToken(ctx) {
	const filter = { messageType: list(ctx.query.messageType), direction: list(ctx.query.direction) };
	return Buffer.from(JSON.stringify({ e: ctx.extensionId, s: ctx.state.seq, f: filter })).toString(
		'base64url',
	);
}

/** @type {Record<string, import('./index').Handler>} */
const handlers = {
	listMessages: (ctx) => ({
		body: publicRecord(
			paginate(ctx, filterMessages(ctx, storeOf(ctx), { defaultWindow: true }), {
				messaging: true,
			}),
		),
	}),
	readMessage: (ctx) => ({ body: publicRecord(findMessage(ctx)) }),
	updateMessage: (ctx) => {
		const msg = findMessage(ctx);
		touch(ctx, msg, { readStatus: ctx.body.readStatus });
		return { body: publicRecord(msg) };
	},
	patchMessage: (ctx) => {
		const msg = findMessage(ctx);
		/** @type {Record<string, any>} */
		const changes = {};
		if (ctx.body.readStatus) changes.readStatus = ctx.body.readStatus;
		if (ctx.body.availability) changes.availability = ctx.body.availability;
		touch(ctx, msg, changes);
		return { body: publicRecord(msg) };
	},
	deleteMessage: (ctx) => {
		const msg = findMessage(ctx);
		const purge = first(ctx.query.purge) === 'true' || msg.availability === 'Deleted';
		touch(ctx, msg, { availability: purge ? 'Purged' : 'Deleted' });
		return { status: 204 };
	},
	deleteMessageByFilter: (ctx) => {
		const convs = list(ctx.query.conversationId);
		const dateTo = ctx.query.dateTo ? Date.parse(first(ctx.query.dateTo)) : Infinity;
		const type = first(ctx.query.type) || 'All';
		for (const msg of storeOf(ctx)) {
			if (msg.availability !== 'Alive') continue;
			if (convs.length && !convs.includes(String(msg.conversationId))) continue;
			if (Date.parse(msg.creationTime) > dateTo || (type !== 'All' && msg.type !== type)) continue;
			touch(ctx, msg, { availability: 'Deleted' });
		}
		return { status: 204 };
	},
	readMessageContent: (ctx) => {
		const msg = findMessage(ctx);
		const att = (msg.attachments || []).find(
			(/** @type {any} */ a) => String(a.id) === ctx.params.attachmentId,
		);
		const content = att && ctx.state.contents[att.id];
		if (!content)
			throw new ApiError(404, 'CMN-102', 'Resource for parameter [attachmentId] is not found', {
				parameterName: 'attachmentId',
			});
		const disposition =
			first(ctx.query.contentDisposition) === 'Attachment' ? 'attachment' : 'inline';
		const fileName = first(ctx.query.contentDispositionFilename) || content.fileName;
		return {
			status: 200,
			raw: content.data,
			contentType: content.contentType,
			headers: { 'Content-Disposition': `${disposition}; filename="${fileName}"` },
		};
	},
	syncMessages: (ctx) => {
		const syncType = first(ctx.query.syncType) || (ctx.query.syncToken ? 'ISync' : 'FSync');
		const store = storeOf(ctx);
		const now = iso(Date.now());
		if (syncType === 'FSync') {
			let records = filterMessages(ctx, store, { defaultWindow: true });
			const limit = Number(first(ctx.query.recordCount) || 0);
			const older = limit > 0 && records.length > limit;
			if (limit > 0) records = records.slice(0, limit);
			return {
				body: {
					uri: requestUri(ctx),
					records: publicRecord(records),
					syncInfo: {
						syncType: 'FSync',
						syncToken: syncToken(ctx),
						syncTime: now,
						olderRecordsExist: older,
					},
				},
			};
		}
		/** @type {any} */
		let token;
		try {
			token = JSON.parse(
				Buffer.from(String(first(ctx.query.syncToken) || ''), 'base64url').toString('utf8'),
			);
		} catch {
			token = undefined;
		}
		if (!token || token.e !== ctx.extensionId || typeof token.s !== 'number')
			throw new ApiError(400, 'MSG-333', 'Parameter [syncToken] is invalid', {
				parameterName: 'syncToken',
			});
		const records = store
			.filter(
				(/** @type {any} */ m) =>
					m._seq > token.s &&
					(!token.f.messageType.length || token.f.messageType.includes(m.type)) &&
					(!token.f.direction.length || token.f.direction.includes(m.direction)),
			)
			.sort((/** @type {any} */ a, /** @type {any} */ b) => b._seq - a._seq);
		ctx.query.messageType = token.f.messageType;
		ctx.query.direction = token.f.direction;
		return {
			body: {
				uri: requestUri(ctx),
				records: publicRecord(records),
				syncInfo: { syncType: 'ISync', syncToken: syncToken(ctx), syncTime: now },
			},
		};
	},
};

module.exports = { handlers, settleMessages };
