import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { teamMessagingSpecOverrides } from '../../specOverrides';
import { postUrl } from './common';

/** Its fields are in common.ts (chatDescription, postIdDescription), shared with other operations. */
export const description: INodeProperties[] = [];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'GET', url: postUrl(this, itemIndex) },
		teamMessagingSpecOverrides.post.get,
		itemIndex,
	);
}
