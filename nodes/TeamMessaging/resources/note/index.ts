import type { INodeProperties } from 'n8n-workflow';

import * as note from './operations';

export const handlers = {
	create: note.create,
	delete: note.remove,
	get: note.get,
	getAll: note.getAll,
	publish: note.publish,
	update: note.update,
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
	...note.description,
];
