import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { fetchRecords, limitOf } from '../../../shared/paging';
import { ringCentralJson } from '../../../shared/transport';
import { invalidInput, splitList } from '../../../shared/validation';
import { chatIdOf, chatLocator, isoDate, peopleOf } from '../../common';
import { teamMessagingSpecOverrides } from '../../specOverrides';
import { taskBody } from './create.operation';

export const description: INodeProperties[] = [
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
	...updateDisplayOptions({ show: { resource: ['task'], operation: ['complete'] } }, [
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Assignees',
					name: 'assignees',
					type: 'string',
					default: '',
					placeholder: '101',
					description:
						'For tasks completed when all assignees complete them: the person IDs whose part is done, separated by commas',
				},
				{
					displayName: 'Mark As',
					name: 'status',
					type: 'options',
					options: [
						{ name: 'Complete', value: 'Complete' },
						{ name: 'Incomplete (Reopen)', value: 'Incomplete' },
					],
					default: 'Complete',
				},
				{
					displayName: 'Percentage Done',
					name: 'completenessPercentage',
					type: 'number',
					typeOptions: { minValue: 0, maxValue: 100 },
					default: 100,
					description: 'For tasks completed by percentage: how much is done',
				},
			],
		},
	]),
	...updateDisplayOptions({ show: { resource: ['task'], operation: ['getAll'] } }, [
		chatLocator(),
		...returnAllOrLimit({}),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Assignees',
					name: 'assigneeId',
					type: 'string',
					default: '',
					placeholder: '101, 102',
					description: 'Only tasks assigned to these person IDs',
				},
				{
					displayName: 'Assignment',
					name: 'assignmentStatus',
					type: 'options',
					options: [
						{ name: 'Any', value: '' },
						{ name: 'Assigned', value: 'Assigned' },
						{ name: 'Unassigned', value: 'Unassigned' },
					],
					default: '',
				},
				{ displayName: 'Created After', name: 'creationTimeFrom', type: 'dateTime', default: '' },
				{ displayName: 'Created Before', name: 'creationTimeTo', type: 'dateTime', default: '' },
				{
					displayName: 'Creators',
					name: 'creatorId',
					type: 'string',
					default: '',
					placeholder: '101',
					description: 'Only tasks created by these person IDs',
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'multiOptions',
					options: [
						{ name: 'Completed', value: 'Completed' },
						{ name: 'In Progress', value: 'InProgress' },
						{ name: 'Pending', value: 'Pending' },
					],
					default: [],
				},
			],
		},
	]),
];

function taskUrl(ctx: IExecuteFunctions, itemIndex: number): string {
	const taskId = String(ctx.getNodeParameter('taskId', itemIndex, '')).trim();
	if (!/^[\w-]+$/.test(taskId))
		throw invalidInput(
			ctx.getNode(),
			itemIndex,
			'Task ID',
			`"${taskId}" is not a task ID`,
			'Use the "id" of a task, e.g. from Task → Get Many.',
		);
	return `/team-messaging/v1/tasks/${encodeURIComponent(taskId)}`;
}

export async function get(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'GET', url: taskUrl(this, itemIndex) },
		teamMessagingSpecOverrides.task.get,
		itemIndex,
	);
}

export async function remove(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	await ringCentralJson(
		this,
		{ method: 'DELETE', url: taskUrl(this, itemIndex) },
		teamMessagingSpecOverrides.task.delete,
		itemIndex,
	);
	return { deleted: true };
}

/** Changes only the chosen fields; RingCentral answers with the task in a list, one item each. */
export async function update(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const body = taskBody(
		this,
		itemIndex,
		this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject,
	);
	if (Object.keys(body).length === 0)
		throw invalidInput(
			this.getNode(),
			itemIndex,
			'Update Fields',
			'nothing to change',
			'Add at least one field to change under "Update Fields".',
		);
	const answer = await ringCentralJson<{ records?: IDataObject[] }>(
		this,
		{ method: 'PATCH', url: taskUrl(this, itemIndex), body },
		teamMessagingSpecOverrides.task.update,
		itemIndex,
	);
	return answer.records ?? [];
}

/** Completes (or reopens) a task and returns it as it now is (RingCentral answers the change without a body). */
export async function complete(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const url = taskUrl(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const body: IDataObject = { status: options.status ?? 'Complete' };
	if (splitList(options.assignees).length)
		body.assignees = peopleOf(this, itemIndex, 'Assignees', options.assignees, { emails: false });
	if (options.completenessPercentage !== undefined)
		body.completenessPercentage = options.completenessPercentage;
	await ringCentralJson(
		this,
		{ method: 'POST', url: `${url}/complete`, body },
		teamMessagingSpecOverrides.task.complete,
		itemIndex,
	);
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'GET', url },
		teamMessagingSpecOverrides.task.get,
		itemIndex,
	);
}

export async function getAll(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const chatId = chatIdOf(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const ids = (field: string, value: unknown) =>
		peopleOf(this, itemIndex, field, value, { emails: false })
			.map((p) => (p as { id: string }).id)
			.join(',');
	const qs: IDataObject = {};
	// These lists are comma-separated in one parameter (the spec's explode: false).
	if (Array.isArray(filters.status) && filters.status.length) qs.status = filters.status.join(',');
	if (splitList(filters.assigneeId).length) qs.assigneeId = ids('Assignees', filters.assigneeId);
	if (splitList(filters.creatorId).length) qs.creatorId = ids('Creators', filters.creatorId);
	if (filters.assignmentStatus) qs.assignmentStatus = filters.assignmentStatus;
	const from = isoDate(this, itemIndex, 'Created After', filters.creationTimeFrom);
	const to = isoDate(this, itemIndex, 'Created Before', filters.creationTimeTo);
	if (from) qs.creationTimeFrom = from;
	if (to) qs.creationTimeTo = to;
	return await fetchRecords(
		this,
		{ method: 'GET', url: `/team-messaging/v1/chats/${encodeURIComponent(chatId)}/tasks`, qs },
		teamMessagingSpecOverrides.task.getAll,
		limitOf(this, itemIndex),
		itemIndex,
	);
}
