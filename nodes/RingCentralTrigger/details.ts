import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { MessageWithAttachments as MessageLike } from '../shared/attachments';
import { fetchRecords } from '../shared/paging';
import { ringCentralJson, ringCentralRequest } from '../shared/transport';
import type { EventPreset } from './events';
import { extensionOfFilter } from './events';
import { triggerSpecOverrides as ops } from './specOverrides';

/** The statuses "SMS Delivery Status Changed" can report. */
export const SMS_STATUSES = ['Queued', 'Sent', 'Delivered', 'DeliveryFailed', 'SendingFailed'];
/** "Voicemail Transcribed" waits this long for a transcription unless told otherwise (minutes), and at most MAX. */
export const TRANSCRIPTION_WAIT_MINUTES = 5;
export const MAX_TRANSCRIPTION_WAIT_MINUTES = 30;
/** Transcription states after which nothing more happens. */
const FINAL_TRANSCRIPTION = [
	'Completed',
	'CompletedPartially',
	'Failed',
	'TimedOut',
	'NotAvailable',
];
const HOUR_MS = 60 * 60 * 1000;

/** A message-store record as the trigger reads it. */
interface StoredMessage extends MessageLike {
	id?: string | number;
	messageStatus?: string;
	vmTranscriptionStatus?: string;
	creationTime?: string;
	lastModifiedTime?: string;
}

/** An item of this delivery's event, with fields of its own. */
function itemOf(item: INodeExecutionData, fields: IDataObject): INodeExecutionData {
	return { json: { ...item.json, ...fields } };
}

function extensionOf(item: INodeExecutionData): string {
	const body = (item.json.body ?? {}) as IDataObject;
	return (
		extensionOfFilter(String(item.json.eventFilter ?? '')) ??
		(body.extensionId as string | undefined) ??
		'~'
	);
}

/** The extension's messages of one type created since `since` (ms). */
async function listMessages(
	ctx: IExecuteFunctions,
	extension: string,
	type: string,
	since: number,
): Promise<StoredMessage[]> {
	return (await fetchRecords(
		ctx,
		{
			method: 'GET',
			url: `/restapi/v1.0/account/~/extension/${encodeURIComponent(extension)}/message-store`,
			qs: { messageType: type, dateFrom: new Date(since).toISOString(), perPage: 100 },
		},
		ops.listMessages,
	)) as StoredMessage[];
}

/** The messages a message-store change is about: those last modified at the body's `lastUpdated`. */
function changedBy(body: IDataObject, messages: StoredMessage[]): StoredMessage[] {
	const changedAt = Date.parse(String(body.lastUpdated ?? ''));
	if (Number.isNaN(changedAt)) return [];
	return messages.filter((message) => Date.parse(message.lastModifiedTime ?? '') === changedAt);
}

/** "SMS Delivery Status Changed" (one item per changed message whose status was chosen) and "Fax Sent". */
async function statusChanges(
	ctx: IExecuteFunctions,
	item: INodeExecutionData,
	preset: EventPreset,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = (item.json.body ?? {}) as IDataObject;
	const changedAt = Date.parse(String(body.lastUpdated ?? ''));
	if (Number.isNaN(changedAt)) return [];
	const type = preset.changedMessages as string;
	// A status change comes within a day of sending; older messages are not read.
	const messages = await listMessages(ctx, extensionOf(item), type, changedAt - 24 * HOUR_MS);
	const wanted =
		preset.value === 'faxSent'
			? ['Sent']
			: (ctx.getNodeParameter('smsStatuses', itemIndex, SMS_STATUSES) as string[]);
	return changedBy(body, messages)
		.filter((message) => message.direction === 'Outbound')
		.filter((message) => wanted.includes(String(message.messageStatus)))
		.map((message) =>
			itemOf(item, {
				messageId: String(message.id),
				messageStatus: message.messageStatus,
				message,
			}),
		);
}

/** The text of a voicemail's transcription (its AudioTranscription attachment), if it has one. */
async function transcriptionText(
	ctx: IExecuteFunctions,
	message: StoredMessage,
): Promise<string | undefined> {
	const attachment = (message.attachments ?? []).find(
		(candidate) => candidate.type === 'AudioTranscription' && candidate.uri,
	);
	if (!attachment?.uri) return undefined;
	const response = await ringCentralRequest(
		ctx,
		{ method: 'GET', url: attachment.uri, encoding: 'arraybuffer' },
		ops.readMessageContent,
	);
	const content = response.body as Buffer | ArrayBuffer | string;
	if (typeof content === 'string') return content;
	return (Buffer.isBuffer(content) ? content : Buffer.from(content)).toString('utf8');
}

/**
 * "Voicemail Transcribed": a voicemail whose transcription finished within the wait (this change is its
 * completion), and each voicemail whose wait ran out since the last look (`transcriptionTimedOut`: with
 * whatever transcription it has by then). No timer waits: every voicemail change of the extension looks
 * again, so a late voicemail is reported at the next one (at the latest when RingCentral finishes or gives
 * up its transcription).
 */
