import type { INodeProperties } from 'n8n-workflow';
import { taskIdDescription } from './common';
import * as complete from './complete.operation';
import * as create from './create.operation';
import * as deleteTask from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const handlers = {
	complete: complete.execute,
	create: create.execute,
	delete: deleteTask.execute,
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
		displayOptions: { show: { resource: ['task'] } },
		options: [
			{
				name: 'Complete',
				value: 'complete',
				action: 'Complete a task',
				description: "Mark a task (or an assignee's part of it) as done, or reopen it",
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a task',
				description: 'Create a task in a chat, with assignees and a due date',
			},
			{ name: 'Delete', value: 'delete', action: 'Delete a task' },
			{ name: 'Get', value: 'get', action: 'Get a task' },
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many tasks',
				description: 'List the tasks of a chat, filtered by status, assignee or date',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a task',
				description: 'Change the subject, assignees, dates or other fields of a task',
			},
		],
		default: 'create',
	},
	...create.description,
	...update.description,
	...taskIdDescription,
	...get.description,
	...deleteTask.description,
	...complete.description,
	...getAll.description,
];
