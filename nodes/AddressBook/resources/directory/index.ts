import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as search from './search.operation';

export const handlers = {
	get: get.execute,
	getAll: getAll.execute,
	search: search.execute,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['internalContacts'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a directory entry',
				description: 'Get the company directory entry of a user, call queue or other extension',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many directory entries',
				description:
					'List everyone in the company directory, one item per entry, optionally of one type',
			},
			{
				name: 'Search',
				value: 'search',
				action: 'Search the company directory',
				description:
					'Find colleagues, call queues and other extensions by name, extension number, phone number, email, job title or department',
			},
		],
		default: 'search',
	},
	...get.description,
	...getAll.description,
	...search.description,
];
