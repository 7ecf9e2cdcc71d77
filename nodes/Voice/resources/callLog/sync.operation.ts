import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { invalidInput } from '../../../shared/validation';
import { HAS_OFFSET, isoUtc } from '../../../shared/dates';
import { instant, ringCentralTimeZone } from './dateRange';
import { voiceAccountSpecOverrides, voiceSpecOverrides } from '../../specOverrides';
import { viewOption } from './common';
import { scopeProperties, scopeUrl } from './scope';
import { simplifyCallRecord, simplifyProperty } from './simplify';

const properties: INodeProperties[] = [
	...scopeProperties('call log'),
	{
		displayName: 'Sync Type',
		name: 'syncType',
		type: 'options',
		options: [
			{
				name: 'Full',
				value: 'FSync',
				description: 'Start over: the newest calls and a new sync token',
			},
			{
				name: 'Incremental',
				value: 'ISync',
				description: 'Only the calls logged since the sync token',
			},
		],
		default: 'FSync',
	},
	{
		displayName: 'Sync Token',
		name: 'syncCursor',
		type: 'string',
		default: '',
		required: true,
		placeholder: '={{ $json.syncInfo.syncToken }}',
		description: 'The "syncInfo.syncToken" of the previous sync (every output item carries it)',
		displayOptions: { show: { syncType: ['ISync'] } },
	},
	{
		displayName: 'Record Count',
		name: 'recordCount',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 250,
		description: 'Max number of calls a full sync returns (the newest ones)',
		displayOptions: { show: { syncType: ['FSync'] } },
	},
	{
		displayName: 'Date From',
		name: 'dateFrom',
		type: 'dateTime',
		default: '',
		description: 'Only calls that started at or after this time (full sync); empty means no limit',
		displayOptions: { show: { syncType: ['FSync'] } },
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Missed Calls Only',
				name: 'missedOnly',
				type: 'boolean',
				default: false,
				description: 'Whether to return only missed calls',
			},
			{
				displayName: 'With Recording Only',
				name: 'withRecording',
				type: 'boolean',
				default: false,
				description: 'Whether to return only calls that were recorded',
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
	{ show: { resource: ['callLog'], operation: ['sync'] } },
	properties,
);

/**
 * One item per call, each with the sync info (`syncInfo` object, or flat `syncToken`/`syncTime` when
 * simplified) so the next run can start from it; no calls: one item with the sync info alone, so the
 * token is never lost.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { scope, extensionId, base } = await scopeUrl(this, itemIndex);
	const syncType = this.getNodeParameter('syncType', itemIndex, 'FSync') as 'FSync' | 'ISync';
	const filters = this.getNodeParameter('filters', itemIndex, {}) as {
		missedOnly?: boolean;
		withRecording?: boolean;
	};
	const { view = 'Simple' } = this.getNodeParameter('options', itemIndex, {}) as { view?: string };
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const qs: IDataObject = {
		syncType,
		view,
		...(filters.missedOnly ? { statusGroup: 'Missed' } : {}),
		...(filters.withRecording ? { recordingType: 'All' } : {}),
	};
	if (syncType === 'ISync') {
		const token = String(this.getNodeParameter('syncCursor', itemIndex, '') ?? '').trim();
		if (!token) {
			throw invalidInput(
				this.getNode(),
				itemIndex,
				'Sync Token',
				'no sync token given',
				'Map the "syncInfo.syncToken" of the previous sync, or run a full sync first.',
			);
		}
		qs.syncToken = token;
	} else {
		qs.recordCount = this.getNodeParameter('recordCount', itemIndex, 250) as number;
		const dateFrom = this.getNodeParameter('dateFrom', itemIndex, '') as string;
		if (dateFrom) {
			const zone = HAS_OFFSET.test(String(dateFrom))
				? 'UTC'
				: await ringCentralTimeZone(this, extensionId, itemIndex);
			qs.dateFrom = isoUtc(instant(this, dateFrom, zone, 'Date From', itemIndex));
		}
	}
	const body = await ringCentralJson<{ records?: IDataObject[]; syncInfo?: IDataObject }>(
		this,
		{ method: 'GET', url: `${base}/call-log-sync`, qs },
		(scope === 'account' ? voiceAccountSpecOverrides : voiceSpecOverrides).callLog.sync,
		itemIndex,
	);
	const syncInfo = body.syncInfo ?? {};
	const records = body.records ?? [];
	if (simplify) {
		const flat = { syncToken: syncInfo.syncToken ?? null, syncTime: syncInfo.syncTime ?? null };
		return records.length
			? records.map((record) => ({ ...simplifyCallRecord(record), ...flat }))
			: [flat];
	}
	return records.length ? records.map((record) => ({ ...record, syncInfo })) : [{ syncInfo }];
}
