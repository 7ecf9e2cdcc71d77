import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { teamMessagingSpecOverrides } from '../../specOverrides';
import { noteUrl } from './common';

/** Its one field, Note ID, is in common.ts (shared with Update, Delete and Publish). */
export const description: INodeProperties[] = [];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'GET', url: noteUrl(this, itemIndex) },
		teamMessagingSpecOverrides.note.get,
		itemIndex,
	);
}
