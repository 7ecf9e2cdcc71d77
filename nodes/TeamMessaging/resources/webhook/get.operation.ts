import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { teamMessagingSpecOverrides } from '../../specOverrides';
import { webhookUrl } from './common';

/** Its one field, the webhook ID, is in common.ts (webhookDescription). */
export const description: INodeProperties[] = [];

/** RingCentral answers with a list (one webhook): one item each. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const answer = await ringCentralJson<{ records?: IDataObject[] }>(
		this,
		{ method: 'GET', url: webhookUrl(this, itemIndex) },
		teamMessagingSpecOverrides.webhook.get,
		itemIndex,
	);
	return answer.records ?? [];
}
