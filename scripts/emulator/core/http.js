// @ts-check
'use strict';
/** Response helpers, RingCentral error bodies and classic paging. */

/**
 * An error answered in RingCentral's shape:
 * `{"errorCode":"...","message":"...","errors":[{"errorCode":"...","message":"...","parameterName":"..."}]}`.
 */
class ApiError extends Error {
	/**
	 * @param {number} status
	 * @param {string} errorCode
	 * @param {string} message
	 * @param {{ parameterName?: string, parameterValue?: string, headers?: Record<string, string>, body?: any }} [extra]
	 */
	constructor(status, errorCode, message, extra = {}) {
		super(message);
		this.status = status;
		this.errorCode = errorCode;
		this.extra = extra;
	}

	get body() {
		if (this.extra.body) return this.extra.body;
		return errorBody(
			this.errorCode,
			this.message,
			this.extra.parameterName,
			this.extra.parameterValue,
		);
	}
}

/**
 * @param {string} errorCode
 * @param {string} message
 * @param {string} [parameterName]
 * @param {string} [parameterValue]
 */
function errorBody(errorCode, message, parameterName, parameterValue) {
	/** @type {Record<string, string>} */
	const entry = { errorCode, message };
	if (parameterName !== undefined) entry.parameterName = parameterName;
	if (parameterValue !== undefined) entry.parameterValue = parameterValue;
	return { errorCode, message, errors: [entry] };
}

/** Default error bodies for fault statuses without an explicit body. */
const DEFAULT_FAULT_BODIES = /** @type {Record<number, [string, string]>} */ ({
	400: ['CMN-101', 'Parameter [] value is invalid'],
	401: ['OAU-213', 'Token not found'],
	403: [
		'CMN-401',
		'In order to call this API endpoint, application needs to have [ReadAccounts] permission',
	],
	404: ['CMN-102', 'Resource for parameter [id] is not found'],
	429: ['CMN-301', 'Request rate exceeded'],
	500: ['CMN-500', 'Internal Server Error'],
	502: ['AGW-502', 'Bad Gateway'],
	503: ['CMN-201', 'Service Temporary Unavailable'],
	504: ['AGW-504', 'Gateway Timeout'],
});

/** @param {number} status */
function defaultErrorBody(status) {
	const [code, message] = DEFAULT_FAULT_BODIES[status] || ['CMN-000', `HTTP ${status}`];
	return errorBody(code, message);
}

/**
 * Classic RingCentral paging over an in-memory list.
 * @param {{ baseUrl: string, pathname: string, rawQuery: string, query: Record<string, any> }} ctx
 * @param {any[]} all
 * @param {{ defaultPerPage?: number, maxPerPage?: number, messaging?: boolean }} [opts]
 */
function paginate(ctx, all, opts = {}) {
	const maxPerPage = opts.maxPerPage || 1000;
	const rawPerPage = first(ctx.query.perPage);
	let perPage = opts.defaultPerPage || 100;
	if (rawPerPage === 'max') perPage = maxPerPage;
	else if (rawPerPage === 'all') perPage = Math.max(all.length, 1);
	else if (rawPerPage !== undefined && rawPerPage !== '')
		perPage = Math.min(Math.max(1, Number(rawPerPage)), maxPerPage);
	const page = Math.max(1, Number(first(ctx.query.page) || 1));
	const totalElements = all.length;
	const totalPages = Math.ceil(totalElements / perPage);
	const start = (page - 1) * perPage;
	const records = all.slice(start, start + perPage);
	/** @type {Record<string, number>} */
	const paging = { page, totalPages, perPage, totalElements };
	if (records.length) {
		paging.pageStart = start;
		paging.pageEnd = start + records.length - 1;
	}
	/** @param {number} n */
	const link = (n) => ({ uri: pageUri(ctx, n) });
	/** @type {Record<string, { uri: string }>} */
	const navigation = {};
	if (totalPages > 0) {
		navigation.firstPage = link(1);
		if (page < totalPages) navigation.nextPage = link(page + 1);
		if (page > 1 && page <= totalPages + 1)
			navigation.previousPage = link(Math.min(page - 1, totalPages));
		navigation.lastPage = link(totalPages);
	}
	return { uri: pageUri(ctx, page, true), records, paging, navigation };
}

/**
 * The absolute URI of the request, with its query string as sent.
 * @param {{ baseUrl: string, pathname: string, rawQuery: string }} ctx
 */
function requestUri(ctx) {
	const base = ctx.baseUrl + ctx.pathname;
	return ctx.rawQuery ? `${base}?${ctx.rawQuery}` : base;
}

/**
 * The absolute URI of a page: the original query string with `page` replaced (or appended).
 * @param {{ baseUrl: string, pathname: string, rawQuery: string }} ctx
 * @param {number} page
 * @param {boolean} [keepAsIs]
 */
function pageUri(ctx, page, keepAsIs = false) {
	if (keepAsIs) return requestUri(ctx);
	const base = ctx.baseUrl + ctx.pathname;
	const parts = ctx.rawQuery ? ctx.rawQuery.split('&').filter(Boolean) : [];
	let replaced = false;
	const out = parts.map((part) => {
		if (part.split('=')[0] === 'page') {
			replaced = true;
			return `page=${page}`;
		}
		return part;
	});
	if (!replaced) out.push(`page=${page}`);
	return `${base}?${out.join('&')}`;
}

/**
 * A page token carrying an offset: `prefix` + the offset, base64url-encoded.
 * @param {number} offset @param {string} [prefix]
 */
function offsetToken(offset, prefix = '') {
	return Buffer.from(`${prefix}${offset}`).toString('base64url');
}

/**
 * Token paging over an in-memory list: `pageToken` (see `offsetToken`; `prefix` may be left out)
 * is the offset of the page. An absent or empty token is the first page; a token that is not a
 * non-negative integer throws `error()`. `next` and `prev` are the neighbouring pages' tokens
 * (undefined at the ends).
 * @param {{ query: Record<string, any> }} ctx
 * @param {any[]} all
 * @param {number} size  records per page, as the route computed it
 * @param {{ prefix?: string, error: () => Error }} o
 */
function offsetPage(ctx, all, size, o) {
	const prefix = o.prefix || '';
	const token = first(ctx.query.pageToken);
	let offset = 0;
	if (token) {
		const decoded = Buffer.from(String(token), 'base64url').toString('utf8');
		offset = Number(prefix && decoded.startsWith(prefix) ? decoded.slice(prefix.length) : decoded);
		if (!Number.isInteger(offset) || offset < 0) throw o.error();
	}
	return {
		records: all.slice(offset, offset + size),
		offset,
		next: offset + size < all.length ? offsetToken(offset + size, prefix) : undefined,
		prev: offset > 0 ? offsetToken(Math.max(0, offset - size), prefix) : undefined,
	};
}

/** @param {any} v */
function first(v) {
	return Array.isArray(v) ? v[0] : v;
}

/** @param {any} v @returns {string[]} */
function list(v) {
	if (v === undefined || v === null || v === '') return [];
	return (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(',')).filter(Boolean);
}

module.exports = {
	ApiError,
	errorBody,
	defaultErrorBody,
	paginate,
	pageUri,
	requestUri,
	offsetPage,
	offsetToken,
	first,
	list,
};
