import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';

export const handlers = {
	create: create.execute,
	delete: get.remove,
	get: get.get,
	getAll: get.getAll,
	update: get.update,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['post'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Post a message to a chat',
				description:
					'Posts a message to a team or conversation, with mentions, files from binary fields, or as a reply in a thread',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a post',
				description: 'Delete a post you wrote',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a post',
				description: 'Get one post of a chat by its ID',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many posts',
				description: 'Read the posts of a chat, newest first',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Edit a post',
				description: 'Replace the text of a post you wrote',
			},
		],
		default: 'create',
	},
	...create.description,
	...get.description,
];
