import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { accountSpecOverrides } from '../../specOverrides';
import type { MemberPresence } from './common';
import { queuePresenceUrl, queueIdOf } from './common';

/** Its fields are in common.ts (callQueueDescription), shared with other operations. */
export const description: INodeProperties[] = [];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const queueId = await queueIdOf(this, itemIndex);
	const body = await ringCentralJson<{ records?: MemberPresence[] }>(
		this,
		{ method: 'GET', url: queuePresenceUrl(queueId) },
		accountSpecOverrides.presence.getCallQueue,
		itemIndex,
	);
	return body.records ?? [];
}
