import type { INodeProperties } from 'n8n-workflow';

import { meetingDescription, readSimplifyDescription } from './common';
import * as create from './create.operation';
import * as deleteMeeting from './delete.operation';
import * as get from './get.operation';
import * as getDefault from './getDefault.operation';
import * as update from './update.operation';

export const handlers = {
	create: create.execute,
	delete: deleteMeeting.execute,
	get: get.execute,
	getDefault: getDefault.execute,
	update: update.execute,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['meeting'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a meeting',
				description:
					'Creates a RingCentral Video meeting and returns its join link, PINs and password',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a meeting',
				description: 'Delete a meeting (bridge) so its link stops working',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a meeting',
				description: 'Get a meeting by ID, join link or web PIN, with its join link and settings',
			},
			{
				name: 'Get Default Meeting',
				value: 'getDefault',
				action: 'Get the personal meeting room of a user',
				description: "Get a user's personal meeting room (PMI): the meeting that is always theirs",
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a meeting',
				description: 'Change the name, password, waiting room or other settings of a meeting',
			},
		],
		default: 'create',
	},
	...create.description,
	...meetingDescription,
	...getDefault.description,
	...readSimplifyDescription,
	...get.description,
	...update.description,
	...deleteMeeting.description,
];
