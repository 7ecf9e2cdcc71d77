import type { INodeProperties } from 'n8n-workflow';
import { chatDescription, noteIdDescription } from './common';
import * as create from './create.operation';
import * as deleteNote from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as publish from './publish.operation';
import * as update from './update.operation';

export const handlers = {
	create: create.execute,
	delete: deleteNote.execute,
	get: get.execute,
	getAll: getAll.execute,
	publish: publish.execute,
	update: update.execute,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['note'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a note',
				description: 'Create a note (HTML) in a chat, published at once or kept as a draft',
			},
			{ name: 'Delete', value: 'delete', action: 'Delete a note' },
			{
				name: 'Get',
				value: 'get',
				action: 'Get a note',
				description: 'Get a note with its full body',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many notes',
				description: 'List the notes of a chat',
			},
			{
				name: 'Publish',
				value: 'publish',
				action: 'Publish a note',
				description: 'Publish a draft note so the chat sees it',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a note',
				description: 'Change the title or body of a note',
			},
		],
		default: 'create',
	},
	...chatDescription,
	...create.description,
	...noteIdDescription,
	...get.description,
	...deleteNote.description,
	...publish.description,
	...update.description,
	...getAll.description,
];
