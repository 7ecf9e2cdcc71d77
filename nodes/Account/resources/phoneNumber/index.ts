import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';

export const handlers = { getAll: getAll.execute };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['phoneNumbers'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many phone numbers',
				description:
					"List a user's phone numbers (optionally only those that can send SMS or MMS, or show as caller ID) or the numbers of the whole company",
			},
		],
		default: 'getAll',
	},
	...getAll.description,
];
