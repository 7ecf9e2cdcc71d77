import type { INodeProperties } from 'n8n-workflow';
import { adaptiveCardDescription } from './common';
import * as create from './create.operation';
import * as deleteCard from './delete.operation';
import * as get from './get.operation';
import * as update from './update.operation';

export const handlers = {
	create: create.execute,
	delete: deleteCard.execute,
	get: get.execute,
	update: update.execute,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['adaptiveCard'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Post an adaptive card to a chat',
				description: 'Post an interactive Adaptive Card (text, facts, buttons) to a chat',
			},
			{ name: 'Delete', value: 'delete', action: 'Delete an adaptive card' },
			{ name: 'Get', value: 'get', action: 'Get an adaptive card' },
			{
				name: 'Update',
				value: 'update',
				action: 'Update an adaptive card',
				description: 'Replace the content of a card already posted',
			},
		],
		default: 'create',
	},
	...create.description,
	...adaptiveCardDescription,
	...get.description,
	...deleteCard.description,
	...update.description,
];
