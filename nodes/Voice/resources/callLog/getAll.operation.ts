import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { directionFilter, returnAllOrLimit } from '../../../shared/descriptions';
import { fetchRecords, limitOf } from '../../../shared/paging';
import { invalidInput, normalizePhoneNumber } from '../../../shared/validation';
import { voiceAccountSpecOverrides, voiceSpecOverrides } from '../../specOverrides';
import { callTypeFilter, MAX_PAGE, viewOption } from './common';
import { dateRangeProperties, resolveDateRange, ringCentralTimeZone } from './dateRange';
import { scopeProperties, scopeUrl } from './scope';
import { simplifyCallRecord, simplifyProperty } from './simplify';

/** Call results, as RingCentral names them; filtered here because the API has no result filter. */
const RESULTS = [
	'Abandoned',
	'Accepted',
	'Blocked',
	'Busy',
	'Call Failed',
	'Call connected',
	'Declined',
	'Hang Up',
	'Missed',
	'No Answer',
	'Received',
	'Rejected',
	'Sent',
	'Sent to Voicemail',
	'Stopped',
	'Unknown',
	'Voicemail',
	'Wrong Number',
];

const properties: INodeProperties[] = [
	...scopeProperties('call log'),
	...dateRangeProperties('last24Hours'),
	...returnAllOrLimit({}),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			directionFilter,
			{
				displayName: 'Extension Number',
				name: 'extensionNumber',
				type: 'string',
				default: '',
				placeholder: '101',
				description:
					'Only calls of this extension number (e.g. in the company call log). Cannot be combined with Phone Number.',
			},
			{
				displayName: 'Phone Number',
				name: 'phoneNumber',
				type: 'string',
				default: '',
				placeholder: '+16505550100',
				description: 'Only calls from or to this number',
			},
			{
				displayName: 'Result',
				name: 'result',
				type: 'multiOptions',
				options: RESULTS.map((value) => ({
					name: value.charAt(0).toUpperCase() + value.slice(1),
					value,
				})),
				default: [],
				description: 'Only calls that ended like this, e.g. Missed and Voicemail for missed calls',
			},
			{
				displayName: 'Telephony Session ID',
				name: 'telephonySessionId',
				type: 'string',
				default: '',
				description:
					'Only the call with this telephony session ID (as in Call Control and call events)',
			},
			callTypeFilter,
			{
				displayName: 'With Recording Only',
				name: 'withRecording',
				type: 'boolean',
				default: false,
				description: 'Whether to return only calls that were recorded (automatically or on demand)',
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [viewOption],
	},
	simplifyProperty,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['callLog'], operation: ['getAll'] } },
	properties,
);

interface Filters {
	direction?: string[];
	extensionNumber?: string;
	phoneNumber?: string;
	result?: string[];
	telephonySessionId?: string;
	type?: string[];
	withRecording?: boolean;
}

/** The phone number filter as RingCentral wants it: E.164 without the "+". */
function phoneNumberQuery(
	ctx: IExecuteFunctions,
	itemIndex: number,
	value: string | undefined,
): string | undefined {
	if (!value) return undefined;
	const normalized = normalizePhoneNumber(value);
	if (!normalized) {
		throw invalidInput(
			ctx.getNode(),
			itemIndex,
			'Phone Number',
			`"${value}" is not a phone number`,
			'Use the E.164 format, e.g. +16505550100.',
		);
	}
	return normalized.replace(/^\+/, '');
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { scope, extensionId, base } = await scopeUrl(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as Filters;
	const { view = 'Simple' } = this.getNodeParameter('options', itemIndex, {}) as {
		view?: 'Simple' | 'Detailed';
	};
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const limit = limitOf(this, itemIndex);
	if (filters.extensionNumber && filters.phoneNumber) {
		throw invalidInput(
			this.getNode(),
			itemIndex,
			'Filters',
			'Extension Number and Phone Number cannot be combined',
			'RingCentral filters by one of them: remove the other.',
		);
	}
	const { dateFrom, dateTo } = await resolveDateRange(
		this,
		itemIndex,
		async () => await ringCentralTimeZone(this, extensionId, itemIndex),
	);

	const meta = (scope === 'account' ? voiceAccountSpecOverrides : voiceSpecOverrides).callLog
		.getAll;
	const results = filters.result ?? [];
	const keep = results.length
		? (record: IDataObject) => results.includes(String(record.result))
		: undefined;
	const qs: IDataObject = {
		dateFrom,
		...(dateTo ? { dateTo } : {}),
		view,
		...(filters.direction?.length ? { direction: filters.direction } : {}),
		...(filters.type?.length ? { type: filters.type } : {}),
		...(filters.extensionNumber ? { extensionNumber: filters.extensionNumber.trim() } : {}),
		...(filters.phoneNumber
			? { phoneNumber: phoneNumberQuery(this, itemIndex, filters.phoneNumber) }
			: {}),
		...(filters.telephonySessionId
			? { telephonySessionId: filters.telephonySessionId.trim() }
			: {}),
		...(filters.withRecording ? { recordingType: 'All' } : {}),
	};
	const records = await fetchRecords(
		this,
		{ method: 'GET', url: `${base}/call-log`, qs },
		{ ...meta, list: { maxPageSize: MAX_PAGE[view] } },
		limit,
		itemIndex,
		keep,
	);
	return simplify ? records.map(simplifyCallRecord) : records;
}
