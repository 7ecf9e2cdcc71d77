import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { extensionIdOf, extensionLocator } from '../../../shared/extensions';
import { fetchRecords, limitOf } from '../../../shared/paging';
import { videoSpecOverrides } from '../../specOverrides';
import { recordingsUrl } from './common';

const properties: INodeProperties[] = [
	extensionLocator({
		displayName: 'Owner',
		description:
			'The user whose recordings to list; leave empty for the authorized user (others need an administrator)',
	}),
	...returnAllOrLimit({}),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['recording'], operation: ['getAll'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const extensionId = await extensionIdOf(this, 'extension', itemIndex);
	const limit = limitOf(this, itemIndex);
	return await fetchRecords(
		this,
		{ method: 'GET', url: recordingsUrl(extensionId) },
		videoSpecOverrides.recording.getAll,
		limit,
		itemIndex,
	);
}
