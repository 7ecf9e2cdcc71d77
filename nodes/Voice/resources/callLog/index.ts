import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as sync from './sync.operation';

export const handlers = { getAll: getAll.execute, get: get.execute, sync: sync.execute };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['callLog'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a call log record',
				description: 'Get one finished call of the call log by its record ID',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many call log records',
				description:
					'List finished calls of a user or the whole company in a date range (e.g. today, last 7 days), with filters for direction, result such as missed or voicemail, recordings and phone number',
			},
			{
				name: 'Sync',
				value: 'sync',
				action: 'Sync the call log',
				description:
					'Get the calls logged since the last sync token (incremental export), or start over with a full sync',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
	...get.description,
	...sync.description,
];
