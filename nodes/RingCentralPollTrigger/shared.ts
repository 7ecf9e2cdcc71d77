import type { IDataObject } from 'n8n-workflow';

/** Oldest first, ties by id: the order the workflow should see the events in. */
export function chronological<T extends IDataObject>(records: T[], timeField: string): T[] {
	return [...records].sort(
		(a, b) =>
			Date.parse(String(a[timeField])) - Date.parse(String(b[timeField])) ||
			String(a.id).localeCompare(String(b.id)),
	);
}

/**
 * The record with the links a workflow needs most at the top, where the record has them:
 * `recordingContentUri` (a call's recording audio) and `messageUri` (the message itself, or the voicemail
 * or fax linked to a call).
 */
export function withLinks<T extends IDataObject>(record: T, kind: 'call' | 'message'): T {
	const recording = record.recording as IDataObject | undefined;
	const messageUri = kind === 'message' ? record.uri : (record.message as IDataObject)?.uri;
	return {
		...record,
		...(typeof recording?.contentUri === 'string'
			? { recordingContentUri: recording.contentUri }
			: {}),
		...(typeof messageUri === 'string' ? { messageUri } : {}),
	};
}
