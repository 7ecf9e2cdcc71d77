import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

const properties: INodeProperties[] = [
	{
		displayName: 'Read Status',
		name: 'readStatus',
		type: 'options',
		options: [
			{ name: 'Read', value: 'Read' },
			{ name: 'Unread', value: 'Unread' },
		],
		default: 'Read',
		routing: { send: { type: 'body', property: 'readStatus' } },
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['update'] } },
	properties,
);
