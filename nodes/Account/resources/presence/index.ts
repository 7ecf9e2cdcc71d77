import type { INodeProperties } from 'n8n-workflow';
import { callQueueDescription } from './common';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getCallQueue from './getCallQueue.operation';
import * as update from './update.operation';
import * as updateCallQueue from './updateCallQueue.operation';

export const handlers = {
	get: get.execute,
	getAll: getAll.execute,
	getCallQueue: getCallQueue.execute,
	update: update.execute,
	updateCallQueue: updateCallQueue.execute,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['presence'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get the presence of a user',
				description:
					'Whether a user is available, busy or offline, on a call, in Do Not Disturb, and their status message',
			},
			{
				name: 'Get Call Queue Availability',
				value: 'getCallQueue',
				action: 'Get the members of a call queue and whether they take its calls',
				description:
					'List the members (agents) of a call queue, one item each, with whether they take calls of this queue',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many presence statuses',
				description:
					'The presence of every extension of the company, e.g. to find who is available right now',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update the presence of a user',
				description:
					"Set a user's status (available, busy, offline), Do Not Disturb or status message",
			},
			{
				name: 'Update Call Queue Availability',
				value: 'updateCallQueue',
				action: 'Set whether a member takes calls of a call queue',
				description: 'Log an agent in to or out of one call queue',
			},
		],
		default: 'get',
	},
	...get.description,
	...getAll.description,
	...update.description,
	...callQueueDescription,
	...updateCallQueue.description,
	...getCallQueue.description,
];
