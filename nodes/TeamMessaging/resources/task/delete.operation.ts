import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { teamMessagingSpecOverrides } from '../../specOverrides';
import { taskUrl } from './common';

/** Its one field, Task ID, is in common.ts (shared with Get, Update and Complete). */
export const description: INodeProperties[] = [];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	await ringCentralJson(
		this,
		{ method: 'DELETE', url: taskUrl(this, itemIndex) },
		teamMessagingSpecOverrides.task.delete,
		itemIndex,
	);
	return { deleted: true };
}
