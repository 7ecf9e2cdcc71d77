// @ts-check
'use strict';
/**
 * What the generator cannot read from the spec: which node each API area (`x-tagGroups`) becomes,
 * resource names that read better than the spec's tag, and spec facts RingCentral documents elsewhere.
 * Each override says why.
 */

/**
 * One node per API area. `folder` is `nodes/<folder>/`; the node class is `RingCentral<folder>`.
 * The generator writes each node's codex (`RingCentral<folder>.node.json`: categories, alias, doc links)
 * from here, and the whole node class of an area without hand-built operations; a hand-built node class
 * repeats `displayName` and `description` (test/scripts/config.test.ts checks they agree).
 * `categories` are n8n's node-panel categories; `readme` is the README heading the codex links to.
 * @typedef {{ folder: string, displayName: string, readme: string, categories: string[],
 *   description: string, alias: string[] }} AreaConfig
 * @type {Record<string, AreaConfig>}
 */
const AREAS = {
	Voice: {
		folder: 'Voice',
		displayName: 'RingCentral Voice',
		readme: 'RingCentral Voice',
		categories: ['Communication'],
		description:
			'Place calls (RingOut), read the call log and recordings, control live calls, manage call handling rules, queues, IVR and greetings',
		alias: ['Call', 'Phone', 'Call log', 'RingOut', 'IVR', 'Voicemail greeting', 'Call recording'],
	},
	'SMS and Fax': {
		folder: 'Messaging',
		displayName: 'RingCentral Messaging',
		readme: 'RingCentral Messaging',
		categories: ['Communication'],
		description: 'Send SMS, MMS, fax and pager messages, and read the RingCentral message store',
		alias: ['SMS', 'MMS', 'Fax', 'Text message', 'Pager', 'A2P'],
	},
	'Team Messaging': {
		folder: 'TeamMessaging',
		displayName: 'RingCentral Team Messaging',
		readme: 'RingCentral Team Messaging',
		categories: ['Communication'],
		description:
			'Post messages, files and cards to RingCentral chats and teams; manage teams, tasks, notes, calendar events and incoming webhooks',
		alias: ['Glip', 'Chat', 'Team', 'Post', 'Task', 'Note'],
	},
	Video: {
		folder: 'Video',
		displayName: 'RingCentral Video',
		readme: 'RingCentral Video',
		categories: ['Communication'],
		description:
			'Create and manage RingCentral Video meetings, read the meeting history and download recordings',
		alias: ['Meeting', 'Bridge', 'Video meeting', 'RCV'],
	},
	Webinar: {
		folder: 'Webinar',
		displayName: 'RingCentral Webinar',
		readme: 'Every RingCentral API area',
		categories: ['Communication', 'Marketing'],
		description: 'Webinars, sessions, invitees, registrants, historical webinars and recordings',
		alias: ['Webinar', 'Registrant', 'Session'],
	},
	Analytics: {
		folder: 'Analytics',
		displayName: 'RingCentral Analytics',
		readme: 'Every RingCentral API area',
		categories: ['Analytics'],
		description: 'Business analytics: aggregated call data and call timelines',
		alias: ['Business analytics', 'Call analytics', 'Report'],
	},
	'Artificial Intelligence': {
		folder: 'Ai',
		displayName: 'RingCentral AI',
		readme: 'Every RingCentral API area',
		categories: ['AI', 'Communication'],
		description:
			'Speech to text, speaker diarization and identification, summaries, punctuation, interaction analytics and RingSense insights',
		alias: ['Transcription', 'Speech to text', 'Summary', 'RingSense', 'AI'],
	},
	Account: {
		folder: 'Account',
		displayName: 'RingCentral Account',
		readme: 'RingCentral Account',
		categories: ['Communication'],
		description:
			'Company info, users and other extensions, phone numbers, presence, sites, regional settings and audit trail',
		alias: [
			'Company',
			'User',
			'Extension',
			'Presence',
			'Phone number',
			'Site',
			'Do not disturb',
			'Availability',
			'Call queue',
		],
	},
	Provisioning: {
		folder: 'Provisioning',
		displayName: 'RingCentral Provisioning',
		readme: 'Every RingCentral API area',
		categories: ['Communication'],
		description:
			'Extensions, devices, paging groups, SCIM users and emergency locations (automatic location updates)',
		alias: ['Device', 'Extension', 'SCIM', 'Emergency location', 'E911'],
	},
	'Address Book': {
		folder: 'AddressBook',
		displayName: 'RingCentral Address Book',
		readme: 'RingCentral Address Book',
		categories: ['Communication', 'Productivity'],
		description: 'Create, find and update personal contacts, and search the company directory',
		alias: ['Contact', 'Directory', 'Address book', 'Company directory', 'Phone book'],
	},
	'Roles and Permissions': {
		folder: 'RolesAndPermissions',
		displayName: 'RingCentral Roles and Permissions',
		readme: 'Every RingCentral API area',
		categories: ['Communication'],
		description: 'User roles, role assignment and administered sites',
		alias: ['Role', 'Permission', 'Admin'],
	},
	'Events and Notifications': {
		folder: 'Subscriptions',
		displayName: 'RingCentral Subscriptions',
		readme: 'Every RingCentral API area',
		categories: ['Communication', 'Development'],
		description: 'Webhook and push notification subscriptions to RingCentral events',
		alias: ['Webhook', 'Subscription', 'Event', 'Notification'],
	},
	Utilities: {
		folder: 'Utilities',
		displayName: 'RingCentral Utilities',
		readme: 'Every RingCentral API area',
		categories: ['Development', 'Utility'],
		description: 'API version and service information',
		alias: ['API version', 'Status'],
	},
};

