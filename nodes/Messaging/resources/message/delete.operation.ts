import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

const properties: INodeProperties[] = [
	{
		displayName: 'Purge',
		name: 'purge',
		type: 'boolean',
		default: false,
		description: 'Whether to delete the message permanently instead of moving it to Deleted',
		routing: { send: { type: 'query', property: 'purge', value: '={{ $value || undefined }}' } },
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['delete'] } },
	properties,
);
