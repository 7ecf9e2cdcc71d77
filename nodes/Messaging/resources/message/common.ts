import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { extensionIdProperty } from '../../../shared/descriptions';
import { ID_SHAPES, requireId } from '../../../shared/validation';

/** The message and its extension, shared by every operation on one message. */
export const messageDescription: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['get', 'update', 'delete', 'downloadAttachment'] } },
	[
		{
			displayName: 'Message ID',
			name: 'messageId',
			type: 'string',
			default: '',
			required: true,
			description: 'ID of the message in the message store',
		},
		extensionIdProperty({}),
	],
);

/** The extension whose message store to read: "~" (the authorized user) when empty. */
export function extensionUrl(ctx: IExecuteFunctions, itemIndex: number): string {
	const value = String(ctx.getNodeParameter('extensionId', itemIndex, '~') ?? '').trim();
	const extensionId =
		value === '' || value === '~'
			? '~'
			: requireId(
					ctx.getNode(),
					itemIndex,
					'Extension ID',
					value,
					ID_SHAPES.digits,
					'Use "~" for the authorized user, or the digits of an extension ID.',
				);
	return `/restapi/v1.0/account/~/extension/${encodeURIComponent(extensionId)}`;
}

/** The message of the current item in its extension's message store. */
export function messageUrl(ctx: IExecuteFunctions, itemIndex: number): string {
	const messageId = requireId(
		ctx.getNode(),
		itemIndex,
		'Message ID',
		ctx.getNodeParameter('messageId', itemIndex, ''),
		ID_SHAPES.digits,
		'Use the "id" of a message, e.g. from Message → Get Many.',
	);
	return `${extensionUrl(ctx, itemIndex)}/message-store/${encodeURIComponent(messageId)}`;
}
