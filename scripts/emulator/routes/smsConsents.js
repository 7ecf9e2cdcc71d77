// @ts-check
'use strict';
/**
 * SMS consents (opt-outs and opt-ins) of the account, one record per (from, to): `from` is one of the
 * account's numbers or `*` (every number of the account). Read with listSmsConsentRecords (v2, token
 * paging) or the deprecated readA2PSMSOptOuts; written with editSmsConsentRecords / deleteSmsConsentRecords,
 * or seeded by tests (`emu.addSmsOptOut`, `emu.setSmsConsent`).
 *
 * Guess (not documented): a `from` filter also returns the `*` records, as they apply to every sender.
 */
const { ApiError, list, first, offsetPage, offsetToken } = require('../core/http');
const { iso } = require('../seed/state');

/**
 * @typedef {{ from: string, to: string, optStatus: 'OptOut' | 'OptIn', source: string,
 *   lastModifiedTime: string }} ConsentRecord
 */

/** @param {any} state @returns {ConsentRecord[]} */
function consentsOf(state) {
	if (!state.smsConsents) state.smsConsents = [];
	return state.smsConsents;
}

/**
 * Adds or replaces the consent record of (from, to).
 * @param {any} state
 * @param {{ from: string, to: string, optStatus?: 'OptOut' | 'OptIn', source?: string, lastModifiedTime?: string }} o
 * @returns {ConsentRecord}
 */
function setConsent(state, o) {
	const records = consentsOf(state);
	/** @type {ConsentRecord} */
	const record = {
		from: o.from,
		to: o.to,
		optStatus: o.optStatus || 'OptOut',
		source: o.source || 'Recipient',
		lastModifiedTime: o.lastModifiedTime || iso(Date.now()),
	};
	const index = records.findIndex((r) => r.from === o.from && r.to === o.to);
	if (index >= 0) records[index] = record;
	else records.push(record);
	return record;
}

/**
 * The records matching `from` (or `*`), `to` and the statuses, oldest change first.
 * @param {any} state @param {{ from: string[], to: string[], statuses: string[] }} f
 */
function matching(state, f) {
	return consentsOf(state)
		.filter(
			(r) =>
				(!f.from.length || f.from.includes(r.from) || r.from === '*') &&
				(!f.to.length || f.to.includes(r.to)) &&
				f.statuses.includes(r.optStatus),
		)
		.sort((a, b) => Date.parse(a.lastModifiedTime) - Date.parse(b.lastModifiedTime));
}

/** @param {any} ctx @param {any[]} all @param {number} defaultPerPage */
function tokenPage(ctx, all, defaultPerPage) {
	const perPage = Math.min(Number(first(ctx.query.perPage)) || defaultPerPage, 1000);
	const page = offsetPage(ctx, all, perPage, {
		prefix: 'c:',
		error: () =>
			new ApiError(400, 'CMN-101', 'Parameter [pageToken] value is invalid', {
				parameterName: 'pageToken',
			}),
	});
	/** @type {Record<string, any>} */
	const paging = { perPage, firstPageToken: offsetToken(0, 'c:') };
	if (first(ctx.query.pageToken)) paging.pageToken = first(ctx.query.pageToken);
	if (page.next) paging.nextPageToken = page.next;
	if (page.prev) paging.previousPageToken = page.prev;
	return { records: page.records, paging };
}

/** The account's own numbers (and `*`) may be senders of a consent record. @param {any} ctx @param {string} from */
function requireOwnSender(ctx, from) {
	if (from === '*') return;
	if (!ctx.state.phoneNumbers.some((/** @type {any} */ p) => p.phoneNumber === from))
		throw new ApiError(
			400,
			'CMN-101',
			`Parameter [from] value [${from}] is invalid [Cannot find the phone number which belongs to account]`,
			{ parameterName: 'from' },
		);
}

/** @type {Record<string, import('./index').Handler>} */
const handlers = {
	listSmsConsentRecords: (ctx) => {
		const statuses = list(ctx.query.optStatus);
		const all = matching(ctx.state, {
			from: list(ctx.query.from),
			to: list(ctx.query.to),
			statuses: statuses.length ? statuses : ['OptOut'],
		});
		const page = tokenPage(ctx, all, 100);
		return { body: { records: page.records, paging: page.paging } };
	},
	editSmsConsentRecords: (ctx) => {
		const records = (ctx.body && ctx.body.records) || [];
		/** @type {any[]} */
		const failedRecords = [];
		for (const r of records) {
			try {
				requireOwnSender(ctx, r.from);
				setConsent(ctx.state, r);
			} catch (error) {
				if (!(error instanceof ApiError)) throw error;
				failedRecords.push({
					...r,
					error: { errorCode: error.errorCode, message: error.message },
				});
			}
		}
		return { body: failedRecords.length ? { failedRecords } : {} };
	},
	deleteSmsConsentRecords: (ctx) => {
		const records = (ctx.body && ctx.body.records) || [];
		const consents = consentsOf(ctx.state);
		for (const r of records) {
			const index = consents.findIndex((c) => c.from === r.from && c.to === r.to);
			if (index >= 0) consents.splice(index, 1);
		}
		return { body: {} };
	},
	// Deprecated in the spec (replaced by listSmsConsentRecords); the same records in the old shape.
	readA2PSMSOptOuts: (ctx) => {
		const status = first(ctx.query.status) || 'optout';
		const from = first(ctx.query.from);
		const to = first(ctx.query.to);
		const all = matching(ctx.state, {
			from: from && from !== '*' ? [from.startsWith('+') ? from : `+${from}`] : [],
			to: to ? [to.startsWith('+') ? to : `+${to}`] : [],
			statuses:
				status === 'all' ? ['OptOut', 'OptIn'] : status === 'optin' ? ['OptIn'] : ['OptOut'],
		});
		const page = tokenPage(ctx, all, 1000);
		return {
			body: {
				records: page.records.map((r) => ({
					from: r.from,
					to: r.to,
					status: r.optStatus,
					source: r.source === 'Api' ? 'Account' : r.source,
				})),
				paging: page.paging,
			},
		};
	},
};

module.exports = { handlers, setConsent, consentsOf };
