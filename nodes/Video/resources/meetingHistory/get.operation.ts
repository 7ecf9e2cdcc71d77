import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLocator } from '../../../shared/locators';
import { ringCentralJson } from '../../../shared/transport';
import { videoSpecOverrides } from '../../specOverrides';
import {
	PAST_MEETING_LOCATOR,
	pastMeetingLocator,
	simplifyMeeting,
	simplifyProperty,
} from './common';

export const description = updateDisplayOptions(
	{ show: { resource: ['meetingHistory'], operation: ['get'] } },
	[pastMeetingLocator(), simplifyProperty],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const { id } = readLocator(this, itemIndex, PAST_MEETING_LOCATOR);
	const meeting = await ringCentralJson<IDataObject>(
		this,
		{ method: 'GET', url: `/rcvideo/v1/history/meetings/${encodeURIComponent(id)}` },
		videoSpecOverrides.meetingHistory.get,
		itemIndex,
	);
	return this.getNodeParameter('simplify', itemIndex, true) ? simplifyMeeting(meeting) : meeting;
}
