import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { teamMessagingSpecOverrides } from '../../specOverrides';
import { taskUrl } from './common';

/** Its one field, Task ID, is in common.ts (shared with Update, Complete and Delete). */
export const description: INodeProperties[] = [];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'GET', url: taskUrl(this, itemIndex) },
		teamMessagingSpecOverrides.task.get,
		itemIndex,
	);
}
