import type { IDataObject } from 'n8n-workflow';

/**
 * The events a user picks from, and the RingCentral event filters each one subscribes to.
 * Filters: https://developers.ringcentral.com/guide/notifications/event-filters
 */
export interface EventPreset {
	value: string;
	name: string;
	description: string;
	/** The app permission RingCentral needs for the filters (named when it disables them). */
	permission: string;
	/** Filters for one extension ("~" is the connected user). */
	extensionFilters?: (extension: string) => string[];
	/** Account-wide filters, used for the whole-account scope when RingCentral has them. */
	accountFilters?: string[];
	/** Filters that do not depend on the scope (account or user level by nature). */
	filters?: string[];
	/** Deliveries of the filters that are this event (when several events share a filter). */
	accepts?: (body: IDataObject) => boolean;
	/** The body is a message-store change (counts and IDs only): the messages can be fetched. */
	thin?: boolean;
	/** The body is a message whose attachments can be downloaded. */
	message?: boolean;
}

const ACCOUNT = '/restapi/v1.0/account/~';
const ext = (id: string) => `${ACCOUNT}/extension/${id}`;

const partyStatus = (body: IDataObject) =>
	((body.parties as IDataObject[] | undefined) ?? []).map(
		(party) => (party.status as IDataObject | undefined)?.code,
	);

export const EVENT_PRESETS: EventPreset[] = [
	{
		value: 'smsReceived',
		name: 'SMS Received',
		description: 'An inbound SMS or MMS (picture message), with its full content',
		permission: 'ReadMessages',
		// An SMS-only filter misses picture messages: RingCentral delivers MMS under type=MMS.
		extensionFilters: (id) => [
			`${ext(id)}/message-store/instant?type=SMS`,
			`${ext(id)}/message-store/instant?type=MMS`,
		],
		message: true,
	},
	{
		value: 'smsSent',
		name: 'SMS Sent',
		description: 'An outbound SMS or MMS was stored (sent from any app or phone)',
		permission: 'ReadMessages',
		extensionFilters: (id) => [`${ext(id)}/message-store?type=SMS&direction=Outbound`],
		thin: true,
	},
	{
		value: 'voicemailReceived',
		name: 'Voicemail Received',
		description: 'A new voicemail, with its audio as an attachment',
		permission: 'ReadMessages',
		extensionFilters: (id) => [`${ext(id)}/voicemail`],
		message: true,
	},
	{
		value: 'faxReceived',
		name: 'Fax Received',
		description: 'An inbound fax, with its document as an attachment',
		permission: 'ReadMessages',
		extensionFilters: (id) => [`${ext(id)}/fax?direction=Inbound`],
		message: true,
	},
	{
		value: 'missedCall',
		name: 'Missed Call',
		description: 'A call that was not answered (including calls to voicemail)',
		permission: 'CallControl',
		extensionFilters: (id) => [`${ext(id)}/telephony/sessions?missedCall=true`],
		accountFilters: [`${ACCOUNT}/telephony/sessions?missedCall=true`],
		// The call ends once; earlier states of a missed call carry the flag too.
		accepts: (body) => partyStatus(body).includes('Disconnected'),
	},
	{
		value: 'incomingCall',
		name: 'Incoming Call Ringing',
		description: 'An inbound call starts ringing',
		permission: 'CallControl',
		extensionFilters: (id) => [
			`${ext(id)}/telephony/sessions?direction=Inbound&statusCode=Proceeding`,
		],
		accountFilters: [`${ACCOUNT}/telephony/sessions?direction=Inbound&statusCode=Proceeding`],
	},
	{
		value: 'callAnswered',
		name: 'Call Answered',
		description: 'A call was answered (telephony session status "Answered")',
		permission: 'CallControl',
		extensionFilters: (id) => [`${ext(id)}/telephony/sessions?statusCode=Answered`],
		accountFilters: [`${ACCOUNT}/telephony/sessions?statusCode=Answered`],
	},
	{
		value: 'callEnded',
		name: 'Call Ended',
		description: 'A call ended (telephony session status "Disconnected")',
		permission: 'CallControl',
		extensionFilters: (id) => [`${ext(id)}/telephony/sessions?statusCode=Disconnected`],
		accountFilters: [`${ACCOUNT}/telephony/sessions?statusCode=Disconnected`],
	},
	{
		value: 'presenceChanged',
		name: 'Presence Changed',
		description: 'User status, do-not-disturb or telephony state (ringing, on a call) changed',
		permission: 'ReadPresence',
		extensionFilters: (id) => [`${ext(id)}/presence?detailedTelephonyState=true`],
		accountFilters: [`${ACCOUNT}/presence?detailedTelephonyState=true`],
	},
	{
		value: 'postAdded',
		name: 'Team Messaging Post Added',
		description: 'A new post in a chat or team the connected user belongs to',
		permission: 'TeamMessaging',
		filters: ['/team-messaging/v1/posts'],
		accepts: (body) => body.eventType === 'PostAdded',
	},
	{
		value: 'postChanged',
		name: 'Team Messaging Post Changed',
		description: 'A post was edited',
		permission: 'TeamMessaging',
		filters: ['/team-messaging/v1/posts'],
		accepts: (body) => body.eventType === 'PostChanged',
	},
	{
		value: 'messageStoreChanged',
		name: 'Message Store Changed',
		description: 'Any message (SMS, fax, voicemail, pager) was added or changed',
		permission: 'ReadMessages',
		extensionFilters: (id) => [`${ext(id)}/message-store`],
		thin: true,
	},
	{
		value: 'extensionCreated',
		name: 'Extension Created',
		description: 'A user or other extension was added to the account',
		permission: 'ReadAccounts',
		filters: [`${ACCOUNT}/extension`],
		accepts: (body) => body.eventType === 'Create',
	},
	{
		value: 'extensionUpdated',
		name: 'Extension Updated',
		description: 'An extension of the account changed',
		permission: 'ReadAccounts',
		filters: [`${ACCOUNT}/extension`],
		accepts: (body) => body.eventType === 'Update',
	},
	{
		value: 'a2pBatchCompleted',
		name: 'High-Volume SMS Batch Finished',
		description: 'A high-volume (A2P) SMS batch finished processing',
		permission: 'A2PSMS',
		filters: [`${ACCOUNT}/a2p-sms/batches`],
		accepts: (body) => body.status === 'Completed',
	},
];

