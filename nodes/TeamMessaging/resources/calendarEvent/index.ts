import type { INodeProperties } from 'n8n-workflow';

import * as event from './operations';

export const handlers = {
	create: event.create,
	delete: event.remove,
	get: event.get,
	getAll: event.getAll,
	update: event.update,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['calendarEvent'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a calendar event',
				description: "Create an event in a chat's calendar or in your own, optionally repeating",
			},
			{ name: 'Delete', value: 'delete', action: 'Delete a calendar event' },
			{ name: 'Get', value: 'get', action: 'Get a calendar event' },
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many calendar events',
				description: 'List the calendar events the authorized user created',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a calendar event',
				description: 'Change the title, times or other fields of an event; the rest stays',
			},
		],
		default: 'create',
	},
	...event.description,
];
