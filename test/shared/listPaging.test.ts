import type { IHttpRequestOptions } from 'n8n-workflow';

import { nextPageRequest } from '../../nodes/shared/paging';
import type { ListMeta } from '../../nodes/shared/types';

const request: IHttpRequestOptions = {
	method: 'GET',
	url: '/restapi/v2/accounts/~/phone-numbers',
	qs: { usageType: ['DirectNumber'], page: 1, perPage: 100 },
};

describe('nextPageRequest: the paging styles of generated lists', () => {
	const byNumber: ListMeta = { recordsKey: 'records', paging: 'page', pageParam: 'page' };

	it.each([
		[
			'next page number while below totalPages',
			{ paging: { page: 1, totalPages: 3 } },
			{ ...request.qs, page: 2 },
		],
		['none after the last page', { paging: { page: 3, totalPages: 3 } }, undefined],
		['none without totals', { paging: { page: 1 } }, undefined],
	])('page numbers without navigation: %s', (_case, body, qs) => {
		const next = nextPageRequest(body, request, byNumber);
		expect(next?.qs).toEqual(qs);
		if (next) expect(next.url).toBe(request.url);
	});

	it('prefers navigation.nextPage.uri when a list has both', () => {
		const next = nextPageRequest(
			{
				navigation: { nextPage: { uri: 'https://platform.ringcentral.com/x?page=2' } },
				paging: { page: 1, totalPages: 2 },
			},
			request,
			byNumber,
		);
		expect(next).toMatchObject({ url: 'https://platform.ringcentral.com/x?page=2', qs: {} });
	});

	it('never increments a page number the list does not have', () => {
		expect(
			nextPageRequest({ paging: { page: 1, totalPages: 3 } }, request, {
				recordsKey: 'records',
				paging: 'page',
			}),
		).toBeUndefined();
	});

	it('lists without paging have one page', () => {
		const none: ListMeta = { recordsKey: 'records', paging: 'none', pageSizeParam: null };
		expect(
			nextPageRequest(
				{ navigation: { nextPageToken: 'abc' }, paging: { page: 1, totalPages: 2 } },
				request,
				none,
			),
		).toBeUndefined();
	});

	it('token lists read paging.nextPageToken (RingCentral Video) and navigation.nextPageToken (Team Messaging)', () => {
		const token: ListMeta = { recordsKey: 'meetings', paging: 'token', pageSizeParam: 'perPage' };
		expect(nextPageRequest({ paging: { nextPageToken: 't2' } }, request, token)?.qs).toEqual({
			...request.qs,
			pageToken: 't2',
		});
		expect(nextPageRequest({ navigation: { nextPageToken: 't3' } }, request, token)?.qs).toEqual({
			...request.qs,
			pageToken: 't3',
		});
		expect(nextPageRequest({ paging: {} }, request, token)).toBeUndefined();
	});
});
