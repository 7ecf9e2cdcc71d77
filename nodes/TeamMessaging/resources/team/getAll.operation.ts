import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { fetchRecords, limitOf } from '../../../shared/paging';
import { teamMessagingSpecOverrides } from '../../specOverrides';

export const description: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: ['team'], operation: ['getAll'] } },
		returnAllOrLimit({}),
	),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await fetchRecords(
		this,
		{ method: 'GET', url: '/team-messaging/v1/teams' },
		teamMessagingSpecOverrides.team.getAll,
		limitOf(this, itemIndex),
		itemIndex,
	);
}
