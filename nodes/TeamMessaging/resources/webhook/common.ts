import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import type { OperationMeta } from '../../../shared/types';
import { ID_SHAPES, requireId } from '../../../shared/validation';
import { itemUrl } from '../../common';

/** The webhook, shared by every operation on one webhook. */
export const webhookDescription: INodeProperties[] = [
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

export const webhookIdOf = (ctx: IExecuteFunctions, itemIndex: number) =>
	requireId(
		ctx.getNode(),
		itemIndex,
		'Webhook ID',
		ctx.getNodeParameter('webhookId', itemIndex, ''),
		ID_SHAPES.token,
		'Use the "id" of an incoming webhook, e.g. from Incoming Webhook → Get Many.',
	);

export const webhookUrl = (ctx: IExecuteFunctions, itemIndex: number) =>
	itemUrl('webhook', webhookIdOf(ctx, itemIndex));

/** Activate and suspend answer without a body: the output says what happened to which webhook. */
export function setStatus(path: 'activate' | 'suspend', meta: OperationMeta, status: string) {
	return async function (this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
		const webhookId = webhookIdOf(this, itemIndex);
		await ringCentralJson(
			this,
			{
				method: 'POST',
				url: itemUrl('webhook', webhookId, path),
			},
			meta,
			itemIndex,
		);
		return { id: webhookId, status };
	};
}
