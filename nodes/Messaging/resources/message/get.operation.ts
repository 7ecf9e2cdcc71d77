import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { messagingSpecOverrides } from '../../specOverrides';
import { messageUrl } from './common';

/** Its fields, the message and extension, are in common.ts (messageDescription). */
export const description: INodeProperties[] = [];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'GET', url: messageUrl(this, itemIndex) },
		messagingSpecOverrides.message.get,
		itemIndex,
	);
}
