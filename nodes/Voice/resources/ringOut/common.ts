import type { IExecuteFunctions } from 'n8n-workflow';

import { ID_SHAPES, requireId } from '../../../shared/validation';

export function ringOutIdOf(ctx: IExecuteFunctions, itemIndex: number): string {
	return requireId(
		ctx.getNode(),
		itemIndex,
		'RingOut ID',
		ctx.getNodeParameter('ringOutId', itemIndex, ''),
		ID_SHAPES.token,
		'Map the "id" of RingOut → Start.',
	);
}
