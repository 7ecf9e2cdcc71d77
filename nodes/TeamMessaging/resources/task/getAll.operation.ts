import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { fetchRecords, limitOf } from '../../../shared/paging';
import { splitList } from '../../../shared/validation';
import { chatIdOf, chatLocator, isoDate, itemUrl, peopleOf } from '../../common';
import { teamMessagingSpecOverrides } from '../../specOverrides';

export const description: INodeProperties[] = [
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

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
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
		{ method: 'GET', url: itemUrl('chat', chatId, 'tasks'), qs },
		teamMessagingSpecOverrides.task.getAll,
		limitOf(this, itemIndex),
		itemIndex,
	);
}
