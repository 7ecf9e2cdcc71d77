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
	/**
	 * The body is a message-store change of this message type: the event is about the messages whose
	 * `lastModifiedTime` is the body's `lastUpdated` (read from the store; RingCentral sends no IDs of
	 * updated messages).
	 */
	changedMessages?: 'SMS' | 'Fax' | 'VoiceMail';
	/** Filters of the webinar subscription API (`/webinar/notifications/v1/subscriptions`), not RingCentral's own. */
	webinarFilters?: string[];
	/** The body names a recording whose RingSense insights can be read. */
	callInsights?: boolean;
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
		value: 'smsDeliveryStatus',
		name: 'SMS Delivery Status Changed',
		description:
			'An outbound SMS moved to a new status (Queued, Sent, Delivered, DeliveryFailed, SendingFailed): one item per change',
		permission: 'ReadMessages',
		extensionFilters: (id) => [`${ext(id)}/message-store?type=SMS&direction=Outbound`],
		changedMessages: 'SMS',
	},
	{
		value: 'smsOptOut',
		name: 'SMS Opt-Out / Opt-In',
		description: 'A recipient opted out of (or back into) SMS from one of your numbers',
		permission: 'A2PSMS',
		filters: [`${ACCOUNT}/a2p-sms/opt-outs`],
	},
	{
		value: 'faxSent',
		name: 'Fax Sent',
		description: 'An outbound fax was sent (message status "Sent")',
		permission: 'ReadMessages',
		extensionFilters: (id) => [`${ext(id)}/message-store?type=Fax&direction=Outbound`],
		changedMessages: 'Fax',
	},
	{
		value: 'outboundCall',
		name: 'Outbound Call',
		description: 'A call placed by the user (or an extension of the account) is ringing out',
		permission: 'CallControl',
		extensionFilters: (id) => [
			`${ext(id)}/telephony/sessions?direction=Outbound&statusCode=Proceeding`,
		],
		accountFilters: [`${ACCOUNT}/telephony/sessions?direction=Outbound&statusCode=Proceeding`],
	},
	{
		value: 'voicemailTranscribed',
		name: 'Voicemail Transcribed',
		description:
			'A voicemail with its transcription, once ready (or, after "Transcription Wait", without it)',
		permission: 'ReadMessages',
		extensionFilters: (id) => [`${ext(id)}/message-store?type=VoiceMail`],
		changedMessages: 'VoiceMail',
	},
	{
		value: 'callInsightsReady',
		name: 'Call Insights Ready',
		description: 'RingSense finished a recorded call: summary, next steps, AI score and transcript',
		permission: 'RingSense',
		filters: ['/ai/ringsense/v1/public/accounts/~/domains/pbx/records'],
		callInsights: true,
	},
	{
		value: 'webinarSessionStarted',
		name: 'Webinar Session Started',
		description: 'A RingCentral Webinar session went live',
		permission: 'ReadWebinars',
		webinarFilters: ['/webinar/configuration/v1/company/sessions'],
		accepts: (body) => body.status === 'Active',
	},
	{
		value: 'webinarSessionEnded',
		name: 'Webinar Session Ended',
		description: 'A RingCentral Webinar session ended',
		permission: 'ReadWebinars',
		webinarFilters: ['/webinar/configuration/v1/company/sessions'],
		accepts: (body) => body.status === 'Finished',
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
		.replace(/\/accounts\/[^/]+/, '/accounts/~')
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
				...(preset.webinarFilters ?? []),
			].map(filterKey),
		),
	]),
);

/** The extension an event filter is about, if it names one. */
export function extensionOfFilter(filter: string): string | undefined {
	return /\/extension\/([^/?]+)\//.exec(filter)?.[1];
}

/**
 * Which of the chosen events a delivery is: every chosen preset it matches (events sharing a filter, such
 * as "SMS Sent" and "SMS Delivery Status Changed", each get it), else the custom event; none, e.g. a post
 * removal when only "added" was chosen.
 */
export function classifyDelivery(
	eventFilter: string,
	body: IDataObject,
	chosen: string[],
	customFilters: string[],
): Array<{ value: string; name: string; preset?: EventPreset }> {
	const key = filterKey(eventFilter);
	const kinds: Array<{ value: string; name: string; preset?: EventPreset }> = [];
	for (const value of chosen) {
		const preset = presetOf(value);
		if (!preset) continue;
		if (!PRESET_FILTER_KEYS.get(preset.value)?.has(key)) continue;
		if (preset.accepts && !preset.accepts(body)) continue;
		kinds.push({ value: preset.value, name: preset.name, preset });
	}
	if (
		!kinds.length &&
		chosen.includes(CUSTOM_EVENT) &&
		customFilters.some((filter) => filterKey(filter) === key)
	) {
		kinds.push({ value: CUSTOM_EVENT, name: CUSTOM_EVENT_NAME });
	}
	return kinds;
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
