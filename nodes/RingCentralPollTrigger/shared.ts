import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/** Errors from the shared request path are n8n errors already; anything else is wrapped (never re-thrown raw). */
export function nodeError(ctx: IPollFunctions, error: unknown): NodeApiError | NodeOperationError {
	return error instanceof NodeApiError || error instanceof NodeOperationError ? error : new NodeOperationError(ctx.getNode(), error as Error);
}

export function httpStatusOf(error: unknown): string | undefined {
	return error instanceof NodeApiError && error.httpCode ? String(error.httpCode) : undefined;
}

/**
 * Which records were seen, by id, with their time (ms). Records older than the window are dropped: the
 * next poll does not ask for them any more.
 */
export function pruneSeen(seen: IDataObject, oldestKept: number): IDataObject {
	return Object.fromEntries(Object.entries(seen).filter(([, at]) => typeof at === 'number' && at >= oldestKept));
}

/** Oldest first, ties by id: the order the workflow should see the events in. */
export function chronological<T extends IDataObject>(records: T[], timeField: string): T[] {
	return [...records].sort((a, b) => Date.parse(String(a[timeField])) - Date.parse(String(b[timeField])) || String(a.id).localeCompare(String(b.id)));
}
