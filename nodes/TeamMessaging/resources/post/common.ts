import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ID_SHAPES, requireId } from '../../../shared/validation';
import { chatIdOf, chatLocator, itemUrl } from '../../common';

export const postIdProperty: INodeProperties = {
	displayName: 'Post ID',
	name: 'postId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '5884014596',
	description: 'ID of the post, as returned by Post → Create or Get Many',
};

export function postUrl(ctx: IExecuteFunctions, itemIndex: number): string {
	const chatId = chatIdOf(ctx, itemIndex);
	const postId = requireId(
		ctx.getNode(),
		itemIndex,
		'Post ID',
		ctx.getNodeParameter('postId', itemIndex, ''),
		ID_SHAPES.digits,
		'Use the "id" of a post, e.g. from Post → Get Many.',
	);
	return itemUrl('chat', chatId, 'posts', postId);
}

/** The chat, shared by every operation but Create. */
export const chatDescription: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: ['post'], operation: ['get', 'getAll', 'update', 'delete'] } },
		[chatLocator()],
	),
];

/** The Post ID, shared by every operation on one post. */
export const postIdDescription: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: ['post'], operation: ['get', 'update', 'delete'] } },
		[postIdProperty],
	),
];

/** RingCentral's limits for a post: 10,000 characters of text, 25 attachments. */
export const POST_LIMITS = { text: 10_000, attachments: 25 };
