// @ts-check
'use strict';
/** High-volume (A2P) SMS: batches and their messages, with token paging (`pageToken`/`nextPageToken`). */
const crypto = require('crypto');
const { ApiError, list, first, offsetPage, offsetToken } = require('../core/http');
const { iso } = require('../seed/state');
const { normalize } = require('./send');

const MAX_MESSAGES = 10000;

/**
 * Completes processing batches once `a2pCompleteMs` has passed since creation.
 * @param {any} state
 * @param {{ a2pCompleteMs: number }} options
 */
function settleBatches(state, options) {
	const now = Date.now();
	for (const b of state.a2pBatches) {
		if (b.status !== 'Processing' || now < Date.parse(b.creationTime) + options.a2pCompleteMs)
			continue;
		const msgs = state.a2pMessages.filter((/** @type {any} */ m) => m.batchId === b.id);
		for (const m of msgs) {
			const failed = m.to.some((/** @type {string} */ n) =>
				(state.undeliverableNumbers || []).includes(n),
			);
			m.messageStatus = failed ? 'DeliveryFailed' : 'Delivered';
			if (failed) m.errorCode = 'SMS-CAR-413';
			m.lastModifiedTime = iso(now);
		}
		b.status = 'Completed';
		b.processedCount = msgs.length;
		b.cost =
			Math.round(
				msgs.reduce((/** @type {number} */ n, /** @type {any} */ m) => n + m.cost, 0) * 10000,
			) / 10000;
		b.lastModifiedTime = iso(now);
	}
}

/**
 * Token paging over a list: the token is the offset (`o:<offset>`, base64url).
 * @param {any} ctx
 * @param {any[]} all
 * @param {number} defaultPerPage
 */
function tokenPage(ctx, all, defaultPerPage) {
	const perPage = Math.min(Number(first(ctx.query.perPage)) || defaultPerPage, 1000);
	const token = first(ctx.query.pageToken);
	const page = offsetPage(ctx, all, perPage, {
		prefix: 'o:',
		error: () =>
			new ApiError(400, 'CMN-101', 'Parameter [pageToken] value is invalid', {
				parameterName: 'pageToken',
			}),
	});
	/** @type {Record<string, any>} */
	const paging = { perPage };
	if (token) paging.pageToken = token;
	paging.firstPageToken = offsetToken(0, 'o:');
	if (page.next) paging.nextPageToken = page.next;
	if (page.prev) paging.previousPageToken = page.prev;
	return { records: page.records, paging };
}

/** @param {any} ctx @param {any[]} items */
function byDate(ctx, items) {
	const from = ctx.query.dateFrom ? Date.parse(first(ctx.query.dateFrom)) : -Infinity;
	const to = ctx.query.dateTo ? Date.parse(first(ctx.query.dateTo)) : Infinity;
	return items.filter(
		(i) => Date.parse(i.creationTime) >= from && Date.parse(i.creationTime) <= to,
	);
}

/** @param {any} b */
const batchOut = ({ _ext, ...b }) => b;

