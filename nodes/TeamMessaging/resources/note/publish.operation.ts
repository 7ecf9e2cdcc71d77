import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { teamMessagingSpecOverrides } from '../../specOverrides';
import { noteUrl } from './common';

/** Its one field, Note ID, is in common.ts (shared with Get, Update and Delete). */
export const description: INodeProperties[] = [];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'POST', url: `${noteUrl(this, itemIndex)}/publish` },
		teamMessagingSpecOverrides.note.publish,
		itemIndex,
	);
}
