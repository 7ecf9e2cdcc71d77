import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	directionFilter,
	extensionIdProperty,
	returnAllOrLimit,
} from '../../../shared/descriptions';
import { fetchRecords, limitOf } from '../../../shared/paging';
import { messagingSpecOverrides } from '../../specOverrides';
import { extensionUrl } from './common';
import { conversationIdFilter, dateFilter, filterQuery, messageTypeFilter } from './filters';

const displayOptions = { show: { resource: ['message'], operation: ['getAll'] } };

const properties: INodeProperties[] = [
	extensionIdProperty({}),
	...returnAllOrLimit({}),
	{
		displayName: 'RingCentral returns only the last 24 hours unless "Date From" is set',
		name: 'dateNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Availability',
				name: 'availability',
				type: 'multiOptions',
				options: [
					{ name: 'Alive', value: 'Alive' },
					{ name: 'Deleted', value: 'Deleted' },
					{ name: 'Purged', value: 'Purged' },
				],
				default: [],
			},
			conversationIdFilter,
			dateFilter('Date From', 'dateFrom', 'Messages created at or after this time'),
			dateFilter('Date To', 'dateTo', 'Messages created before this time'),
			directionFilter,
			{
				displayName: 'Distinct Conversations',
				name: 'distinctConversations',
				type: 'boolean',
				default: false,
				description: 'Whether to return only the latest message of each conversation',
			},
			messageTypeFilter,
			{
				displayName: 'Phone Number',
				name: 'phoneNumber',
				type: 'string',
				default: '',
				placeholder: '+16505550100',
				description: 'Only messages to or from this number',
			},
			{
				displayName: 'Read Status',
				name: 'readStatus',
				type: 'multiOptions',
				options: [
					{ name: 'Read', value: 'Read' },
					{ name: 'Unread', value: 'Unread' },
				],
				default: [],
			},
		],
	},
];

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	return await fetchRecords(
		this,
		{
			method: 'GET',
			url: `${extensionUrl(this, itemIndex)}/message-store`,
			qs: filterQuery(this, itemIndex, filters),
		},
		messagingSpecOverrides.message.getAll,
		limitOf(this, itemIndex),
		itemIndex,
	);
}
