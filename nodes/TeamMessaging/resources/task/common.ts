import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ID_SHAPES, requireId } from '../../../shared/validation';
import { itemUrl } from '../../common';

/** The Task ID field, shared by every operation on one task. */
export const taskIdDescription: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: ['task'], operation: ['get', 'update', 'complete', 'delete'] } },
		[
			{
				displayName: 'Task ID',
				name: 'taskId',
				type: 'string',
				default: '',
				required: true,
				placeholder: '1447723526',
				description: 'ID of the task, as returned by Task → Create or Get Many',
			},
		],
	),
];

export function taskUrl(ctx: IExecuteFunctions, itemIndex: number): string {
	const taskId = requireId(
		ctx.getNode(),
		itemIndex,
		'Task ID',
		ctx.getNodeParameter('taskId', itemIndex, ''),
		ID_SHAPES.token,
		'Use the "id" of a task, e.g. from Task → Get Many.',
	);
	return itemUrl('task', taskId);
}
