import type { INodeProperties } from 'n8n-workflow';
import * as create from './create.operation';

export const handlers = { create: create.execute };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['conversation'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Open a conversation with people',
				description:
					'Open (or find) the direct or group conversation with these people, to post to it by its ID',
			},
		],
		default: 'create',
	},
	...create.description,
];
