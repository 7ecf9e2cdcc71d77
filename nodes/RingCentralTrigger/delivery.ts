import { createHash, timingSafeEqual } from 'crypto';
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { downloadMessageAttachments } from '../shared/attachments';
import type { MessageWithAttachments as MessageLike } from '../shared/attachments';
import { pruneSeen } from '../shared/seen';
import { ringCentralJson } from '../shared/transport';
import { presetItems } from './details';
import { classifyDelivery, extensionOfFilter, parseCustomFilters, presetOf } from './events';
import { triggerSpecOverrides as ops } from './specOverrides';
import { subscriptionState } from './subscription';
import type { SubscriptionState } from './subscription';

/** RingCentral's notification envelope. */
interface Notification {
	uuid?: string;
	event?: string;
	timestamp?: string;
	subscriptionId?: string;
	ownerId?: string;
	body?: IDataObject;
}

/** A delivery older than this (by its timestamp) is not accepted: it can only be a replay. */
const MAX_DELIVERY_AGE_MS = 60 * 60 * 1000;
/** How far RingCentral's clock may be ahead of ours; a delivery stamped later than that is refused like an old one. */
const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;
/** How many processed delivery ids are remembered (within MAX_DELIVERY_AGE_MS) to drop repeats. */
const MAX_REMEMBERED = 500;
/** How many delivery ids n8n's deduplication store keeps for this node (read and written once per execution). */
const MAX_RECORDED = 1000;

function header(ctx: IWebhookFunctions, name: string): string | undefined {
	const value = ctx.getHeaderData()[name];
	return Array.isArray(value) ? value[0] : (value as string | undefined);
}

/** Constant-time comparison (hashing first makes the lengths equal and reveals nothing about them). */
export function tokensMatch(received: string | undefined, expected: string | undefined): boolean {
	if (!received || !expected) return false;
	const a = createHash('sha256').update(received).digest();
	const b = createHash('sha256').update(expected).digest();
	return timingSafeEqual(a, b);
}

function answer(ctx: IWebhookFunctions, status: number): IWebhookResponseData {
	ctx.getResponseObject().status(status).end();
	return { noWebhookResponse: true };
}

/** Drops remembered deliveries that are too old to be accepted anyway, and the oldest beyond the cap. */
function remember(state: SubscriptionState, uuid: string, now: number): void {
	const recent: IDataObject = { ...(state.recentDeliveries ?? {}) };
	recent[uuid] = now;
	const kept = Object.entries(
		pruneSeen(recent, now - MAX_DELIVERY_AGE_MS) as Record<string, number>,
	)
		.sort((a, b) => b[1] - a[1])
		.slice(0, MAX_REMEMBERED);
	state.recentDeliveries = Object.fromEntries(kept);
}

/** Message-store events carry counts and ids only: fetch the new messages. */
async function fetchNewMessages(
	ctx: IExecuteFunctions,
	eventFilter: string,
	body: IDataObject,
): Promise<MessageLike[]> {
	const extension =
		extensionOfFilter(eventFilter) ?? (body.extensionId as string | undefined) ?? '~';
	const ids = ((body.changes as IDataObject[] | undefined) ?? []).flatMap(
		(change) => (change.newMessageIds as Array<string | number> | undefined) ?? [],
	);
	const messages: MessageLike[] = [];
	for (const id of ids) {
		messages.push(
			await ringCentralJson<MessageLike>(
				ctx,
				{
					method: 'GET',
					url: `/restapi/v1.0/account/~/extension/${encodeURIComponent(extension)}/message-store/${encodeURIComponent(String(id))}`,
				},
				ops.readMessage,
			),
		);
	}
	return messages;
}

/**
 * Completes one event item: the new messages of a thin message-store event, attachments as binary; the
 * presets that read what changed answer their own items (none, one or several for one delivery).
 */
async function enrich(
	ctx: IExecuteFunctions,
	item: INodeExecutionData,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const fetchMessages = options.fetchMessages !== false;
	const download = options.downloadAttachments === true;
	const preset = presetOf(String(item.json.event));
	const body = (item.json.body ?? {}) as IDataObject;
	const own = await presetItems(ctx, item, preset, itemIndex);
	if (own) {
		if (download)
			for (const ownItem of own)
				await downloadAttachments(ctx, ownItem, [ownItem.json.message as MessageLike], options);
		return own;
	}
	let messages: MessageLike[] = [];
	if (preset?.message) messages = [body as MessageLike];
	if (preset?.thin && (fetchMessages || download)) {
		messages = await fetchNewMessages(ctx, String(item.json.eventFilter ?? ''), body);
		if (fetchMessages) item.json.messages = messages;
	}
	if (download && messages.length) await downloadAttachments(ctx, item, messages, options);
	return [item];
}

/** The files of the messages as binary; a failed download is reported in `attachmentError`, the event kept. */
async function downloadAttachments(
	ctx: IExecuteFunctions,
	item: INodeExecutionData,
	messages: MessageLike[],
	options: IDataObject,
): Promise<void> {
	try {
		const binary = await downloadMessageAttachments(
			ctx,
			messages,
			(options.binaryPropertyPrefix as string | undefined) || 'attachment',
			ops.readMessageContent,
		);
		if (Object.keys(binary).length) item.binary = binary;
	} catch (error) {
		// The event happened whether or not its files can be had: emit it, saying why they are missing.
		ctx.logger.warn(
			`RingCentral Trigger: downloading the attachments of ${String(item.json.event)} event ${String(item.json.uuid)} failed: ${(error as Error).message}`,
		);
		item.json.attachmentError = (error as Error).message;
	}
}

