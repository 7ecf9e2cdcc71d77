// @ts-check
'use strict';
/**
 * Call log (user and company), call-log-sync and call recordings. Pages are capped at
 * `callLogMaxPerPage` (RingCentral: 1000), so tests can cross page boundaries with few records.
 * Recording media is 404 until it is ready (`recordingDelayMs`), as media lags the call log.
 */
const { ApiError, paginate, requestUri, list, first } = require('../core/http');
const { publicRecord, iso } = require('../seed/state');
const { callLogOf, isAdmin } = require('../seed/callLog');
const { wavStream } = require('../core/media');

const DAY = 24 * 3600 * 1000;

/** @param {any} ctx @param {boolean} company */
function recordsOf(ctx, company) {
	const all = callLogOf(ctx.state);
	return company ? all : all.filter((r) => String(r.extension.id) === String(ctx.extensionId));
}

/** @param {any} record @param {boolean} detailed */
function view(record, detailed) {
	const out = publicRecord(record);
	if (detailed) {
		const { id, uri, lastModifiedTime, ...leg } = out;
		out.legs = [
			{ ...leg, legType: record.direction === 'Inbound' ? 'Accept' : 'RingOutWeb', master: true },
		];
	}
	return out;
}

/**
 * The call log newest first. Sorting is the costly part of a page of a large log (100,000 records in the
 * benchmarks), so the order is kept until a record is added (`callLogSeq`) or the log is aged
 * (`callLogVersion`); filtering keeps it.
 * @type {WeakMap<any[], { key: string, sorted: Array<{ t: number, r: any }> }>}
 */
const sortedLogs = new WeakMap();

/** The records with their start time in ms, newest first. @param {any} ctx @param {any[]} records */
function newestFirst(ctx, records) {
	const key = `${records.length}|${ctx.state.callLogSeq}|${ctx.state.callLogVersion || 0}`;
	const cached = sortedLogs.get(records);
	if (cached && cached.key === key) return cached.sorted;
	const sorted = records
		.map((r) => ({ t: Date.parse(r.startTime), r }))
		.sort((a, b) => b.t - a.t || (a.r.id < b.r.id ? 1 : -1));
	sortedLogs.set(records, { key, sorted });
	return sorted;
}

/** The records of the call log (the user's or the company's) that match the query, newest first. @param {any} ctx @param {boolean} company */
function filterCallLog(ctx, company) {
	const q = ctx.query;
	const dateTo = q.dateTo ? Date.parse(first(q.dateTo)) : Date.now();
	const dateFrom = q.dateFrom ? Date.parse(first(q.dateFrom)) : dateTo - DAY;
	const types = list(q.type);
	const dirs = list(q.direction);
	const recordingType = first(q.recordingType);
	const withRecording = first(q.withRecording) === 'true';
	const phone = first(q.phoneNumber);
	const session = first(q.sessionId);
	const tsid = first(q.telephonySessionId);
	const extensionId = String(ctx.extensionId);
	/** @type {any[]} */
	const out = [];
	for (const { t, r } of newestFirst(ctx, callLogOf(ctx.state))) {
		if (t > dateTo) continue;
		if (t < dateFrom) break;
		if (!company && String(r.extension.id) !== extensionId) continue;
		if (types.length && !types.includes(r.type)) continue;
		if (dirs.length && !dirs.includes(r.direction)) continue;
		if (recordingType) {
			if (!r.recording || (recordingType !== 'All' && r.recording.type !== recordingType)) continue;
		} else if (withRecording && !r.recording) continue;
		if (
			phone &&
			![r.from, r.to].some(
				(p) =>
					p &&
					p.phoneNumber &&
					p.phoneNumber.replace(/\D/g, '').endsWith(String(phone).replace(/\D/g, '')),
			)
		)
			continue;
		if (session && r.sessionId !== session) continue;
		if (tsid && r.telephonySessionId !== tsid) continue;
		out.push(r);
	}
	return out;
}

/** @param {any} ctx @param {boolean} company */
function listCallLog(ctx, company) {
	if (company && !isAdmin(ctx.state, ctx.auth.extensionId))
		throw new ApiError(
			403,
			'CMN-408',
			'In order to call this API endpoint, user needs to have [ReadCompanyCallLog] permission for requested resource.',
		);
	const detailed = first(ctx.query.view) === 'Detailed';
	const records = filterCallLog(ctx, company);
	// Pages of the Detailed view hold at most 250 records (Simple: 1000).
	const maxPerPage = detailed
		? Math.min(250, ctx.emu.options.callLogMaxPerPage)
		: ctx.emu.options.callLogMaxPerPage;
	const page = paginate(ctx, records, { maxPerPage, defaultPerPage: Math.min(100, maxPerPage) });
	return { body: { ...page, records: page.records.map((r) => view(r, detailed)) } };
}

/** @param {any} ctx @param {boolean} company */
function readCallRecord(ctx, company) {
	if (company && !isAdmin(ctx.state, ctx.auth.extensionId))
		throw new ApiError(
			403,
			'CMN-408',
			'In order to call this API endpoint, user needs to have [ReadCompanyCallLog] permission for requested resource.',
		);
	const ids = String(ctx.params.callRecordId).split(',');
	const record = recordsOf(ctx, company).find((r) => ids.includes(r.id));
	if (!record)
		throw new ApiError(404, 'CMN-102', 'Resource for parameter [callRecordId] is not found', {
			parameterName: 'callRecordId',
			parameterValue: ctx.params.callRecordId,
		});
	return { body: view(record, first(ctx.query.view) === 'Detailed') };
}

