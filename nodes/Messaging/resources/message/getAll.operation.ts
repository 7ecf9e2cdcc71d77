import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { extensionIdProperty, returnAllOrLimit } from '../../../shared/descriptions';
import { conversationIdFilter, dateQuery, directionFilter, messageTypeFilter } from './filters';

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
				routing: { send: { type: 'query', property: 'availability' } },
			},
			conversationIdFilter,
			dateQuery('Date From', 'dateFrom', 'Messages created at or after this time'),
			dateQuery('Date To', 'dateTo', 'Messages created before this time'),
			directionFilter,
			{
				displayName: 'Distinct Conversations',
				name: 'distinctConversations',
				type: 'boolean',
				default: false,
				description: 'Whether to return only the latest message of each conversation',
				routing: { send: { type: 'query', property: 'distinctConversations' } },
			},
			messageTypeFilter,
			{
				displayName: 'Phone Number',
				name: 'phoneNumber',
				type: 'string',
				default: '',
				placeholder: '+16505550100',
				description: 'Only messages to or from this number',
				routing: { send: { type: 'query', property: 'phoneNumber' } },
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
				routing: { send: { type: 'query', property: 'readStatus' } },
			},
		],
	},
];

export const description = updateDisplayOptions(displayOptions, properties);
