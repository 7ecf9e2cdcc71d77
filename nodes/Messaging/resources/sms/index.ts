import type { INodeProperties } from 'n8n-workflow';

import * as send from './send.operation';

export const handlers = { send: send.execute };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['sms'] } },
		options: [
			{
				name: 'Send',
				value: 'send',
				action: 'Send an SMS',
				description:
					'Sends a text message now from one of your numbers to one or more phone numbers',
			},
		],
		default: 'send',
	},
	...send.description,
];
