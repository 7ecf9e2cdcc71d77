import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { chatIdOf, chatLocator, itemUrl } from '../../common';

export const chatUrl = (ctx: IExecuteFunctions, itemIndex: number) =>
	itemUrl('chat', chatIdOf(ctx, itemIndex));

/** The chat, shared by every operation on one chat. */
export const chatDescription: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: ['chat'], operation: ['get', 'favorite', 'unfavorite'] } },
		[chatLocator()],
	),
];
