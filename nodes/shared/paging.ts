import type { IDataObject, IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { RingCentralContext } from './transport';
import { ringCentralJson } from './transport';
import { withSpecFacts, type ListOperation } from './facts';
import type { ListMeta } from './types';

interface PageBody {
	navigation?: { nextPage?: { uri?: string }; nextPageToken?: string };
	paging?: { nextPageToken?: string; pageToken?: string; page?: number; totalPages?: number };
	[key: string]: unknown;
}

/** Where the next page is: RingCentral's absolute `navigation.nextPage.uri`, or a page token (Team Messaging, A2P). */
export function nextPageRequest(
	body: PageBody,
	current: IHttpRequestOptions,
	list: ListMeta,
): IHttpRequestOptions | undefined {
	if (list.paging === 'none') return undefined;
	if (list.paging === 'page') {
		const uri = body.navigation?.nextPage?.uri;
		// The URI already carries the original query; sending qs again would duplicate it.
		if (uri) return { ...current, url: uri, baseURL: undefined, qs: {} };
		// Some lists (v2 APIs) have `paging.page`/`totalPages` but no navigation URIs: ask for the next page number.
		const { page, totalPages } = body.paging ?? {};
		if (
			list.pageParam &&
			typeof page === 'number' &&
			typeof totalPages === 'number' &&
			page < totalPages
		) {
			return { ...current, qs: { ...current.qs, [list.pageParam]: page + 1 } };
		}
		return undefined;
	}
	const token = body.navigation?.nextPageToken ?? body.paging?.nextPageToken;
	return token ? { ...current, qs: { ...current.qs, pageToken: token } } : undefined;
}

/**
 * Reads a list, page after page, until it ends or `limit` records are in hand (never more pages than needed).
 * `limit` undefined means all records. `keep` filters records the API cannot filter (they do not count
 * towards the limit).
 */
export async function fetchRecords(
	ctx: RingCentralContext,
	first: IHttpRequestOptions,
	operation: ListOperation,
	limit?: number,
	itemIndex?: number,
	keep?: (record: IDataObject) => boolean,
): Promise<IDataObject[]> {
	const meta = withSpecFacts(operation);
	const { list } = meta;
	if (!list) throw new Error(`Operation ${operation.operationId ?? ''} is not a list`);
	const sizeParam =
		list.pageSizeParam === null || list.paging === 'none'
			? undefined
			: (list.pageSizeParam ?? (list.paging === 'page' ? 'perPage' : 'recordCount'));
	// With a filter applied here (`keep`), matches may be far apart: the largest pages keep the requests few.
	const capped =
		limit === undefined || keep ? list.maxPageSize : Math.min(limit, list.maxPageSize ?? limit);
	const wanted =
		capped !== undefined && list.minPageSize !== undefined
			? Math.max(capped, list.minPageSize)
			: capped;
	let request: IHttpRequestOptions | undefined = {
		...first,
		qs: {
			...first.qs,
			...(sizeParam && wanted && first.qs?.[sizeParam] === undefined
				? { [sizeParam]: wanted }
				: {}),
			// Lists that page by number start at page 1 (some require the parameter).
			...(list.pageParam && first.qs?.[list.pageParam] === undefined
				? { [list.pageParam]: 1 }
				: {}),
		},
	};
	const records: IDataObject[] = [];
	const seen = new Set<string>();
	while (request) {
		const body = await ringCentralJson<PageBody>(ctx, request, meta, itemIndex);
		const page = body?.[list.recordsKey];
		if (Array.isArray(page))
			records.push(...(keep ? (page as IDataObject[]).filter(keep) : (page as IDataObject[])));
		if (limit !== undefined && records.length >= limit) return records.slice(0, limit);
		request = nextPageRequest(body ?? {}, request, list);
		// A server that answers with the same next page again would otherwise loop forever.
		const signature = request ? `${request.url}?${JSON.stringify(request.qs ?? {})}` : '';
		if (request && seen.has(signature)) break;
		seen.add(signature);
	}
	return records;
}

/** Return All / Limit of the current item (undefined: all records). */
export function limitOf(ctx: IExecuteFunctions, itemIndex: number): number | undefined {
	return (ctx.getNodeParameter('returnAll', itemIndex, false) as boolean)
		? undefined
		: (ctx.getNodeParameter('limit', itemIndex, 50) as number);
}