async function transcribedVoicemails(
	ctx: IExecuteFunctions,
	item: INodeExecutionData,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = (item.json.body ?? {}) as IDataObject;
	const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const minutes = Math.min(
		MAX_TRANSCRIPTION_WAIT_MINUTES,
		Math.max(0, Number(options.transcriptionWaitMinutes ?? TRANSCRIPTION_WAIT_MINUTES)),
	);
	const waitMs = minutes * 60 * 1000;
	const now = Date.parse(String(item.json.timestamp ?? '')) || Date.now();
	const lookedAt = Number(item.json.transcriptionCheckedAt ?? now);
	delete item.json.transcriptionCheckedAt;
	const since = Math.max(Math.min(lookedAt, now), now - 24 * HOUR_MS) - waitMs - 60 * 1000;
	const voicemails = await listMessages(ctx, extensionOf(item), 'VoiceMail', since);
	const changed = new Set(changedBy(body, voicemails));
	const items: INodeExecutionData[] = [];
	for (const voicemail of voicemails) {
		if (voicemail.direction !== 'Inbound') continue;
		const deadline = Date.parse(voicemail.creationTime ?? '') + waitMs;
		const status = String(voicemail.vmTranscriptionStatus ?? 'Unknown');
		const final = FINAL_TRANSCRIPTION.includes(status);
		const finishedAt = Date.parse(voicemail.lastModifiedTime ?? '');
		const inTime = changed.has(voicemail) && final && finishedAt <= deadline;
		// The wait ran out between the last look and this one, and the transcription had not finished in time.
		const timedOut =
			!inTime && deadline > lookedAt && deadline <= now && (!final || finishedAt > deadline);
		if (!inTime && !timedOut) continue;
		const text = ['Completed', 'CompletedPartially'].includes(status)
			? await transcriptionText(ctx, voicemail)
			: undefined;
		items.push(
			itemOf(item, {
				messageId: String(voicemail.id),
				transcriptionStatus: status,
				...(text !== undefined ? { transcription: text } : {}),
				transcriptionTimedOut: timedOut,
				message: voicemail,
			}),
		);
	}
	return items;
}

interface RecordingInsights extends IDataObject {
	speakerInfo?: Array<{ speakerId: string; name?: string; phoneNumber?: string }>;
	insights?: Record<string, IDataObject[] | undefined>;
}

/** "Call Insights Ready": the recording's RingSense insights, with the parts people use most up front. */
async function callInsights(
	ctx: IExecuteFunctions,
	item: INodeExecutionData,
): Promise<INodeExecutionData[]> {
	const body = (item.json.body ?? {}) as IDataObject;
	const domain = String(body.domain ?? 'pbx');
	const record = await ringCentralJson<RecordingInsights>(
		ctx,
		{
			method: 'GET',
			url: `/ai/ringsense/v1/public/accounts/~/domains/${encodeURIComponent(domain)}/records/${encodeURIComponent(String(body.sourceRecordId))}/insights`,
		},
		ops.readRecordingInsights,
	);
	const insights = record.insights ?? {};
	const values = (key: string) =>
		(insights[key] ?? []).map((entry) => String(entry.value ?? '')).filter(Boolean);
	const speakers = new Map(
		(record.speakerInfo ?? []).map((speaker) => [
			speaker.speakerId,
			speaker.name ?? speaker.phoneNumber ?? speaker.speakerId,
		]),
	);
	const transcript: IDataObject[] = (insights.Transcript ?? []).map((utterance) => ({
		speaker: speakers.get(String(utterance.speakerId)) ?? String(utterance.speakerId),
		...utterance,
	}));
	const score = values('AIScore')[0];
	const sentiment = values('Sentiment')[0];
	const fields: IDataObject = {
		summary: [...values('Summary'), ...values('BulletedSummary')].join('\n'),
		nextSteps: values('NextSteps'),
		highlights: values('Highlights'),
		...(score !== undefined
			? { aiScore: Number.isNaN(Number(score)) ? score : Number(score) }
			: {}),
		...(sentiment !== undefined ? { sentiment } : {}),
		transcript,
		transcriptText: transcript
			.map((line) => `${String(line.speaker)}: ${String(line.text)}`)
			.join('\n'),
		insights: record,
	};
	return [itemOf(item, fields)];
}

/**
 * The items of a preset whose delivery only says that something changed: read what changed. Answers
 * undefined for the other presets (their item stays as delivered).
 */
export async function presetItems(
	ctx: IExecuteFunctions,
	item: INodeExecutionData,
	preset: EventPreset | undefined,
	itemIndex: number,
): Promise<INodeExecutionData[] | undefined> {
	if (preset?.value === 'voicemailTranscribed')
		return await transcribedVoicemails(ctx, item, itemIndex);
	if (preset?.changedMessages) return await statusChanges(ctx, item, preset, itemIndex);
	if (preset?.callInsights) return await callInsights(ctx, item);
	return undefined;
}
