import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fetchRecords } from '../../../shared/paging';
import { ringCentralJson } from '../../../shared/transport';
import type { OperationMeta } from '../../../shared/types';
import { invalidInput } from '../../../shared/validation';
import { chatIdOf, chatLocator, optionalChatIdOf } from '../../common';
import { teamMessagingLookups, teamMessagingSpecOverrides } from '../../specOverrides';

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
	...updateDisplayOptions({ show: { resource: ['webhook'], operation: ['create'] } }, [
		chatLocator({ description: 'The chat the webhook posts to' }),
	]),
	...updateDisplayOptions({ show: { resource: ['webhook'], operation: ['getAll'] } }, [
		chatLocator({
			displayName: 'Chat (Optional)',
			required: false,
			description: 'Only the webhooks of this chat; leave empty for all of yours',
		}),
	]),
	...updateDisplayOptions(
		{ show: { resource: ['webhook'], operation: ['get', 'delete', 'activate', 'suspend'] } },
		[
			{
				displayName: 'Webhook ID',
				name: 'webhookId',
				type: 'string',
				default: '',
				required: true,
				placeholder: 'a6c0c7a5-4c8f-4f1c-8a3b-1d2f3e4a5b6c',
				description:
					'ID of the incoming webhook, as returned by Incoming Webhook → Create or Get Many',
			},
		],
	),
];

const webhookUrl = (ctx: IExecuteFunctions, itemIndex: number) => {
	const webhookId = String(ctx.getNodeParameter('webhookId', itemIndex, '')).trim();
	if (!/^[\w-]+$/.test(webhookId))
		throw invalidInput(
			ctx.getNode(),
			itemIndex,
			'Webhook ID',
			`"${webhookId}" is not a webhook ID`,
			'Use the "id" of an incoming webhook, e.g. from Incoming Webhook → Get Many.',
		);
	return `/team-messaging/v1/webhooks/${encodeURIComponent(webhookId)}`;
};

/** Activate and suspend answer without a body: the output says what happened to which webhook. */
function setStatus(path: 'activate' | 'suspend', meta: OperationMeta, status: string) {
	return async function (this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
		const url = webhookUrl(this, itemIndex);
		await ringCentralJson(this, { method: 'POST', url: `${url}/${path}` }, meta, itemIndex);
		return { id: String(this.getNodeParameter('webhookId', itemIndex, '')).trim(), status };
	};
}

export const handlers = {
	activate: setStatus('activate', teamMessagingSpecOverrides.webhook.activate, 'Active'),
	async create(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
		const chatId = chatIdOf(this, itemIndex);
		return await ringCentralJson<IDataObject>(
			this,
			{ method: 'POST', url: `/team-messaging/v1/groups/${encodeURIComponent(chatId)}/webhooks` },
			teamMessagingSpecOverrides.webhook.create,
			itemIndex,
		);
	},
	async delete(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
		await ringCentralJson(
			this,
			{ method: 'DELETE', url: webhookUrl(this, itemIndex) },
			teamMessagingSpecOverrides.webhook.delete,
			itemIndex,
		);
		return { deleted: true };
	},
	/** RingCentral answers with a list (one webhook): one item each. */
	async get(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
		const answer = await ringCentralJson<{ records?: IDataObject[] }>(
			this,
			{ method: 'GET', url: webhookUrl(this, itemIndex) },
			teamMessagingSpecOverrides.webhook.get,
			itemIndex,
		);
		return answer.records ?? [];
	},
	async getAll(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
		const chatId = optionalChatIdOf(this, itemIndex);
		const [url, meta] = chatId
			? [
					`/team-messaging/v1/groups/${encodeURIComponent(chatId)}/webhooks`,
					teamMessagingLookups.webhook.getAllInChat,
				]
			: ['/team-messaging/v1/webhooks', teamMessagingSpecOverrides.webhook.getAll];
		return await fetchRecords(this, { method: 'GET', url }, meta, undefined, itemIndex);
	},
	suspend: setStatus('suspend', teamMessagingSpecOverrides.webhook.suspend, 'Suspended'),
};
