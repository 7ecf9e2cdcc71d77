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
		displayOptions: { show: { resource: ['meetingHistory'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a past meeting',
				description:
					'Get a meeting that took place: participants, duration, recordings and AI summary',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many past meetings',
				description: 'List meetings that took place, filtered by date, text or whose they are',
			},
		],
		default: 'getAll',
	},
	...get.description,
	...getAll.description,
];
