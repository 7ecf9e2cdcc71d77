/**
 * The generator's naming rules (scripts/lib/naming.js), case by case with real tags, summaries,
 * operationIds and parameter names of RingCentral's spec. A change of these names renames operations,
 * resources or fields of published nodes: a failing row here is a breaking change to look at.
 */
import { RESOURCE_NAMES } from '../../scripts/config';
import {
	displayNameOf,
	fieldNamer,
	fileFieldName,
	nameFromOperationId,
	nameOperations,
	parameterReference,
	resourceName,
	resourceValue,
} from '../../scripts/lib/naming';

type Op = [operationId: string, method: string, summary: string];
type Named = [name: string, action: string];

/** A tag's operations as the spec has them (all of them where sibling names matter) and their n8n names. */
const OPERATION_NAMES: Array<{ rule: string; tag: string; ops: Op[]; names: Named[] }> = [
	{
		rule: 'a verb on the resource itself becomes n8n’s short name; other summaries stay',
		tag: 'Custom Fields',
		ops: [
			['createCustomField', 'POST', 'Create Custom Field'],
			['deleteCustomField', 'DELETE', 'Delete Custom Field'],
			['listCustomFields', 'GET', 'Get Custom Field List'],
			['updateCustomField', 'PUT', 'Update Custom Field'],
		],
		names: [
			['Create', 'Create custom field'],
			['Delete', 'Delete custom field'],
			['Get Custom Field List', 'Get custom field list'],
			['Update', 'Update custom field'],
		],
	},
	{
		rule: 'the configured resource name counts as the subject (Bridge for "Bridge Management")',
		tag: 'Bridge Management',
		ops: [
			['createBridge', 'POST', 'Create Bridge'],
			['deleteBridge', 'DELETE', 'Delete Bridge'],
			['getBridge', 'GET', 'Get Bridge'],
			['getBridgeByPstnPin', 'GET', 'Search Bridge by PSTN PIN'],
			['getBridgeByWebPin', 'GET', 'Search Bridge by Web PIN'],
			['getDefaultBridge', 'GET', "Get User's Default Bridge"],
			['updateBridge', 'PATCH', 'Update Bridge'],
		],
		names: [
			['Create', 'Create bridge'],
			['Delete', 'Delete bridge'],
			['Get', 'Get bridge'],
			['Search Bridge by PSTN PIN', 'Search bridge by PSTN PIN'],
			['Search Bridge by Web PIN', 'Search bridge by web PIN'],
			["Get User's Default Bridge", "Get User's default bridge"],
			['Update', 'Update bridge'],
		],
	},
	{
		rule: 'List becomes Get Many; its action names the tag, plural',
		tag: 'Call Queues',
		ops: [['listCallQueues', 'GET', 'List Call Queues']],
		names: [['Get Many', 'Get many call queues']],
	},
	{
		rule: 'two short names alike (Delete one, Delete several): both keep their long names',
		tag: 'Call Forwarding',
		ops: [
			['createForwardingNumber', 'POST', 'Create Forwarding Number'],
			['deleteForwardingNumber', 'DELETE', 'Delete Forwarding Number'],
			['deleteForwardingNumbers', 'DELETE', 'Delete Forwarding Numbers'],
			['listForwardingNumbers', 'GET', 'List Forwarding Numbers'],
			['readForwardingNumber', 'GET', 'Get Forwarding Number'],
			['updateForwardingNumber', 'PUT', 'Update Forwarding Number'],
		],
		names: [
			['Create Forwarding Number', 'Create forwarding number'],
			['Delete Forwarding Number', 'Delete forwarding number'],
			['Delete Forwarding Numbers', 'Delete forwarding numbers'],
			['Get Many Forwarding Numbers', 'Get many forwarding numbers'],
			['Get Forwarding Number', 'Get forwarding number'],
			['Update Forwarding Number', 'Update forwarding number'],
		],
	},
	{
		rule: '"Add" stays Add unless it is the resource itself; List becomes Get Many inside a longer name',
		tag: 'SMS Consents',
		ops: [
			['addA2PSMSOptOuts', 'POST', 'Add Opt-In/Out Numbers'],
			['deleteSmsConsentRecords', 'DELETE', 'Delete SMS Consent Records'],
			['editSmsConsentRecords', 'PATCH', 'Add/Update SMS Consent Records'],
			['exportSmsConsentRecords', 'GET', 'Export SMS Consent Records'],
			['listSmsConsentRecords', 'GET', 'List SMS Consent Records'],
			['readA2PSMSOptOuts', 'GET', 'List Opted-out Numbers'],
		],
		names: [
			['Add Opt-In/Out Numbers', 'Add opt-in/out numbers'],
			['Delete SMS Consent Records', 'Delete SMS consent records'],
			['Add/Update SMS Consent Records', 'Add/Update SMS consent records'],
			['Export SMS Consent Records', 'Export SMS consent records'],
			['Get Many SMS Consent Records', 'Get many SMS consent records'],
			['Get Many Opted-Out Numbers', 'Get many opted-out numbers'],
		],
	},
	{
		rule: 'a DELETE that cancels, removes or drops is a Delete',
		tag: 'Subscriptions',
		ops: [
			['deleteSubscription', 'DELETE', 'Cancel Subscription'],
			['listSubscriptions', 'GET', 'List Subscriptions'],
		],
		names: [
			['Delete', 'Delete subscription'],
			['Get Many', 'Get many subscriptions'],
		],
	},
	{
		rule: 'Cancel … of something else than the resource: Delete …',
		tag: 'RingOut',
		ops: [['deleteRingOutCall', 'DELETE', 'Cancel RingOut Call']],
		names: [['Delete RingOut Call', 'Delete RingOut call']],
	},
	{
		rule: 'Remove … is a Delete too',
		tag: 'Devices',
		ops: [['removeLineJWSPublic', 'DELETE', 'Remove Phone Line']],
		names: [['Delete Phone Line', 'Delete phone line']],
	},
	{
		rule: 'Drop … is a Delete too',
		tag: 'Call Control',
		ops: [['deleteCallSession', 'DELETE', 'Drop Call Session']],
		names: [['Delete Call Session', 'Delete call session']],
	},
	{
		rule: 'a GET whose summary is a noun gets "Get"',
		tag: 'States',
		ops: [['readCicState', 'GET', 'Comm Handling State']],
		names: [['Get Comm Handling State', 'Get comm handling state']],
	},
	{
		rule: 'a GET that syncs says so already: still "Get" when the summary does not start with the verb',
		tag: 'External Contacts',
		ops: [['syncAddressBook', 'GET', 'Address Book Synchronization']],
		names: [['Get Address Book Synchronization', 'Get address book synchronization']],
	},
	{
		rule: 'a POST whose summary is a noun stays as it is',
		tag: 'Business Analytics',
		ops: [
			['analyticsCallsAggregationFetch', 'POST', 'Calls Aggregation Data'],
			['analyticsCallsTimelineFetch', 'POST', 'Calls Timeline Data'],
		],
		names: [
			['Calls Aggregation Data', 'Calls aggregation data'],
			['Calls Timeline Data', 'Calls timeline data'],
		],
	},
	{
		rule: 'the same summary at two methods: the method tells them apart',
		tag: 'SCIM',
		ops: [
			['scimSearchViaGet2', 'GET', 'Search/List Users'],
			['scimSearchViaPost2', 'POST', 'Search/List Users'],
		],
		names: [
			['Search/List Users (GET)', 'Search/List users via GET'],
			['Search/List Users (POST)', 'Search/List users via POST'],
		],
	},
	{
		rule: 'the same summary and method: the operationIds tell them apart',
		tag: 'Presence',
		ops: [
			['updateCallQueuePresence', 'PUT', 'Update Call Queue Presence'],
			['updateExtensionCallQueuePresence', 'PUT', 'Update Call Queue Presence'],
		],
		names: [
			['Update Call Queue Presence', 'Update call queue presence'],
			['Update Extension Call Queue Presence', 'Update extension call queue presence'],
		],
	},
	{
		rule: 'the same summary twice as a GET: the operationId’s version tells them apart',
		tag: 'Company',
		ops: [
			['getAccountInfoV2', 'GET', 'Get Account Info'],
			['readAccountInfo', 'GET', 'Get Account Info'],
		],
		names: [
			['Get Account Info V2', 'Get account info V2'],
			['Get Account Info', 'Get account info'],
		],
	},
	{
		rule: 'Get Many’s action names the tag, not the configured resource name',
		tag: 'Multi-Site',
		ops: [['listSites', 'GET', 'List Sites']],
		names: [['Get Many', 'Get many multi-site']],
	},
];

