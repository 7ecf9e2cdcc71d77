import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ID_SHAPES, requireId } from '../../../shared/validation';

/** The batch, asked by Get Batch and Get Many Messages. */
export const batchIdField: INodeProperties = {
	displayName: 'Batch ID',
	name: 'batchId',
	type: 'string',
	default: '',
	required: true,
};

export const batchIdOf = (ctx: IExecuteFunctions, itemIndex: number): string =>
	requireId(
		ctx.getNode(),
		itemIndex,
		'Batch ID',
		ctx.getNodeParameter('batchId', itemIndex, ''),
		ID_SHAPES.token,
		'Use the "id" that High-Volume SMS Batch → Create Batch returned.',
	);