/** @param {any} ctx */
function findRecording(ctx) {
	const rec = (ctx.state.recordings || {})[ctx.params.recordingId];
	if (!rec)
		throw new ApiError(404, 'CMN-102', 'Resource for parameter [recordingId] is not found', {
			parameterName: 'recordingId',
			parameterValue: ctx.params.recordingId,
		});
	return rec;
}

/** @param {any} ctx @param {boolean} company */
function syncToken(ctx, company) {
	return Buffer.from(
		JSON.stringify({ e: company ? '*' : ctx.extensionId, s: ctx.state.callLogSeq }),
	).toString('base64url');
}

/**
 * call-log-sync of a user or the company: FSync (recordCount, dateFrom, statusGroup=Missed), ISync: records
 * added since the token (at most 250). A token of another extension or scope is invalid.
 * @param {any} ctx @param {boolean} company
 */
function syncCallLog(ctx, company) {
	if (company && !isAdmin(ctx.state, ctx.auth.extensionId))
		throw new ApiError(
			403,
			'CMN-408',
			'In order to call this API endpoint, user needs to have [ReadCompanyCallLog] permission for requested resource.',
		);
	const records = recordsOf(ctx, company);
	const syncType = first(ctx.query.syncType) || 'FSync';
	const detailed = first(ctx.query.view) === 'Detailed';
	const missedOnly = list(ctx.query.statusGroup).includes('Missed');
	const recordingType = first(ctx.query.recordingType);
	const keep = (/** @type {any} */ r) =>
		(!missedOnly || r.result === 'Missed') &&
		(!recordingType ||
			(r.recording && (recordingType === 'All' || r.recording.type === recordingType)));
	const now = iso(Date.now());
	let out;
	if (syncType === 'FSync') {
		const from = ctx.query.dateFrom ? Date.parse(first(ctx.query.dateFrom)) : -Infinity;
		const count = Number(first(ctx.query.recordCount) || 250);
		out = records
			.filter((r) => keep(r) && Date.parse(r.startTime) >= from)
			.sort((a, b) => Date.parse(b.startTime) - Date.parse(a.startTime))
			.slice(0, count);
	} else {
		/** @type {any} */
		let token;
		try {
			token = JSON.parse(
				Buffer.from(String(first(ctx.query.syncToken) || ''), 'base64url').toString('utf8'),
			);
		} catch {
			token = undefined;
		}
		if (!token || token.e !== (company ? '*' : ctx.extensionId))
			throw new ApiError(400, 'CLG-104', 'Parameter [syncToken] is invalid', {
				parameterName: 'syncToken',
			});
		out = records
			.filter((r) => keep(r) && r._seq > token.s)
			.sort((a, b) => b._seq - a._seq)
			.slice(0, 250);
	}
	return {
		body: {
			uri: requestUri(ctx),
			records: out.map((r) => view(r, detailed)),
			syncInfo: { syncType, syncToken: syncToken(ctx, company), syncTime: now },
		},
	};
}

/** @type {Record<string, import('./index').Handler>} */
const handlers = {
	readUserCallLog: (ctx) => listCallLog(ctx, false),
	readCompanyCallLog: (ctx) => listCallLog(ctx, true),
	readUserCallRecord: (ctx) => readCallRecord(ctx, false),
	readCompanyCallRecord: (ctx) => readCallRecord(ctx, true),
	syncUserCallLog: (ctx) => syncCallLog(ctx, false),
	syncAccountCallLog: (ctx) => syncCallLog(ctx, true),
	readCallRecording: (ctx) => {
		const rec = findRecording(ctx);
		const api = `${ctx.baseUrl}/restapi/v1.0/account/${ctx.state.accountId}`;
		return {
			body: {
				id: rec.id,
				contentUri: `${api}/recording/${rec.id}/content`,
				contentType: rec.contentType,
				duration: rec.duration,
			},
		};
	},
	readCallRecordingContent: (ctx) => {
		const rec = findRecording(ctx);
		// The call log lists a recording before its media is ready.
		if (Date.now() < rec.readyAt)
			throw new ApiError(404, 'CMN-102', 'Resource for parameter [recordingId] is not found', {
				parameterName: 'recordingId',
				parameterValue: rec.id,
			});
		const disposition = first(ctx.query.contentDisposition) === 'Inline' ? 'inline' : 'attachment';
		const fileName = first(ctx.query.contentDispositionFilename) || `recording-${rec.id}.wav`;
		const headers = { 'Content-Disposition': `${disposition}; filename="${fileName}"` };
		// A large recording (`recordingSize`) is generated while it is sent.
		if (rec.size)
			return {
				status: 200,
				stream: wavStream(rec.size),
				contentLength: rec.size,
				contentType: rec.contentType,
				headers,
			};
		return { status: 200, raw: rec.data, contentType: rec.contentType, headers };
	},
};

module.exports = { handlers };