/** Areas without a node, and why. */
const EXCLUDED_AREAS = {
	Authentication:
		'OAuth and OIDC endpoints: the credentials authorize, mint, refresh and revoke tokens',
};

/** Resource names where the spec's tag reads badly as a singular n8n resource. */
const RESOURCE_NAMES = /** @type {Record<string, string>} */ ({
	'Webinars and Sessions': 'Webinar',
	'Business Hours': 'Business Hours',
	'Meetings History': 'Meeting History',
	'Call Log': 'Call Log',
	'Call Control': 'Call Control',
	'Call Blocking': 'Call Blocking',
	'Call Forwarding': 'Call Forwarding',
	'Call Flip': 'Call Flip',
	Presence: 'Presence',
	'Audit Trail': 'Audit Trail',
	'Registration Management': 'Registration Session',
	'Delegation Management': 'Delegation',
	'Bridge Management': 'Bridge',
	'Automatic Location Updates': 'Emergency Location (ALU)',
	'Device SIP Registration': 'SIP Registration',
	'Business Analytics': 'Business Analytics',
	'API Info': 'API Info',
	Status: 'Job Status',
	Text: 'Text',
	Audio: 'Audio',
	Insights: 'Insights',
	RingSense: 'RingSense',
	SCIM: 'SCIM User',
	'Role Management': 'Role',
	'Site Administration': 'Site Administration',
	'User Permissions': 'User Permission',
	Company: 'Company',
	'Multi-Site': 'Site',
	'Compliance Exports': 'Compliance Export',
	Profile: 'Profile',
});

/** Classic v1 lists serve up to 1000 records a page (API reference, "perPage"); the spec gives no maximum. */
const V1_PAGE = {
	maxPageSize: 1000,
	reason:
		'v1 lists serve up to 1000 records a page (API reference, "perPage"); the spec gives no maximum.',
};
/** RingCentral requires this app permission for subscriptions (developer guide, "Webhooks"); the spec names none. */
const SUBSCRIPTIONS = {
	appPermission: 'WebhookSubscriptions',
	reason:
		'Subscriptions need the "WebhookSubscriptions" app permission (developer guide); the spec names none.',
};

/**
 * Spec facts documented by RingCentral but missing from the spec, keyed by operationId: they go into
 * nodes/shared/generated/operationFacts.ts like the spec's own.
 * @type {Record<string, { maxPageSize?: number, appPermission?: string, reason: string }>}
 */
const OVERRIDES = {
	readUserCallLog: {
		maxPageSize: 1000,
		reason:
			'Call log pages go up to 1000 records (developer guide, "Call log"); the spec gives no maximum.',
	},
	readCompanyCallLog: {
		maxPageSize: 1000,
		reason:
			'Call log pages go up to 1000 records (developer guide, "Call log"); the spec gives no maximum.',
	},
	listExtensions: V1_PAGE,
	listExtensionPhoneNumbers: V1_PAGE,
	listAccountPhoneNumbers: V1_PAGE,
	readAccountPresence: V1_PAGE,
	listMessages: V1_PAGE,
	listExtensionActiveCalls: V1_PAGE,
	listCompanyActiveCalls: V1_PAGE,
	listA2PBatches: V1_PAGE,
	listCountries: V1_PAGE,
	createSubscription: SUBSCRIPTIONS,
	readSubscription: SUBSCRIPTIONS,
	renewSubscription: SUBSCRIPTIONS,
	deleteSubscription: SUBSCRIPTIONS,
	listSubscriptions: SUBSCRIPTIONS,
	updateSubscription: SUBSCRIPTIONS,
};

/**
 * Operations RingCentral replaced by one at another method or path: old operationId → new operationId.
 * (A new operationId at the same method and path is a rename without being listed.) A saved workflow
 * that still uses the old operation is told to switch to the new one.
 * @type {Record<string, string>}
 */
const RENAMED = {};

module.exports = { AREAS, EXCLUDED_AREAS, RESOURCE_NAMES, OVERRIDES, RENAMED };
