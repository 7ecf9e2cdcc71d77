import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { fetchRecords, limitOf } from '../../../shared/paging';
import { teamMessagingSpecOverrides } from '../../specOverrides';

export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['chat'], operation: ['getAll'] } }, [
		...returnAllOrLimit({}),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Types',
					name: 'type',
					type: 'multiOptions',
					options: [
						{ name: 'Direct (Two People)', value: 'Direct' },
						{ name: 'Everyone (Whole Company)', value: 'Everyone' },
						{ name: 'Group (Three or More People)', value: 'Group' },
						{ name: 'Personal (Only You)', value: 'Personal' },
						{ name: 'Team', value: 'Team' },
					],
					default: [],
					description: 'Only chats of these types; all types when empty',
				},
			],
		},
	]),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { type = [] } = this.getNodeParameter('filters', itemIndex, {}) as { type?: string[] };
	return await fetchRecords(
		this,
		{ method: 'GET', url: '/team-messaging/v1/chats', qs: type.length ? { type } : {} },
		teamMessagingSpecOverrides.chat.getAll,
		limitOf(this, itemIndex),
		itemIndex,
	);
}
