import type { IBinaryKeyData, IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { downloadFile } from '../shared/attachments';
import { httpStatusOf, nodeError } from '../shared/errors';
import { fetchRecords } from '../shared/paging';
import { pruneSeen } from '../shared/seen';
import { normalizePhoneNumber } from '../shared/validation';
import { pollTriggerSpecOverrides as ops } from './specOverrides';
import { chronological, withLinks } from './shared';

/**
 * New call log records (and recordings) with a date cursor: each poll reads the window from
 * `lookback` (+ the recording delay) before the previous poll until now, all pages, and emits the
 * records it has not seen. Calls enter the log when they end but are dated by their start, so a plain
 * "since the last poll" cursor would lose long calls; the window and the seen-ids make up for that.
 * With "Only Calls Older Than" the window ends that long before the poll (`dateTo`), so records that
 * RingCentral logs late are still inside a later window.
 * Call log reads are Heavy (10 a minute): one request per 1000 records, recordings downloads capped.
 */
const MAX_DOWNLOADS_PER_POLL = 5;
const SAMPLE_DAYS = 30;
const MISSED_RESULTS = ['Missed', 'Voicemail'];

interface CallPollState extends IDataObject {
	key?: string;
	/** Where the previous poll's window ended (ms): when it ran, less "Only Calls Older Than". */
	cursor?: number;
	/** Call log record id → start time (ms) of the records seen within the window. */
	seen?: IDataObject;
}

interface CallRecord extends IDataObject {
	id: string;
	startTime: string;
	duration?: number;
	result?: string;
	from?: { phoneNumber?: string };
	to?: { phoneNumber?: string };
	recording?: { id: string; contentUri: string; contentType?: string; type?: string };
}

function settings(ctx: IPollFunctions) {
	const event = ctx.getNodeParameter('event') as string;
	const options = ctx.getNodeParameter('options', {}) as IDataObject;
	const recordings = event === 'newRecording';
	const lookbackMs = ((options.lookbackMinutes as number | undefined) ?? 60) * 60_000;
	const delayMs = recordings
		? ((options.recordingDelayMinutes as number | undefined) ?? 5) * 60_000
		: 0;
	const scope = ctx.getNodeParameter('scope', 'user') as string;
	const direction = ctx.getNodeParameter('direction', 'Inbound') as string;
	const missedOnly = !recordings && (ctx.getNodeParameter('missedOnly', false) as boolean);
	const filters = ctx.getNodeParameter('callFilters', {}) as IDataObject;
	const results = (filters.results as string[] | undefined) ?? [];
	// A recording event needs a recording of some type; a call event asks for one only when filtered.
	const recordingType =
		(filters.recordingType as string | undefined) || (recordings ? 'All' : undefined);
	return {
		event,
		recordings,
		lookbackMs,
		delayMs,
		windowMs: lookbackMs + delayMs,
		scope,
		direction,
		missedOnly,
		results,
		recordingType,
		phoneNumber: phoneNumberFilter(ctx, filters.phoneNumber),
		minAgeMs: ((options.minAgeMinutes as number | undefined) ?? 0) * 60_000,
		download: recordings && options.downloadRecording === true,
	};
}

function phoneNumberFilter(ctx: IPollFunctions, value: unknown): string | undefined {
	const text = String(value ?? '').trim();
	if (!text) return undefined;
	const normalized = normalizePhoneNumber(text);
	if (!normalized)
		throw new NodeOperationError(ctx.getNode(), `Phone Number: "${text}" is not a phone number`, {
			description: 'Use the E.164 format: + then country code and number, e.g. +16505550100.',
		});
	return normalized;
}

type Settings = ReturnType<typeof settings>;

/**
 * The call log from `dateFrom` (until `dateTo`, else now); with `limit`, only the first `limit` records that
 * match the settings. Direction, recording type and phone number are filtered by RingCentral; the result
 * has no query parameter and is filtered here (`wanted`).
 */
async function readCallLog(
	ctx: IPollFunctions,
	s: Settings,
	dateFrom: number,
	options: { dateTo?: number; limit?: number } = {},
): Promise<CallRecord[]> {
	const { dateTo, limit } = options;
	const company = s.scope === 'account';
	const meta = company ? ops.readCompanyCallLog : ops.readUserCallLog;
	return (await fetchRecords(
		ctx,
		{
			method: 'GET',
			url: company
				? '/restapi/v1.0/account/~/call-log'
				: '/restapi/v1.0/account/~/extension/~/call-log',
			qs: {
				dateFrom: new Date(dateFrom).toISOString(),
				...(dateTo !== undefined ? { dateTo: new Date(dateTo).toISOString() } : {}),
				view: 'Simple',
				...(s.direction ? { direction: s.direction } : {}),
				...(s.recordingType ? { recordingType: s.recordingType } : {}),
				// The call log takes the number in E.164 without the '+'.
				...(s.phoneNumber ? { phoneNumber: s.phoneNumber.slice(1) } : {}),
			},
		},
		meta,
		limit,
		undefined,
		limit !== undefined ? (record) => wanted(s, record as CallRecord) : undefined,
	)) as CallRecord[];
}

function wanted(s: Settings, record: CallRecord): boolean {
	if (s.missedOnly && !MISSED_RESULTS.includes(String(record.result))) return false;
	if (s.results.length && !s.results.includes(String(record.result))) return false;
	if (s.recordingType && !record.recording) return false;
	if (
		s.recordingType &&
		s.recordingType !== 'All' &&
		record.recording?.type &&
		record.recording.type !== s.recordingType
	)
		return false;
	// RingCentral matches the number already; this keeps the match exact (from or to, not a part of it).
	if (
		s.phoneNumber &&
		![record.from, record.to].some(
			(party) => normalizePhoneNumber(String(party?.phoneNumber ?? '')) === s.phoneNumber,
		)
	)
		return false;
	return true;
}

async function recordingBinary(ctx: IPollFunctions, record: CallRecord): Promise<IBinaryKeyData> {
	const recording = record.recording as NonNullable<CallRecord['recording']>;
	const data = await downloadFile(
		ctx,
		recording.contentUri,
		ops.readCallRecordingContent,
		`recording-${recording.id}.wav`,
		recording.contentType,
	);
	return { data };
}

/** The newest matching record, for "Fetch Test Event". */
async function sample(ctx: IPollFunctions, s: Settings): Promise<INodeExecutionData[][] | null> {
	const [record] = await readCallLog(ctx, s, Date.now() - SAMPLE_DAYS * 86_400_000, { limit: 1 });
	if (!record) return null;
	const item: INodeExecutionData = { json: withLinks(record, 'call') };
	if (s.download) {
		try {
			item.binary = await recordingBinary(ctx, record);
		} catch (error) {
			item.json = { ...item.json, downloadError: (error as Error).message };
		}
	}
	return [[item]];
}

export async function pollCallLog(ctx: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const s = settings(ctx);
	if (ctx.getMode() === 'manual') return await sample(ctx, s);

	const state = ctx.getWorkflowStaticData('node') as CallPollState;
	const key = JSON.stringify({
		event: s.event,
		scope: s.scope,
		direction: s.direction,
		missedOnly: s.missedOnly,
		results: s.results,
		recordingType: s.recordingType,
		phoneNumber: s.phoneNumber,
		minAgeMs: s.minAgeMs,
	});
	const now = Date.now();
	const windowEnd = now - s.minAgeMs;
	if (state.key !== key || typeof state.cursor !== 'number') {
		// First poll (or new settings): calls that exist now are not new, those younger than the minimum
		// age included (later windows reach them).
		const records = await readCallLog(ctx, s, windowEnd - s.windowMs);
		Object.assign(state, {
			key,
			cursor: windowEnd,
			seen: Object.fromEntries(records.map((r) => [r.id, Date.parse(r.startTime)])),
		});
		return null;
	}

	const records = await readCallLog(ctx, s, state.cursor - s.windowMs, {
		...(s.minAgeMs ? { dateTo: windowEnd } : {}),
	});
	const seen = { ...(state.seen ?? {}) };
	const items: INodeExecutionData[] = [];
	let downloads = 0;
	for (const record of chronological(records, 'startTime')) {
		if (seen[record.id] !== undefined) continue;
		const started = Date.parse(record.startTime);
		if (!wanted(s, record)) {
			seen[record.id] = started;
			continue;
		}
		const item: INodeExecutionData = { json: withLinks(record, 'call') };
		if (s.recordings) {
			const endedAgo = now - (started + (record.duration ?? 0) * 1000);
			// The recording's media lags the call log: wait, then try next poll.
			if (endedAgo < s.delayMs) continue;
			if (s.download) {
				if (downloads >= MAX_DOWNLOADS_PER_POLL) continue;
				downloads++;
				try {
					item.binary = await recordingBinary(ctx, record);
				} catch (error) {
					if (httpStatusOf(error) !== '404') throw nodeError(ctx.getNode(), error);
					// Not ready yet: retry while the call is in the window; then emit it without the file.
					if (endedAgo < s.lookbackMs) continue;
					ctx.logger.warn(
						`RingCentral Poll Trigger: recording ${record.recording?.id} of call ${record.id} could not be downloaded: ${(error as Error).message}`,
					);
					item.json = { ...item.json, downloadError: (error as Error).message };
				}
			}
		}
		items.push(item);
		seen[record.id] = started;
	}
	state.cursor = windowEnd;
	state.seen = pruneSeen(seen, windowEnd - s.windowMs);
	return items.length ? [items] : null;
}
