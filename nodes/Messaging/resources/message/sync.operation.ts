import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { directionFilter, extensionIdProperty } from '../../../shared/descriptions';
import { ringCentralJson } from '../../../shared/transport';
import { invalidInput } from '../../../shared/validation';
import { messagingSpecOverrides } from '../../specOverrides';
import { extensionUrl } from './common';
import { conversationIdFilter, dateFilter, filterQuery, messageTypeFilter } from './filters';

const properties: INodeProperties[] = [
	extensionIdProperty({}),
	{
		displayName: 'Sync Type',
		name: 'syncType',
		type: 'options',
		options: [
			{
				name: 'Full',
				value: 'FSync',
				description: 'Start over: return messages and a new sync token',
			},
			{
				name: 'Incremental',
				value: 'ISync',
				description: 'Return only what changed since the sync token',
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
		description: 'The "syncInfo.syncToken" of the previous sync',
		displayOptions: { show: { syncType: ['ISync'] } },
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: { syncType: ['FSync'] } },
		options: [
			conversationIdFilter,
			dateFilter('Date From', 'dateFrom', 'Messages created at or after this time'),
			dateFilter('Date To', 'dateTo', 'Messages created before this time'),
			directionFilter,
			messageTypeFilter,
			{
				displayName: 'Record Count',
				name: 'recordCount',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 250,
				description: 'Max number of messages of a full sync',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sync'] } },
	properties,
);

/** One item: the changed messages ("records") and the "syncInfo" with the token of the next sync. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const syncType = this.getNodeParameter('syncType', itemIndex, 'FSync') as string;
	// Like the fields shown: a full sync takes the filters, an incremental one the token.
	const qs: IDataObject =
		syncType === 'ISync'
			? {
					syncType,
					syncToken: String(this.getNodeParameter('syncCursor', itemIndex, '')).trim(),
				}
			: {
					syncType,
					...filterQuery(
						this,
						itemIndex,
						this.getNodeParameter('filters', itemIndex, {}) as IDataObject,
					),
				};
	if (syncType === 'ISync' && !qs.syncToken) {
		throw invalidInput(
			this.getNode(),
			itemIndex,
			'Sync Token',
			'no sync token given',
			'Use the "syncInfo.syncToken" of the previous sync, or run a full sync.',
		);
	}
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'GET', url: `${extensionUrl(this, itemIndex)}/message-sync`, qs },
		messagingSpecOverrides.message.sync,
		itemIndex,
	);
}
