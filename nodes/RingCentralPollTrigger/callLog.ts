import type { IBinaryKeyData, IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { downloadFile } from '../shared/attachments';
import { httpStatusOf, nodeError } from '../shared/errors';
import { fetchRecords } from '../shared/paging';
import { pruneSeen } from '../shared/seen';
import { pollOperations as ops } from './operations';
import { chronological } from './shared';

/**
 * New call log records (and recordings) with a date cursor: each poll reads the window from
 * `lookback` (+ the recording delay) before the previous poll until now, all pages, and emits the
 * records it has not seen. Calls enter the log when they end but are dated by their start, so a plain
 * "since the last poll" cursor would lose long calls; the window and the seen-ids make up for that.
 * Call log reads are Heavy (10 a minute): one request per 1000 records, recordings downloads capped.
 */
const MAX_DOWNLOADS_PER_POLL = 5;
const SAMPLE_DAYS = 30;
const MISSED_RESULTS = ['Missed', 'Voicemail'];

interface CallPollState extends IDataObject {
	key?: string;
	/** When the previous poll ran (ms). */
	cursor?: number;
	/** Call log record id → start time (ms) of the records seen within the window. */
	seen?: IDataObject;
}

interface CallRecord extends IDataObject {
	id: string;
	startTime: string;
	duration?: number;
	result?: string;
	recording?: { id: string; contentUri: string; contentType?: string };
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
	return {
		event,
		recordings,
		lookbackMs,
		delayMs,
		windowMs: lookbackMs + delayMs,
		scope,
		direction,
		missedOnly,
		download: recordings && options.downloadRecording === true,
	};
}

type Settings = ReturnType<typeof settings>;

/** The call log since `dateFrom`; with `limit`, only the first `limit` records that match the settings. */
async function readCallLog(
	ctx: IPollFunctions,
	s: Settings,
	dateFrom: number,
	limit?: number,
): Promise<CallRecord[]> {
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
				view: 'Simple',
				...(s.direction ? { direction: s.direction } : {}),
				...(s.recordings ? { recordingType: 'All' } : {}),
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
	if (s.recordings && !record.recording) return false;
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
	const [record] = await readCallLog(ctx, s, Date.now() - SAMPLE_DAYS * 86_400_000, 1);
	if (!record) return null;
	const item: INodeExecutionData = { json: record };
	if (s.download) {
		try {
			item.binary = await recordingBinary(ctx, record);
		} catch (error) {
			item.json = { ...record, downloadError: (error as Error).message };
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
	});
	const now = Date.now();
	if (state.key !== key || typeof state.cursor !== 'number') {
		// First poll (or new settings): calls that exist now are not new.
		const records = await readCallLog(ctx, s, now - s.windowMs);
		Object.assign(state, {
			key,
			cursor: now,
			seen: Object.fromEntries(records.map((r) => [r.id, Date.parse(r.startTime)])),
		});
		return null;
	}

	const records = await readCallLog(ctx, s, state.cursor - s.windowMs);
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
		const item: INodeExecutionData = { json: record };
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
					item.json = { ...record, downloadError: (error as Error).message };
				}
			}
		}
		items.push(item);
		seen[record.id] = started;
	}
	state.cursor = now;
	state.seen = pruneSeen(seen, now - s.windowMs);
	return items.length ? [items] : null;
}
