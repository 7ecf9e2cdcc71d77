import type { INodeProperties } from 'n8n-workflow';

import * as send from './send.operation';

export const handlers = { send: send.execute };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['mms'] } },
		options: [
			{
				name: 'Send',
				value: 'send',
				action: 'Send an MMS',
				description: 'Sends a picture message now, with files from input binary fields',
			},
		],
		default: 'send',
	},
	...send.description,
];
