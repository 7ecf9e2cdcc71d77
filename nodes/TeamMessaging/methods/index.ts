import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { ringCentralJson } from '../../shared/transport';
import type { OperationMeta } from '../../shared/types';
import { teamMessagingSpecOverrides } from '../specOverrides';

interface ChatPage {
	records?: IDataObject[];
	navigation?: { nextPageToken?: string };
}

/** How a chat is named in a list: teams by name, conversations by kind and size (RingCentral names only teams). */
export function chatLabel(chat: IDataObject): string {
	const members = Array.isArray(chat.members) ? chat.members.length : undefined;
	switch (chat.type) {
		case 'Team':
			return `${String(chat.name ?? 'Team')}${chat.status === 'Archived' ? ' (archived)' : ''}`;
		case 'Everyone':
			return `${String(chat.name ?? 'Everyone')} (everyone in the company)`;
		case 'Personal':
			return 'Personal chat (only you)';
		case 'Direct':
			return `Direct conversation ${String(chat.id)}`;
		default:
			return `Group conversation ${String(chat.id)}${members ? ` (${members} people)` : ''}`;
	}
}

const appLink = (id: unknown) => `https://app.ringcentral.com/messages/${String(id)}`;

async function searchChatList(
	ctx: ILoadOptionsFunctions,
	url: string,
	meta: OperationMeta,
	filter: string | undefined,
	paginationToken: string | undefined,
): Promise<INodeListSearchResult> {
	const page = await ringCentralJson<ChatPage>(
		ctx,
		{
			method: 'GET',
			url,
			qs: { recordCount: 250, ...(paginationToken ? { pageToken: paginationToken } : {}) },
		},
		meta,
	);
	const needle = (filter ?? '').trim().toLowerCase();
	const results = (page.records ?? [])
		.map((chat) => ({ name: chatLabel(chat), value: String(chat.id), url: appLink(chat.id) }))
		.filter(
			(option) => !needle || option.name.toLowerCase().includes(needle) || option.value === needle,
		);
	return { results, paginationToken: page.navigation?.nextPageToken };
}

export const listSearch = {
	/** Every chat of the user (teams first by name, then conversations), searchable by name or ID. */
	async searchChats(
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const found = await searchChatList(
			this,
			'/team-messaging/v1/chats',
			teamMessagingSpecOverrides.chat.getAll,
			filter,
			paginationToken,
		);
		const rank = (name: string) =>
			name.startsWith('Direct conversation') || name.startsWith('Group conversation') ? 1 : 0;
		found.results.sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name, 'en'));
		return found;
	},

	/** The teams the user is a member of, searchable by name or ID. */
	async searchTeams(
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const found = await searchChatList(
			this,
			'/team-messaging/v1/teams',
			teamMessagingSpecOverrides.team.getAll,
			filter,
			paginationToken,
		);
		found.results.sort((a, b) => a.name.localeCompare(b.name, 'en'));
		return found;
	},
};
