import type { INodeProperties } from 'n8n-workflow';

import * as send from './send.operation';

export const handlers = { send: send.execute };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['pager'] } },
		options: [
			{
				name: 'Send',
				value: 'send',
				action: 'Send a pager message',
				description: 'Sends a company pager message to extensions',
			},
		],
		default: 'send',
	},
	...send.description,
];
