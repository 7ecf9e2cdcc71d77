import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';

export const handlers = { getAll: getAll.execute };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['activeCall'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many active calls',
				description:
					'List the calls in progress right now, of a user or the whole company, with their telephony session and party IDs for Call Control',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
];
