import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { fetchRecords, limitOf } from '../../../shared/paging';
import { ringCentralJson } from '../../../shared/transport';
import { chatIdOf, chatLocator } from '../../common';
import { teamMessagingSpecOverrides } from '../../specOverrides';

export const description: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: ['chat'], operation: ['get', 'favorite', 'unfavorite'] } },
		[chatLocator()],
	),
	...updateDisplayOptions({ show: { resource: ['chat'], operation: ['getAll'] } }, [
		...returnAllOrLimit({}),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Types',
					name: 'type',
					type: 'multiOptions',
					options: [
						{ name: 'Direct (Two People)', value: 'Direct' },
						{ name: 'Everyone (Whole Company)', value: 'Everyone' },
						{ name: 'Group (Three or More People)', value: 'Group' },
						{ name: 'Personal (Only You)', value: 'Personal' },
						{ name: 'Team', value: 'Team' },
					],
					default: [],
					description: 'Only chats of these types; all types when empty',
				},
			],
		},
	]),
];

const chatUrl = (ctx: IExecuteFunctions, itemIndex: number) =>
	`/team-messaging/v1/chats/${encodeURIComponent(chatIdOf(ctx, itemIndex))}`;

export async function getAll(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { type = [] } = this.getNodeParameter('filters', itemIndex, {}) as { type?: string[] };
	return await fetchRecords(
		this,
		{ method: 'GET', url: '/team-messaging/v1/chats', qs: type.length ? { type } : {} },
		teamMessagingSpecOverrides.chat.getAll,
		limitOf(this, itemIndex),
		itemIndex,
	);
}

export async function get(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'GET', url: chatUrl(this, itemIndex) },
		teamMessagingSpecOverrides.chat.get,
		itemIndex,
	);
}

export async function favorite(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const chatId = chatIdOf(this, itemIndex);
	await ringCentralJson(
		this,
		{ method: 'POST', url: `${chatUrl(this, itemIndex)}/favorite` },
		teamMessagingSpecOverrides.chat.favorite,
		itemIndex,
	);
	return { id: chatId, favorite: true };
}

export async function unfavorite(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const chatId = chatIdOf(this, itemIndex);
	await ringCentralJson(
		this,
		{ method: 'POST', url: `${chatUrl(this, itemIndex)}/unfavorite` },
		teamMessagingSpecOverrides.chat.unfavorite,
		itemIndex,
	);
	return { id: chatId, favorite: false };
}
