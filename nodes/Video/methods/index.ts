import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { searchExtensions } from '../../shared/extensions';
import { ringCentralJson } from '../../shared/transport';
import { videoSpecOverrides } from '../specOverrides';

interface TokenPage {
	paging?: { nextPageToken?: string };
	[key: string]: unknown;
}

const matches = (filter: string | undefined, ...texts: unknown[]) => {
	const needle = (filter ?? '').trim().toLowerCase();
	return (
		!needle ||
		texts.some((text) =>
			String(text ?? '')
				.toLowerCase()
				.includes(needle),
		)
	);
};

const when = (time: unknown) =>
	typeof time === 'string' ? time.replace('T', ' ').slice(0, 16) : '';

export const listSearch = {
	searchExtensions,

	/**
	 * Meetings for "From List": the user's personal meeting room, then the meetings of their recent
	 * meetings (RingCentral has no list of bridges; the meeting history names the bridges in use).
	 */
	async searchMeetings(
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const results: INodeListSearchItems[] = [];
		if (!paginationToken) {
			const pmi = await ringCentralJson<IDataObject>(
				this,
				{ method: 'GET', url: '/rcvideo/v2/account/~/extension/~/bridges/default' },
				videoSpecOverrides.meeting.getDefault,
			);
			const pins = (pmi.pins ?? {}) as IDataObject;
			const name = `Personal meeting room (${String(pins.web ?? pmi.id)})`;
			if (matches(filter, name, pmi.name))
				results.push({
					name,
					value: String(pmi.id),
					url: (pmi.discovery as IDataObject | undefined)?.web as string | undefined,
				});
		}
		const page = await ringCentralJson<TokenPage>(
			this,
			{
				method: 'GET',
				url: '/rcvideo/v1/history/meetings',
				qs: {
					type: 'My',
					perPage: 100,
					...(paginationToken ? { pageToken: paginationToken } : {}),
				},
			},
			videoSpecOverrides.meetingHistory.getAll,
		);
		const seen = new Set(results.map((r) => r.value));
		for (const meeting of (page.meetings as IDataObject[] | undefined) ?? []) {
			const value = String(meeting.bridgeId ?? '');
			if (!value || seen.has(value)) continue;
			seen.add(value);
			const name = `${String(meeting.displayName ?? 'Meeting')} (${String(meeting.shortId ?? value)})`;
			if (matches(filter, name)) results.push({ name, value });
		}
		return { results, paginationToken: page.paging?.nextPageToken };
	},

	/** Meetings that took place, newest first. */
	async searchPastMeetings(
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const page = await ringCentralJson<TokenPage>(
			this,
			{
				method: 'GET',
				url: '/rcvideo/v1/history/meetings',
				qs: {
					perPage: 100,
					...(filter ? { text: filter } : {}),
					...(paginationToken ? { pageToken: paginationToken } : {}),
				},
			},
			videoSpecOverrides.meetingHistory.getAll,
		);
		const results = ((page.meetings as IDataObject[] | undefined) ?? [])
			.map((meeting) => ({
				name: `${String(meeting.displayName ?? 'Meeting')} (${when(meeting.startTime)})`,
				value: String(meeting.id),
			}))
			.filter((option) => matches(filter, option.name) || Boolean(filter));
		return { results, paginationToken: page.paging?.nextPageToken };
	},

	/** The authorized user's recordings, newest first. */
	async searchRecordings(
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const page = await ringCentralJson<TokenPage>(
			this,
			{
				method: 'GET',
				url: '/rcvideo/v1/account/~/extension/~/recordings',
				qs: { perPage: 100, ...(paginationToken ? { pageToken: paginationToken } : {}) },
			},
			videoSpecOverrides.recording.getAll,
		);
		const results = ((page.recordings as IDataObject[] | undefined) ?? [])
			.map((recording) => ({
				name: `${String(recording.displayName ?? 'Recording')} (${when(recording.startTime)})`,
				value: String(recording.id),
			}))
			.filter((option) => matches(filter, option.name));
		return { results, paginationToken: page.paging?.nextPageToken };
	},
};
