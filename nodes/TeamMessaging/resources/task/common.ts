import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	ID_SHAPES,
	invalidInput,
	requireId,
	requireText,
	splitList,
} from '../../../shared/validation';
import { COLORS, isoDate, itemUrl, peopleOf } from '../../common';

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

/** RingCentral's limits: subject 250 characters, section 100, description 100 kB. */
export const TASK_LIMITS = { subject: 250, section: 100, description: 102_400 };

export const taskFields = (forUpdate: boolean): INodeProperties[] => [
	...(forUpdate
		? [
				{
					displayName: 'Assignees',
					name: 'assignees',
					type: 'string',
					default: '',
					placeholder: '101, 102',
					description:
						'Person IDs of the new assignees (they replace the current ones), separated by commas',
				} as INodeProperties,
			]
		: []),
	{ displayName: 'Color', name: 'color', type: 'options', options: COLORS, default: 'Black' },
	{
		displayName: 'Completed When',
		name: 'completenessCondition',
		type: 'options',
		options: [
			{ name: 'All Assignees Complete It', value: 'AllAssignees' },
			{ name: 'Any Assignee Completes It', value: 'Simple' },
			{ name: 'Its Percentage Reaches 100', value: 'Percentage' },
		],
		default: 'Simple',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'Details of the task',
	},
	{
		displayName: 'Due Date',
		name: 'dueDate',
		type: 'dateTime',
		default: '',
		description: 'When the task is due',
	},
	{
		displayName: 'Section',
		name: 'section',
		type: 'string',
		default: '',
		description: 'A section name to group tasks by',
	},
	{ displayName: 'Start Date', name: 'startDate', type: 'dateTime', default: '' },
	...(forUpdate
		? [{ displayName: 'Subject', name: 'subject', type: 'string', default: '' } as INodeProperties]
		: []),
];

/** The task fields chosen, in RingCentral's request shape; dates in UTC. */
export function taskBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	fields: IDataObject,
): IDataObject {
	const body: IDataObject = {};
	if (fields.subject !== undefined)
		body.subject = requireText(
			ctx.getNode(),
			itemIndex,
			'Subject',
			fields.subject,
			TASK_LIMITS.subject,
		);
	if (fields.assignees !== undefined) {
		body.assignees = splitList(fields.assignees).length
			? peopleOf(ctx, itemIndex, 'Assignees', fields.assignees, { emails: false })
			: [];
	}
	if (fields.section)
		body.section = requireText(
			ctx.getNode(),
			itemIndex,
			'Section',
			fields.section,
			TASK_LIMITS.section,
		);
	if (fields.description)
		body.description = requireText(
			ctx.getNode(),
			itemIndex,
			'Description',
			fields.description,
			TASK_LIMITS.description,
		);
	for (const key of ['color', 'completenessCondition']) if (fields[key]) body[key] = fields[key];
	const startDate = isoDate(ctx, itemIndex, 'Start Date', fields.startDate);
	const dueDate = isoDate(ctx, itemIndex, 'Due Date', fields.dueDate);
	if (startDate && dueDate && startDate > dueDate)
		throw invalidInput(
			ctx.getNode(),
			itemIndex,
			'Due Date',
			'it is before the start date',
			'Choose a due date after the start date.',
		);
	if (startDate) body.startDate = startDate;
	if (dueDate) body.dueDate = dueDate;
	return body;
}
