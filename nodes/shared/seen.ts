import type { IDataObject } from 'n8n-workflow';

/**
 * What a trigger has seen, by id, with its time (ms): entries older than `oldestKept` are dropped (the
 * poll trigger does not ask for them any more; the webhook trigger refuses deliveries that old anyway).
 */
export function pruneSeen(seen: IDataObject, oldestKept: number): IDataObject {
	return Object.fromEntries(
		Object.entries(seen).filter(([, at]) => typeof at === 'number' && at >= oldestKept),
	);
}
