import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { LocatorSpec } from '../../../shared/locators';
import { resourceLocator } from '../../../shared/locators';
import { simplifySwitch } from '../../../shared/descriptions';

/** A meeting that took place (meeting history), picked from the recent ones or by ID. */
export const PAST_MEETING_LOCATOR: LocatorSpec = {
	name: 'pastMeeting',
	displayName: 'Past Meeting',
	description: 'A meeting that took place, from the meeting history',
	searchListMethod: 'searchPastMeetings',
	listPlaceholder: 'Select a recent meeting...',
	idPattern: '[A-Za-z0-9][A-Za-z0-9_.:-]*',
	idPlaceholder: '5f2d6ae1-02b7-4f4a-9d8e-0a9c5b7d1e11',
	idFormat:
		'A meeting ID has letters, digits and dashes, as in the "id" of Meeting History → Get Many.',
};

export const pastMeetingLocator = (): INodeProperties => resourceLocator(PAST_MEETING_LOCATOR);

export const simplifyProperty = simplifySwitch(
	'Whether to return a flat record (participant names, recording IDs and links) instead of the raw meeting with every participant and AI summary',
);

/** A meeting-history record as one flat, spreadsheet-friendly row. */
export function simplifyMeeting(meeting: IDataObject): IDataObject {
	const participants = (meeting.participants as IDataObject[] | undefined) ?? [];
	const recordings = (meeting.recordings as IDataObject[] | undefined) ?? [];
	const flat: IDataObject = {
		id: meeting.id,
		name: meeting.displayName,
		bridgeId: meeting.bridgeId,
		webPin: meeting.shortId,
		startTime: meeting.startTime,
		durationSeconds: meeting.duration,
		status: meeting.status,
		type: meeting.type,
		hostName: (meeting.hostInfo as IDataObject | undefined)?.displayName,
		hostExtensionId: (meeting.hostInfo as IDataObject | undefined)?.extensionId,
		participantCount: participants.length,
		participantNames: participants.map((p) => p.displayName ?? p.callerId ?? p.id).join(', '),
		recordingIds: recordings.map((r) => r.id),
		recordingUrls: recordings.map((r) => r.url).filter((url) => url !== undefined),
		shortSummary: meeting.shortSummary,
	};
	return Object.fromEntries(Object.entries(flat).filter(([, value]) => value !== undefined));
}
