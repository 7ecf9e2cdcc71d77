import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as deleteContact from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as search from './search.operation';
import * as update from './update.operation';

export const handlers = {
	create: create.execute,
	delete: deleteContact.execute,
	get: get.execute,
	getAll: getAll.execute,
	search: search.execute,
	update: update.execute,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['externalContacts'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a contact',
				description: "Add a person or company to the authorized user's personal address book",
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a contact',
				description: 'Remove a personal contact; outputs {"deleted": true}',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a contact',
				description: 'Get one personal contact by its ID',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many contacts',
				description: "List the authorized user's personal contacts, one item per contact",
			},
			{
				name: 'Search',
				value: 'search',
				action: 'Search contacts',
				description: 'Find personal contacts by name, phone number or email address',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a contact',
				description: 'Change some fields of a personal contact; the other fields stay as they are',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...get.description,
	...update.description,
	...getAll.description,
	...search.description,
];
