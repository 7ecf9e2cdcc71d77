import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { extensionLocator, resolveExtensionId } from '../../../shared/extensions';
import { fetchRecords } from '../../../shared/paging';
import type { ListMeta, OperationMeta } from '../../../shared/types';
import { videoOperations } from '../../operations';

const properties: INodeProperties[] = [
	extensionLocator({
		displayName: 'Owner',
		description: 'The user whose recordings to list; leave empty for the authorized user (others need an administrator)',
	}),
	...returnAllOrLimit({}),
];

export const description = updateDisplayOptions({ show: { resource: ['recording'], operation: ['getAll'] } }, properties);

export const recordingsUrl = (extensionId: string) => `/rcvideo/v1/account/~/extension/${encodeURIComponent(extensionId)}/recordings`;

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const extensionId = await resolveExtensionId(this, this.getNodeParameter('extension', itemIndex, '') as { mode?: string; value?: unknown }, itemIndex);
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex, 50) as number);
	return await fetchRecords(
		this,
		{ method: 'GET', url: recordingsUrl(extensionId) },
		videoOperations.recording.getAll as OperationMeta & { list: ListMeta },
		limit,
		itemIndex,
	);
}
