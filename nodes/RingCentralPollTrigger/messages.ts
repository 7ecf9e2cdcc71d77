import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { downloadMessageAttachments } from '../shared/attachments';
import type { MessageWithAttachments } from '../shared/attachments';
import { httpStatusOf, nodeError } from '../shared/errors';
import { fetchRecords } from '../shared/paging';
import { pruneSeen } from '../shared/seen';
import { ringCentralJson } from '../shared/transport';
import { pollTriggerSpecOverrides as ops } from './specOverrides';
import { chronological, withLinks } from './shared';

/**
 * New messages through message-sync: a full sync once (its token marks "now"), then incremental syncs
 * with the token. An incremental sync returns every change (new, read, deleted); a message is new when
 * it was never seen, is alive, and was created within the window before the previous sync.
 */
const WINDOW_MS = 60 * 60 * 1000;
const SAMPLE_DAYS = 90;

interface MessagePollState extends IDataObject {
	key?: string;
	syncToken?: string;
	syncTime?: string;
	/** Message id → creation time (ms) of every message seen within the window. */
	seen?: IDataObject;
}

interface SyncBody {
	records?: MessageWithAttachments[];
	syncInfo: { syncToken: string; syncTime: string };
}

interface MessageFilter {
	messageType: string[];
	direction?: string;
}

function messageFilter(ctx: IPollFunctions): MessageFilter {
	if (ctx.getNodeParameter('event') === 'newVoicemail')
		return { messageType: ['VoiceMail'], direction: 'Inbound' };
	const direction = ctx.getNodeParameter('direction', 'Inbound') as string;
	return {
		messageType: ctx.getNodeParameter('messageTypes', []) as string[],
		...(direction ? { direction } : {}),
	};
}

function matches(filter: MessageFilter, message: IDataObject): boolean {
	if (filter.messageType.length && !filter.messageType.includes(String(message.type))) return false;
	if (filter.direction && message.direction !== filter.direction) return false;
	return (message.availability ?? 'Alive') === 'Alive';
}

function filterQuery(filter: MessageFilter): IDataObject {
	return {
		...(filter.messageType.length ? { messageType: filter.messageType } : {}),
		...(filter.direction ? { direction: filter.direction } : {}),
	};
}

async function sync(ctx: IPollFunctions, qs: IDataObject): Promise<SyncBody> {
	return await ringCentralJson<SyncBody>(
		ctx,
		{ method: 'GET', url: '/restapi/v1.0/account/~/extension/~/message-sync', qs },
		ops.syncMessages,
	);
}

async function toItems(
	ctx: IPollFunctions,
	messages: MessageWithAttachments[],
): Promise<INodeExecutionData[]> {
	const options = ctx.getNodeParameter('options', {}) as IDataObject;
	const items: INodeExecutionData[] = [];
	for (const message of messages) {
		const item: INodeExecutionData = { json: withLinks(message, 'message') };
		if (options.downloadAttachments === true) {
			try {
				const binary = await downloadMessageAttachments(
					ctx,
					[message],
					(options.binaryPropertyPrefix as string | undefined) || 'attachment',
					ops.readMessageContent,
				);
				if (Object.keys(binary).length) item.binary = binary;
			} catch (error) {
				// A file that cannot be downloaded must not hold back its message, nor those after it: the cursor
				// moves on, so the message is emitted once, saying why its files are missing.
				item.json = { ...item.json, attachmentError: nodeError(ctx.getNode(), error).message };
			}
		}
		items.push(item);
	}
	return items;
}

/** The newest matching message, for "Fetch Test Event". */
async function sample(
	ctx: IPollFunctions,
	filter: MessageFilter,
): Promise<INodeExecutionData[][] | null> {
	const records = await fetchRecords(
		ctx,
		{
			method: 'GET',
			url: '/restapi/v1.0/account/~/extension/~/message-store',
			qs: {
				...filterQuery(filter),
				dateFrom: new Date(Date.now() - SAMPLE_DAYS * 86_400_000).toISOString(),
			},
		},
		ops.listMessages,
		1,
	);
	return records.length ? [await toItems(ctx, records)] : null;
}

export async function pollMessages(ctx: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const filter = messageFilter(ctx);
	if (ctx.getMode() === 'manual') return await sample(ctx, filter);

	const state = ctx.getWorkflowStaticData('node') as MessagePollState;
	const key = JSON.stringify(filter);
	const now = Date.now();
	if (state.key !== key || !state.syncToken || !state.syncTime) {
		// First poll (or new filters): what exists now is not new; remember the last hour's messages as seen.
		const body = await sync(ctx, {
			syncType: 'FSync',
			...filterQuery(filter),
			dateFrom: new Date(now - WINDOW_MS).toISOString(),
		});
		const seen = Object.fromEntries(
			(body.records ?? []).map((m) => [String(m.id), Date.parse(String(m.creationTime))]),
		);
		Object.assign(state, {
			key,
			syncToken: body.syncInfo.syncToken,
			syncTime: body.syncInfo.syncTime,
			seen,
		});
		return null;
	}

	const since = Date.parse(state.syncTime) - WINDOW_MS;
	let body: SyncBody;
	try {
		body = await sync(ctx, { syncType: 'ISync', syncToken: state.syncToken });
	} catch (error) {
		if (httpStatusOf(error) !== '400') throw nodeError(ctx.getNode(), error);
		// The token expired or became invalid: catch up with a full sync from before the last poll.
		ctx.logger.warn(
			`RingCentral Poll Trigger: the message sync token is no longer valid (${(error as Error).message}); catching up with a full sync`,
		);
		body = await sync(ctx, {
			syncType: 'FSync',
			...filterQuery(filter),
			dateFrom: new Date(since).toISOString(),
		});
	}

	const seen = { ...(state.seen ?? {}) };
	const fresh: MessageWithAttachments[] = [];
	for (const message of body.records ?? []) {
		const id = String(message.id);
		const created = Date.parse(String(message.creationTime));
		if (seen[id] !== undefined || !(created >= since)) continue;
		if (matches(filter, message)) fresh.push(message);
		seen[id] = created;
	}
	const items = await toItems(ctx, chronological(fresh, 'creationTime'));
	// Only now that everything succeeded does the cursor move.
	state.syncToken = body.syncInfo.syncToken;
	state.syncTime = body.syncInfo.syncTime;
	state.seen = pruneSeen(seen, Date.parse(body.syncInfo.syncTime) - WINDOW_MS);
	return items.length ? [items] : null;
}
