import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { fetchRecords, limitOf } from '../../../shared/paging';
import { chatIdOf, itemUrl } from '../../common';
import { teamMessagingSpecOverrides } from '../../specOverrides';

export const description: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: ['post'], operation: ['getAll'] } },
		returnAllOrLimit({}),
	),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const chatId = chatIdOf(this, itemIndex);
	return await fetchRecords(
		this,
		{ method: 'GET', url: itemUrl('chat', chatId, 'posts') },
		teamMessagingSpecOverrides.post.getAll,
		limitOf(this, itemIndex),
		itemIndex,
	);
}
