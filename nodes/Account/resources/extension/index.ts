import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const handlers = { get: get.execute, getAll: getAll.execute };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['extension'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get an extension',
				description:
					'Get a user, call queue or other extension by list, ID or extension number (e.g. 101)',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many extensions',
				description:
					'List the users, call queues and other extensions of the company, filtered by type and status',
			},
		],
		default: 'getAll',
	},
	...get.description,
	...getAll.description,
];
