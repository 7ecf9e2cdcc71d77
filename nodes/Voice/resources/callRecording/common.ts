import type { IExecuteFunctions } from 'n8n-workflow';

import { ID_SHAPES, requireId } from '../../../shared/validation';

export function recordingIdOf(
	ctx: IExecuteFunctions,
	itemIndex: number,
	value: unknown = ctx.getNodeParameter('recordingId', itemIndex, ''),
): string {
	return requireId(
		ctx.getNode(),
		itemIndex,
		'Recording ID',
		value,
		ID_SHAPES.token,
		'Map the "recording.id" of a call log record, e.g. from Call Log → Get Many with "With Recording Only".',
	);
}
