import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { callQueueLocator, extensionIdOf } from '../../../shared/extensions';

export interface MemberPresence extends IDataObject {
	member?: { id?: string | number; name?: string; extensionNumber?: string };
}

export const queuePresenceUrl = (queueId: string) =>
	`/restapi/v1.0/account/~/call-queues/${encodeURIComponent(queueId)}/presence`;

export async function queueIdOf(ctx: IExecuteFunctions, itemIndex: number): Promise<string> {
	return await extensionIdOf(ctx, 'callQueue', itemIndex, { field: 'Call Queue', required: true });
}

/** Each member of a call queue and whether they take its calls: one item per member. */
/** Sets one member's availability in a call queue; outputs that member's record. */

/** The call queue, shared by Get Call Queue and Update Call Queue. */
export const callQueueDescription: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: ['presence'], operation: ['getCallQueue', 'updateCallQueue'] } },
		[callQueueLocator()],
	),
];

export const presenceUrl = (extensionId: string) =>
	`/restapi/v1.0/account/~/extension/${encodeURIComponent(extensionId)}/presence`;

/** The "Include Call Details" option of presence reads. */
export const detailedTelephonyStateOption: INodeProperties = {
	displayName: 'Include Call Details',
	name: 'detailedTelephonyState',
	type: 'boolean',
	default: false,
	description:
		'Whether to include the detailed telephony state (ringing, on hold, parked) and the active calls',
};