describe('operation names', () => {
	it.each(OPERATION_NAMES)('$tag: $rule', ({ tag, ops, names }) => {
		const resource = resourceName(tag, RESOURCE_NAMES[tag]);
		const named = nameOperations(
			ops.map(([operationId, method, summary]) => ({ operationId, method, summary })),
			resource,
			tag,
		);
		expect(ops.map(([operationId]) => [operationId, named.get(operationId)])).toEqual(
			ops.map(([operationId], i) => [operationId, { name: names[i][0], action: names[i][1] }]),
		);
	});
});

describe('names from operationIds (when summaries repeat)', () => {
	it.each([
		['listGlipWebhooksNew', 'Get Many Glip Webhooks'],
		['readAccountInfo', 'Get Account Info'],
		['getAccountInfoV2', 'Get Account Info V2'],
		['updateExtensionCallQueuePresence', 'Update Extension Call Queue Presence'],
		['readCicState', 'Get Cic State'],
		['deleteEventNew', 'Delete Event'],
		['scimSearchViaGet2', 'SCIM Search Via Get2'],
		['caiEnrollmentsList', 'Cai Enrollments List'],
		['analyticsCallsTimelineFetch', 'Analytics Calls Timeline Fetch'],
	])('%s → %s', (operationId, name) => {
		expect(nameFromOperationId(operationId)).toBe(name);
	});
});

