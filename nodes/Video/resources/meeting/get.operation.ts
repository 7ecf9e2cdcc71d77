import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { videoSpecOverrides } from '../../specOverrides';
import { bridgeOutput, bridgeUrl, findMeeting } from './common';

/** Its fields are in common.ts (meetingDescription, readSimplifyDescription), shared with other operations. */
export const description: INodeProperties[] = [];

/** Get: by ID one request; by web PIN or join link the lookup already returns the meeting. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const { id, bridge } = await findMeeting(this, itemIndex);
	const found =
		bridge ??
		(await ringCentralJson<IDataObject>(
			this,
			{ method: 'GET', url: bridgeUrl(id) },
			videoSpecOverrides.meeting.get,
			itemIndex,
		));
	return bridgeOutput(this, itemIndex, found);
}
