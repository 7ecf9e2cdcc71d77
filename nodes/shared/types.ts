import type { OperationId } from './facts';

/** RingCentral usage-plan groups (`x-throttling-group` in the spec). */
export type ThrottlingGroup = 'Light' | 'Medium' | 'Heavy' | 'Auth' | 'NoThrottling';

/** What the spec says of an operation (nodes/shared/generated/operationFacts.ts holds them for every operation). */
export interface OperationFacts {
	throttlingGroup?: ThrottlingGroup;
	/** `x-app-permission`: named in 403 hints. */
	appPermission?: string;
	list?: ListMeta;
}

/**
 * What the shared request path needs to know about an operation. The spec's facts come from the generated
 * table by `operationId`; a field given here overrides them (see `withSpecFacts`).
 */
export interface OperationMeta {
	/** The spec's operationId this operation calls (hand-written operations replace generated ones by it). */
	operationId?: OperationId;
	throttlingGroup?: ThrottlingGroup;
	/** `x-app-permission`: named in 403 hints. */
	appPermission?: string;
	/** Whether repeating the request cannot do anything twice. Defaults from the HTTP method (POST and PATCH are not). */
	idempotent?: boolean;
	/** For lists: where the records are, how pages are followed, and the largest page RingCentral serves (merged over the spec's). */
	list?: Partial<ListMeta>;
	/** Wrap a response without body (e.g. 204 after DELETE) as this object. */
	emptyResponse?: Record<string, unknown>;
}

export interface ListMeta {
	recordsKey: string;
	/**
	 * `page`: follow `navigation.nextPage.uri` (or, without navigation, ask for `paging.page + 1` while below
	 * `paging.totalPages`); `token`: `pageToken` from `paging`/`navigation.nextPageToken`; `none`: one response.
	 */
	paging: 'page' | 'token' | 'none';
	maxPageSize?: number;
	/** The smallest page size the API accepts (a Limit below it still gets a page of this size). */
	minPageSize?: number;
	/**
	 * Query parameter names for the page size and the token (RingCentral uses `perPage`/`pageToken` or `recordCount`/`pageToken`).
	 * `null`: the list has no page size parameter.
	 */
	pageSizeParam?: string | null;
	/** Query parameter of the page number, for lists that page without `navigation` URIs. */
	pageParam?: string;
}