export const CUSTOM_EVENT = 'custom';
const CUSTOM_EVENT_NAME = 'Custom Event';

export function presetOf(value: string): EventPreset | undefined {
	return EVENT_PRESETS.find((preset) => preset.value === value);
}

/**
 * A filter with its ids made comparable: account and extension ids become "~", query parameters sorted.
 * RingCentral delivers the filter as subscribed, with "~" resolved to ids.
 */
export function filterKey(filter: string): string {
	const [path, query = ''] = filter.trim().split('?');
	const normalizedPath = path
		.replace(/\/account\/[^/]+/, '/account/~')
		.replace(/\/extension\/[^/]+/, '/extension/~')
		.replace(/\/$/, '');
	const params = query
		.split('&')
		.filter(Boolean)
		.map((pair) => decodeURIComponent(pair))
		.sort();
	return params.length ? `${normalizedPath}?${params.join('&')}` : normalizedPath;
}

/** Each preset's filters (of every scope) as filter keys, to recognise a delivered or disabled filter. */
const PRESET_FILTER_KEYS = new Map(
	EVENT_PRESETS.map((preset) => [
		preset.value,
		new Set(
			[
				...(preset.filters ?? []),
				...(preset.extensionFilters?.('~') ?? []),
				...(preset.accountFilters ?? []),
			].map(filterKey),
		),
	]),
);

/** The extension an event filter is about, if it names one. */
export function extensionOfFilter(filter: string): string | undefined {
	return /\/extension\/([^/?]+)\//.exec(filter)?.[1];
}

/** Which of the chosen events a delivery is (undefined: none of them, e.g. a post removal when only "added" was chosen). */
export function classifyDelivery(
	eventFilter: string,
	body: IDataObject,
	chosen: string[],
	customFilters: string[],
): { value: string; name: string; preset?: EventPreset } | undefined {
	const key = filterKey(eventFilter);
	for (const value of chosen) {
		const preset = presetOf(value);
		if (!preset) continue;
		if (!PRESET_FILTER_KEYS.get(preset.value)?.has(key)) continue;
		if (preset.accepts && !preset.accepts(body)) continue;
		return { value: preset.value, name: preset.name, preset };
	}
	if (chosen.includes(CUSTOM_EVENT) && customFilters.some((filter) => filterKey(filter) === key)) {
		return { value: CUSTOM_EVENT, name: CUSTOM_EVENT_NAME };
	}
	return undefined;
}

/** The custom filter URIs typed by the user: one per line (or comma-separated). */
export function parseCustomFilters(text: string): string[] {
	return text
		.split(/[\n,]/)
		.map((line) => line.trim())
		.filter(Boolean);
}

/** Which permission a disabled filter needs: RingCentral's own words when they name it, else the preset's. */
export function permissionForFilter(filter: string, reason: string): string | undefined {
	const named = /\[([A-Za-z]+)\]/.exec(reason)?.[1];
	if (named) return named;
	const key = filterKey(filter);
	return EVENT_PRESETS.find((preset) => PRESET_FILTER_KEYS.get(preset.value)?.has(key))?.permission;
}
