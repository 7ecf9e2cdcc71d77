import type { INodeProperties } from 'n8n-workflow';

import * as resend from './resend.operation';
import * as send from './send.operation';

export const handlers = { send: send.execute, resend: resend.execute };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['fax'] } },
		options: [
			{
				name: 'Resend',
				value: 'resend',
				action: 'Resend a fax',
				description: 'Sends a fax you sent before again, to the same or new numbers',
			},
			{
				name: 'Send',
				value: 'send',
				action: 'Send a fax',
				description: 'Sends a fax of documents from input binary fields',
			},
		],
		default: 'send',
	},
	...send.description,
	...resend.description,
];
