import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';

export const handlers = { get: get.execute };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['company'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get company info',
				description: "Get the company's name, main number, address, plan, time zone and language",
			},
		],
		default: 'get',
	},
	...get.description,
];
