import type { INodeProperties } from 'n8n-workflow';
import { webhookDescription } from './common';
import * as activate from './activate.operation';
import * as create from './create.operation';
import * as deleteWebhook from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as suspend from './suspend.operation';

export const handlers = {
	activate: activate.execute,
	create: create.execute,
	delete: deleteWebhook.execute,
	get: get.execute,
	getAll: getAll.execute,
	suspend: suspend.execute,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['webhook'] } },
		options: [
			{
				name: 'Activate',
				value: 'activate',
				action: 'Activate an incoming webhook',
				description: 'Let a suspended incoming webhook post again',
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create an incoming webhook for a chat',
				description:
					'Create an incoming webhook: a URL other apps can POST messages to, which appear in the chat',
			},
			{ name: 'Delete', value: 'delete', action: 'Delete an incoming webhook' },
			{ name: 'Get', value: 'get', action: 'Get an incoming webhook' },
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many incoming webhooks',
				description: 'List the incoming webhooks you created, in every chat or in one',
			},
			{
				name: 'Suspend',
				value: 'suspend',
				action: 'Suspend an incoming webhook',
				description: 'Stop an incoming webhook from posting until it is activated',
			},
		],
		default: 'create',
	},
	...create.description,
	...getAll.description,
	...webhookDescription,
	...get.description,
	...deleteWebhook.description,
	...activate.description,
	...suspend.description,
];