/** @type {Record<string, import('./index').Handler>} */
const handlers = {
	createA2PSMS: (ctx) => {
		const body = ctx.body || {};
		const from = normalize(body.from);
		const owned = ctx.state.phoneNumbers.find((/** @type {any} */ p) => p.phoneNumber === from);
		if (!owned)
			throw new ApiError(
				400,
				'MSG-245',
				`Parameter [from] value [${from}] is invalid [Cannot find the phone number which belongs to user]`,
				{ parameterName: 'from' },
			);
		if (!owned.features.includes('A2PSmsSender'))
			throw new ApiError(403, 'MSG-242', 'The requested feature is not available', {
				parameterName: 'from',
			});
		const messages = body.messages || [];
		if (!messages.length || messages.length > MAX_MESSAGES)
			throw new ApiError(
				400,
				'CMN-101',
				`Parameter [messages] value is invalid: 1..${MAX_MESSAGES} messages allowed`,
				{ parameterName: 'messages' },
			);
		const now = iso(Date.now());
		const id = crypto.randomUUID();
		/** @type {any[]} */
		const rejected = [];
		messages.forEach((/** @type {any} */ m, /** @type {number} */ index) => {
			const text = m.text !== undefined ? m.text : body.text;
			const to = (m.to || []).map(normalize);
			if (!to.length || to.some((/** @type {string} */ n) => !/^\+\d{8,15}$/.test(n))) {
				rejected.push({
					index,
					to: m.to || [],
					errorCode: 'CMN-101',
					description: 'Invalid recipient phone number',
				});
			} else if (!text) {
				rejected.push({ index, to, errorCode: 'CMN-101', description: 'Message text is empty' });
			} else {
				const segmentCount = Math.max(1, Math.ceil(String(text).length / 160));
				ctx.state.a2pMessages.push({
					id: ctx.state.nextId++,
					batchId: id,
					from,
					to,
					text,
					creationTime: now,
					lastModifiedTime: now,
					messageStatus: 'Queued',
					segmentCount,
					cost: 0.0075 * segmentCount,
					direction: 'Outbound',
				});
			}
		});
		const batch = {
			id,
			from,
			batchSize: messages.length,
			processedCount: 0,
			status: 'Processing',
			creationTime: now,
			lastModifiedTime: now,
			rejected,
			cost: 0,
			_ext: ctx.extensionId,
		};
		ctx.state.a2pBatches.push(batch);
		return { status: 201, body: batchOut(batch) };
	},
	listA2PBatches: (ctx) => {
		settleBatches(ctx.state, ctx.emu.options);
		const status = list(ctx.query.status);
		const from = ctx.query.from ? normalize(first(ctx.query.from)) : undefined;
		const all = byDate(ctx, ctx.state.a2pBatches).filter(
			(/** @type {any} */ b) =>
				(!status.length || status.includes(b.status)) && (!from || b.from === from),
		);
		const page = tokenPage(ctx, all.slice().reverse(), 1000);
		return { body: { records: page.records.map(batchOut), paging: page.paging } };
	},
	readA2PBatch: (ctx) => {
		settleBatches(ctx.state, ctx.emu.options);
		const batch = ctx.state.a2pBatches.find((/** @type {any} */ b) => b.id === ctx.params.batchId);
		if (!batch)
			throw new ApiError(404, 'CMN-102', 'Resource for parameter [batchId] is not found', {
				parameterName: 'batchId',
			});
		return { body: batchOut(batch) };
	},
	listA2PSMS: (ctx) => {
		settleBatches(ctx.state, ctx.emu.options);
		const batchId = first(ctx.query.batchId);
		const phones = list(ctx.query.phoneNumber).map(normalize);
		const all = byDate(ctx, ctx.state.a2pMessages).filter(
			(/** @type {any} */ m) =>
				(!batchId || m.batchId === batchId) &&
				(!phones.length ||
					m.to.some((/** @type {string} */ n) => phones.includes(n)) ||
					phones.includes(m.from)),
		);
		const page = tokenPage(ctx, all, 1000);
		const detailed = first(ctx.query.view) === 'Detailed';
		return {
			body: {
				records: page.records.map((/** @type {any} */ m) =>
					detailed
						? m
						: {
								id: m.id,
								batchId: m.batchId,
								from: m.from,
								to: m.to,
								creationTime: m.creationTime,
								lastModifiedTime: m.lastModifiedTime,
								messageStatus: m.messageStatus,
								segmentCount: m.segmentCount,
								cost: m.cost,
								direction: m.direction,
								...(m.errorCode ? { errorCode: m.errorCode } : {}),
							},
				),
				paging: page.paging,
			},
		};
	},
	readA2PSMS: (ctx) => {
		settleBatches(ctx.state, ctx.emu.options);
		const m = ctx.state.a2pMessages.find(
			(/** @type {any} */ x) => String(x.id) === ctx.params.messageId,
		);
		if (!m)
			throw new ApiError(404, 'CMN-102', 'Resource for parameter [messageId] is not found', {
				parameterName: 'messageId',
			});
		return { body: m };
	},
};

module.exports = { handlers, settleBatches };