describe('resource names and values from spec tags', () => {
	it.each([
		['Call Queues', 'Call Queue', 'callQueues'],
		['Call Handling Rules', 'Call Handling Rule', 'callHandlingRules'],
		['SMS Consents', 'SMS Consent', 'smsConsents'],
		['State-based Rules', 'State-Based Rule', 'stateBasedRules'],
		['Paging Only Groups', 'Paging Only Group', 'pagingOnlyGroups'],
		['Business Analytics', 'Business Analytics', 'businessAnalytics'],
		['Webinars and Sessions', 'Webinar', 'webinarsAndSessions'],
		['Multi-Site', 'Site', 'multiSite'],
		['SCIM', 'SCIM User', 'scim'],
		['Device SIP Registration', 'SIP Registration', 'deviceSipRegistration'],
		['Automatic Location Updates', 'Emergency Location (ALU)', 'automaticLocationUpdates'],
		['Status', 'Job Status', 'status'],
		['Incoming Webhooks', 'Incoming Webhook', 'incomingWebhooks'],
		['OAuth and OIDC', 'OAuth and OIDC', 'oAuthAndOidc'],
	])('%s → %s (%s)', (tag, name, value) => {
		expect({ name: resourceName(tag, RESOURCE_NAMES[tag]), value: resourceValue(tag) }).toEqual({
			name,
			value,
		});
	});
});

describe('field display names from spec parameter and property names', () => {
	it.each([
		['extensionNumber', 'Extension Number'],
		['callerId', 'Caller ID'],
		['phoneNumberId', 'Phone Number ID'],
		['ivrMenuId', 'IVR Menu ID'],
		['webPin', 'Web PIN'],
		['pstnPin', 'PSTN PIN'],
		['e911Address', 'E911 Address'],
		['RCBrandId', 'RC Brand ID'],
		['includeSipInfo', 'Include SIP Info'],
		['smsSenderId', 'SMS Sender ID'],
		['a2pBatchId', 'A2P Batch ID'],
		['contentUri', 'Content URI'],
		['ids', 'IDs'],
		['bssid', 'BSSID'],
		['uuid', 'UUID'],
		['x-user-agent', 'X User Agent'],
		['showInactiveNumbers', 'Show Inactive Numbers'],
		['dateFrom', 'Date From'],
	])('%s → %s', (name, displayName) => {
		expect(displayNameOf(name)).toBe(displayName);
	});
});

describe('field names', () => {
	it('bridgeCallParty: body properties named like path parameters get "Field"', () => {
		// POST …/telephony/sessions/{telephonySessionId}/parties/{partyId}/bridge, body { telephonySessionId, partyId }
		const uniqueName = fieldNamer();
		expect([
			uniqueName('accountId', 'Path'),
			uniqueName('telephonySessionId', 'Path'),
			uniqueName('partyId', 'Path'),
			uniqueName('telephonySessionId', 'Field'),
			uniqueName('partyId', 'Field'),
		]).toEqual([
			'accountId',
			'telephonySessionId',
			'partyId',
			'telephonySessionIdField',
			'partyIdField',
		]);
	});

	it('names n8n or the shared code use get the suffix, and a taken suffixed name underscores', () => {
		const uniqueName = fieldNamer();
		expect([
			uniqueName('limit', 'Query'),
			uniqueName('body', 'Field'),
			uniqueName('resource', 'Path'),
			uniqueName('limit', 'Query'),
			uniqueName('limit', 'Query'),
		]).toEqual(['limitQuery', 'bodyField', 'resourcePath', 'limitQuery_', 'limitQuery__']);
	});

	it.each([
		['attachment', true, { name: 'inputBinaryField', displayName: 'Input Binary Field' }],
		[
			'attachment',
			false,
			{ name: 'inputBinaryFieldAttachment', displayName: 'Input Binary Field (Attachment)' },
		],
		[
			'profileImage',
			false,
			{ name: 'inputBinaryFieldProfileImage', displayName: 'Input Binary Field (Profile Image)' },
		],
	])('file part %s (only file: %s)', (part, onlyFile, expected) => {
		expect(fileFieldName(part, onlyFile)).toEqual(expected);
	});

	it.each([
		['accountId', '$parameter.accountId'],
		['telephonySessionIdField', '$parameter.telephonySessionIdField'],
		['x-user-agent', '$parameter["x-user-agent"]'],
	])('an expression reads %s as %s', (fieldName, reference) => {
		expect(parameterReference(fieldName)).toBe(reference);
	});
});
