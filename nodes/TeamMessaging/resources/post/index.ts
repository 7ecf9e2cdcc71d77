import type { INodeProperties } from 'n8n-workflow';
import { chatDescription, postIdDescription } from './common';
import * as create from './create.operation';
import * as deletePost from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const handlers = {
	create: create.execute,
	delete: deletePost.execute,
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
	...chatDescription,
	...postIdDescription,
	...update.description,
	...getAll.description,
	...get.description,
	...deletePost.description,
];
