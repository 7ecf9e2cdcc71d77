import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { videoSpecOverrides } from '../../specOverrides';
import { bridgeUrl, findMeeting } from './common';

/** Its one field, the meeting, is in common.ts (meetingDescription). */
export const description: INodeProperties[] = [];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const { id } = await findMeeting(this, itemIndex);
	await ringCentralJson(
		this,
		{ method: 'DELETE', url: bridgeUrl(id) },
		videoSpecOverrides.meeting.delete,
		itemIndex,
	);
	return { deleted: true };
}
