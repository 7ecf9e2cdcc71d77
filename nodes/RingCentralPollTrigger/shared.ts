import type { IDataObject } from 'n8n-workflow';

/** Oldest first, ties by id: the order the workflow should see the events in. */
export function chronological<T extends IDataObject>(records: T[], timeField: string): T[] {
	return [...records].sort(
		(a, b) =>
			Date.parse(String(a[timeField])) - Date.parse(String(b[timeField])) ||
			String(a.id).localeCompare(String(b.id)),
	);
}
