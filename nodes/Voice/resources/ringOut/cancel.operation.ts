import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ringCentralRequest } from '../../../shared/transport';
import { voiceSpecOverrides } from '../../specOverrides';
import { ringOutIdOf } from './common';

/** Its one field, the RingOut ID, is described with Get Status (getStatus.operation.ts). */
export const description: INodeProperties[] = [];

/** Hangs up a RingOut that is still ringing or connecting. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	await ringCentralRequest(
		this,
		{
			method: 'DELETE',
			url: `/restapi/v1.0/account/~/extension/~/ring-out/${encodeURIComponent(ringOutIdOf(this, itemIndex))}`,
		},
		voiceSpecOverrides.ringOut.cancel,
		itemIndex,
	);
	return { deleted: true };
}
