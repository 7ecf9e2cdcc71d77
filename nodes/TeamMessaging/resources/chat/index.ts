import type { INodeProperties } from 'n8n-workflow';
import { chatDescription } from './common';
import * as favorite from './favorite.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as unfavorite from './unfavorite.operation';

export const handlers = {
	favorite: favorite.execute,
	get: get.execute,
	getAll: getAll.execute,
	unfavorite: unfavorite.execute,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['chat'] } },
		options: [
			{
				name: 'Add to Favorites',
				value: 'favorite',
				action: 'Add a chat to favorites',
				description: 'Pin a chat to the favorites of the authorized user',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a chat',
				description: 'Get a chat (team, conversation or personal chat) with its members',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many chats',
				description:
					'List the chats of the authorized user: teams, conversations, the company chat',
			},
			{
				name: 'Remove From Favorites',
				value: 'unfavorite',
				action: 'Remove a chat from favorites',
				description: 'Unpin a chat from the favorites of the authorized user',
			},
		],
		default: 'getAll',
	},
	...chatDescription,
	...getAll.description,
	...get.description,
	...favorite.description,
	...unfavorite.description,
];
