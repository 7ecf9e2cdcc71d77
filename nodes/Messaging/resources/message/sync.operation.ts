import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { extensionIdProperty } from '../../../shared/descriptions';
import { conversationIdFilter, dateQuery, directionFilter, messageTypeFilter } from './filters';

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
		routing: { send: { type: 'query', property: 'syncType' } },
	},
	{
		displayName: 'Sync Token',
		name: 'syncCursor',
		type: 'string',
		default: '',
		required: true,
		description: 'The "syncInfo.syncToken" of the previous sync',
		displayOptions: { show: { syncType: ['ISync'] } },
		routing: { send: { type: 'query', property: 'syncToken' } },
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
			dateQuery('Date From', 'dateFrom', 'Messages created at or after this time'),
			dateQuery('Date To', 'dateTo', 'Messages created before this time'),
			directionFilter,
			messageTypeFilter,
			{
				displayName: 'Record Count',
				name: 'recordCount',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 250,
				description: 'Max number of messages of a full sync',
				routing: { send: { type: 'query', property: 'recordCount' } },
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sync'] } },
	properties,
);
