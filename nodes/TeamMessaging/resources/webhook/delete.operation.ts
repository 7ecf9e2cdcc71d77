import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { teamMessagingSpecOverrides } from '../../specOverrides';
import { webhookUrl } from './common';

/** Its one field, the webhook ID, is in common.ts (webhookDescription). */
export const description: INodeProperties[] = [];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	await ringCentralJson(
		this,
		{ method: 'DELETE', url: webhookUrl(this, itemIndex) },
		teamMessagingSpecOverrides.webhook.delete,
		itemIndex,
	);
	return { deleted: true };
}
