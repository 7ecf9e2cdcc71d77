import type { INodeProperties } from 'n8n-workflow';
import { eventIdDescription } from './common';
import * as create from './create.operation';
import * as deleteCalendarEvent from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const handlers = {
	create: create.execute,
	delete: deleteCalendarEvent.execute,
	get: get.execute,
	getAll: getAll.execute,
	update: update.execute,
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
	...create.description,
	...eventIdDescription,
	...update.description,
	...getAll.description,
	...get.description,
	...deleteCalendarEvent.description,
];