/**
 * Drops the events of a delivery that an execution already had. The memory in static data is per process:
 * in queue mode the webhook processor keeps its own copy, so a repeated or replayed delivery reaching it
 * passes `handleDelivery`. n8n's deduplication store is its database, shared by every process and kept
 * across restarts. An n8n without one (a bare engine) leaves the static-data memory as the only check.
 */
async function firstDeliveries(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const uuids = [...new Set(items.map((item) => item.json.uuid).filter(isString))];
	if (!uuids.length) return items;
	let processed: Set<string>;
	try {
		const seen = await ctx.helpers.checkProcessedAndRecord(uuids, 'node', {
			mode: 'entries',
			maxEntries: MAX_RECORDED,
		});
		processed = new Set(seen.processed.map(String));
	} catch (error) {
		ctx.logger.debug(
			`RingCentral Trigger: n8n's deduplication store is not available (${(error as Error).message}); repeats are dropped by this process's memory only`,
		);
		return items;
	}
	if (processed.size)
		ctx.logger.info(
			`RingCentral Trigger: delivery ${[...processed].join(', ')} already ran in another execution; its events are dropped`,
		);
	return items.filter((item) => !processed.has(String(item.json.uuid)));
}

function isString(value: unknown): value is string {
	return typeof value === 'string' && value !== '';
}

/**
 * The trigger node's step in the execution a delivery started: enriches each event (fetches, downloads,
 * rate-limit waits happen here, after RingCentral got its answer). An event whose details cannot be
 * fetched is kept, with the reason.
 */
export async function enrichEvents(ctx: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = await firstDeliveries(ctx, ctx.getInputData());
	const out: INodeExecutionData[] = [];
	for (const [index, item] of items.entries()) {
		try {
			out.push(...(await enrich(ctx, item, index)));
		} catch (error) {
			ctx.logger.warn(
				`RingCentral Trigger: enriching ${String(item.json.event)} event ${String(item.json.uuid)} failed: ${(error as Error).message}`,
			);
			delete item.json.transcriptionCheckedAt;
			item.json.enrichmentError = (error as Error).message;
			out.push(item);
		}
	}
	return [out];
}

/**
 * A request to the webhook URL: the validation handshake (answered statelessly), or a delivery, which
 * must carry our verification token and subscription id. A genuine delivery is answered at once (a slow
 * webhook gets blacklisted) and starts the execution with one item per event; `enrichEvents` completes
 * it there. Nothing here waits for the network, so the static data n8n saves after this call is the copy
 * it loaded moments before (a re-activation cannot slip in between and be overwritten).
 */
export function handleDelivery(ctx: IWebhookFunctions): IWebhookResponseData {
	const validationToken = header(ctx, 'validation-token');
	if (validationToken) {
		// While the create call runs, RingCentral checks the URL: echo the header, 200, empty body, within 3 s.
		const res = ctx.getResponseObject();
		res.setHeader('Validation-Token', validationToken);
		res.status(200).end();
		return { noWebhookResponse: true };
	}

	const state = subscriptionState(ctx);
	const notification = (ctx.getBodyData() ?? {}) as Notification;
	// Webinar events come from the webinar subscription, made with the same verification token.
	const ours = [state.subscriptionId, state.webinar?.subscriptionId].filter(Boolean);
	if (
		!ours.length ||
		!tokensMatch(header(ctx, 'verification-token'), state.verificationToken) ||
		!ours.includes(notification.subscriptionId)
	) {
		return answer(ctx, 401);
	}
	const now = Date.now();
	const sentAt = Date.parse(notification.timestamp ?? '');
	if (
		!notification.uuid ||
		!notification.event ||
		Number.isNaN(sentAt) ||
		now - sentAt > MAX_DELIVERY_AGE_MS ||
		sentAt - now > MAX_CLOCK_SKEW_MS
	) {
		return answer(ctx, 401);
	}
	// RingCentral's own repeat, or someone replaying a captured delivery: accept it, run nothing.
	if (state.recentDeliveries?.[notification.uuid] !== undefined) return answer(ctx, 200);
	remember(state, notification.uuid, now);

	const events = ctx.getNodeParameter('events', []) as string[];
	const customFilters = parseCustomFilters(ctx.getNodeParameter('customFilters', '') as string);
	const body = notification.body ?? {};
	const kinds = classifyDelivery(notification.event, body, events, customFilters);
	if (!kinds.length) return answer(ctx, 200);

	const extensionId = extensionOfFilter(notification.event);
	const items: INodeExecutionData[] = kinds.map((kind) => ({
		json: {
			event: kind.value,
			eventName: kind.name,
			timestamp: notification.timestamp,
			uuid: notification.uuid,
			subscriptionId: notification.subscriptionId,
			ownerId: notification.ownerId,
			...(extensionId ? { extensionId } : {}),
			eventFilter: notification.event,
			body,
		},
	}));
	const voicemail = items.find((item) => item.json.event === 'voicemailTranscribed');
	if (voicemail) {
		// Voicemails whose transcription wait ran out since the last look are reported at this one.
		voicemail.json.transcriptionCheckedAt = state.transcriptionCheckedAt ?? now;
		state.transcriptionCheckedAt = now;
	}
	answer(ctx, 200);
	return { workflowData: [items], noWebhookResponse: true };
}
