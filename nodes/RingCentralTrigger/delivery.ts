import { createHash, timingSafeEqual } from 'crypto';
import type { IDataObject, INodeExecutionData, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { downloadMessageAttachments } from '../shared/attachments';
import type { MessageWithAttachments as MessageLike } from '../shared/attachments';
import { pruneSeen } from '../shared/seen';
import { ringCentralJson } from '../shared/transport';
import { classifyDelivery, extensionOfFilter, parseCustomFilters } from './events';
import type { EventPreset } from './events';
import { triggerOperations as ops } from './operations';
import { needsRenewal, renewOrWarn, subscriptionState } from './subscription';
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
/** How many processed delivery ids are remembered (within MAX_DELIVERY_AGE_MS) to drop repeats. */
const MAX_REMEMBERED = 500;

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
	const kept = Object.entries(pruneSeen(recent, now - MAX_DELIVERY_AGE_MS) as Record<string, number>)
		.sort((a, b) => b[1] - a[1])
		.slice(0, MAX_REMEMBERED);
	state.recentDeliveries = Object.fromEntries(kept);
}

/** Message-store events carry counts and ids only: fetch the new messages. */
async function fetchNewMessages(ctx: IWebhookFunctions, eventFilter: string, body: IDataObject): Promise<MessageLike[]> {
	const extension = extensionOfFilter(eventFilter) ?? (body.extensionId as string | undefined) ?? '~';
	const ids = ((body.changes as IDataObject[] | undefined) ?? []).flatMap((change) => (change.newMessageIds as Array<string | number> | undefined) ?? []);
	const messages: MessageLike[] = [];
	for (const id of ids) {
		messages.push(
			await ringCentralJson<MessageLike>(
				ctx,
				{ method: 'GET', url: `/restapi/v1.0/account/~/extension/${encodeURIComponent(extension)}/message-store/${encodeURIComponent(String(id))}` },
				ops.readMessage,
			),
		);
	}
	return messages;
}

async function enrich(
	ctx: IWebhookFunctions,
	item: INodeExecutionData,
	preset: EventPreset | undefined,
	notification: Notification,
): Promise<void> {
	const options = ctx.getNodeParameter('options', {}) as IDataObject;
	const fetchMessages = options.fetchMessages !== false;
	const download = options.downloadAttachments === true;
	const body = notification.body ?? {};
	let messages: MessageLike[] = [];
	if (preset?.message) messages = [body as MessageLike];
	if (preset?.thin && (fetchMessages || download)) {
		messages = await fetchNewMessages(ctx, notification.event ?? '', body);
		if (fetchMessages) item.json.messages = messages;
	}
	if (download && messages.length) {
		const binary = await downloadMessageAttachments(ctx, messages, (options.binaryPropertyPrefix as string | undefined) || 'attachment', ops.readMessageContent);
		if (Object.keys(binary).length) item.binary = binary;
	}
}

/**
 * A request to the webhook URL: the validation handshake (answered statelessly), or a delivery, which
 * must carry our verification token and subscription id. One item per event.
 */
export async function handleDelivery(ctx: IWebhookFunctions): Promise<IWebhookResponseData> {
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
	if (
		!state.subscriptionId ||
		!tokensMatch(header(ctx, 'verification-token'), state.verificationToken) ||
		notification.subscriptionId !== state.subscriptionId
	) {
		return answer(ctx, 401);
	}
	const now = Date.now();
	const sentAt = Date.parse(notification.timestamp ?? '');
	if (!notification.uuid || !notification.event || Number.isNaN(sentAt) || now - sentAt > MAX_DELIVERY_AGE_MS) return answer(ctx, 401);
	// RingCentral's own repeat, or someone replaying a captured delivery: accept it, run nothing.
	if (state.recentDeliveries?.[notification.uuid] !== undefined) return answer(ctx, 200);
	remember(state, notification.uuid, now);

	if (needsRenewal(state, now)) {
		await renewOrWarn(ctx, state, `RingCentral Trigger: renewing subscription ${state.subscriptionId} on a delivery failed (checked again at the next activation)`);
	}

	const events = ctx.getNodeParameter('events', []) as string[];
	const customFilters = parseCustomFilters(ctx.getNodeParameter('customFilters', '') as string);
	const body = notification.body ?? {};
	const kind = classifyDelivery(notification.event, body, events, customFilters);
	if (!kind) return answer(ctx, 200);

	const extensionId = extensionOfFilter(notification.event);
	const item: INodeExecutionData = {
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
	};
	try {
		await enrich(ctx, item, kind.preset, notification);
	} catch (error) {
		// The event is not lost when its details cannot be fetched.
		ctx.logger.warn(`RingCentral Trigger: enriching ${kind.value} event ${notification.uuid} failed: ${(error as Error).message}`);
		item.json.enrichmentError = (error as Error).message;
	}
	return { workflowData: [[item]] };
}
