import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { fetchRecords, limitOf } from '../../../shared/paging';
import { splitList } from '../../../shared/validation';
import { chatIdOf, isoDate, itemUrl, peopleOf } from '../../common';
import { teamMessagingSpecOverrides } from '../../specOverrides';

export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['note'], operation: ['getAll'] } }, [
		...returnAllOrLimit({}),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{ displayName: 'Created After', name: 'creationTimeFrom', type: 'dateTime', default: '' },
				{ displayName: 'Created Before', name: 'creationTimeTo', type: 'dateTime', default: '' },
				{
					displayName: 'Creators',
					name: 'creatorId',
					type: 'string',
					default: '',
					placeholder: '101',
					description: 'Only notes created by these person IDs',
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: [
						{ name: 'Any', value: '' },
						{ name: 'Draft', value: 'Draft' },
						{ name: 'Published', value: 'Active' },
					],
					default: '',
				},
			],
		},
	]),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const chatId = chatIdOf(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs: IDataObject = {};
	if (filters.status) qs.status = filters.status;
	if (splitList(filters.creatorId).length)
		qs.creatorId = peopleOf(this, itemIndex, 'Creators', filters.creatorId, { emails: false })
			.map((p) => (p as { id: string }).id)
			.join(',');
	const from = isoDate(this, itemIndex, 'Created After', filters.creationTimeFrom);
	const to = isoDate(this, itemIndex, 'Created Before', filters.creationTimeTo);
	if (from) qs.creationTimeFrom = from;
	if (to) qs.creationTimeTo = to;
	return await fetchRecords(
		this,
		{ method: 'GET', url: itemUrl('chat', chatId, 'notes'), qs },
		teamMessagingSpecOverrides.note.getAll,
		limitOf(this, itemIndex),
		itemIndex,
	);
}
