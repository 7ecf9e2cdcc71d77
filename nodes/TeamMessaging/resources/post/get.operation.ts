import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { fetchRecords, limitOf } from '../../../shared/paging';
import { ringCentralJson } from '../../../shared/transport';
import { invalidInput } from '../../../shared/validation';
import { chatIdOf, chatLocator, limitedText } from '../../common';
import { teamMessagingSpecOverrides } from '../../specOverrides';
import { POST_LIMITS } from './create.operation';

const postIdProperty: INodeProperties = {
	displayName: 'Post ID',
	name: 'postId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '5884014596',
	description: 'ID of the post, as returned by Post → Create or Get Many',
};

export const description: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: ['post'], operation: ['get', 'getAll', 'update', 'delete'] } },
		[chatLocator()],
	),
	...updateDisplayOptions(
		{ show: { resource: ['post'], operation: ['get', 'update', 'delete'] } },
		[postIdProperty],
	),
	...updateDisplayOptions({ show: { resource: ['post'], operation: ['update'] } }, [
		{
			displayName: 'Text',
			name: 'text',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			required: true,
			description: `The new text, up to ${POST_LIMITS.text.toLocaleString('en-US')} characters`,
		},
	]),
	...updateDisplayOptions(
		{ show: { resource: ['post'], operation: ['getAll'] } },
		returnAllOrLimit({}),
	),
];

function postUrl(ctx: IExecuteFunctions, itemIndex: number): string {
	const chatId = chatIdOf(ctx, itemIndex);
	const postId = String(ctx.getNodeParameter('postId', itemIndex, '')).trim();
	if (!/^\d+$/.test(postId))
		throw invalidInput(
			ctx.getNode(),
			itemIndex,
			'Post ID',
			`"${postId}" is not a post ID`,
			'Use the "id" of a post, e.g. from Post → Get Many.',
		);
	return `/team-messaging/v1/chats/${encodeURIComponent(chatId)}/posts/${postId}`;
}

export async function get(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'GET', url: postUrl(this, itemIndex) },
		teamMessagingSpecOverrides.post.get,
		itemIndex,
	);
}

/** The posts of a chat, newest first. */
export async function getAll(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const chatId = chatIdOf(this, itemIndex);
	return await fetchRecords(
		this,
		{ method: 'GET', url: `/team-messaging/v1/chats/${encodeURIComponent(chatId)}/posts` },
		teamMessagingSpecOverrides.post.getAll,
		limitOf(this, itemIndex),
		itemIndex,
	);
}

export async function update(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const text = limitedText(
		this,
		itemIndex,
		'Text',
		this.getNodeParameter('text', itemIndex, ''),
		POST_LIMITS.text,
	) as string;
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'PATCH', url: postUrl(this, itemIndex), body: { text } },
		teamMessagingSpecOverrides.post.update,
		itemIndex,
	);
}

export async function remove(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	await ringCentralJson(
		this,
		{ method: 'DELETE', url: postUrl(this, itemIndex) },
		teamMessagingSpecOverrides.post.delete,
		itemIndex,
	);
	return { deleted: true };
}
