import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchExtensions } from '../../shared/extensions';
import { ringCentralJson } from '../../shared/transport';
import { addressBookSpecOverrides } from '../specOverrides';
import { searchKind } from '../resources/contact/common';

const PAGE_SIZE = 100;

/** A contact's name for a list: the person, else the company, else a number. */
export function contactLabel(contact: IDataObject): string {
	const person = [contact.firstName, contact.lastName].filter(Boolean).join(' ');
	const extra = [
		person && contact.company,
		contact.mobilePhone ?? contact.businessPhone ?? contact.homePhone ?? contact.email,
	].filter(Boolean);
	const name =
		person ||
		String(
			contact.company ??
				contact.mobilePhone ??
				contact.businessPhone ??
				contact.email ??
				contact.id,
		);
	return extra.length ? `${name} (${extra.join(', ')})` : name;
}

export const listSearch = {
	searchExtensions,
	/** The authorized user's personal contacts, by name prefix or phone number. */
	async searchContacts(
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const page = Number(paginationToken ?? 1);
		const kind = filter?.trim() ? searchKind(filter.trim()) : undefined;
		const body = await ringCentralJson<{
			records?: IDataObject[];
			navigation?: { nextPage?: unknown };
		}>(
			this,
			{
				method: 'GET',
				url: '/restapi/v1.0/account/~/extension/~/address-book/contact',
				qs: {
					page,
					perPage: PAGE_SIZE,
					sortBy: 'LastName',
					...(kind && kind.by !== 'email' ? { [kind.by]: kind.value } : {}),
				},
			},
			addressBookSpecOverrides.externalContacts.getAll,
		);
		const needle = kind?.by === 'email' ? kind.value : '';
		const results = (body.records ?? [])
			.filter(
				(contact) =>
					!needle ||
					['email', 'email2', 'email3'].some((field) =>
						String(contact[field] ?? '')
							.toLowerCase()
							.includes(needle),
					),
			)
			.map((contact) => ({ name: contactLabel(contact), value: String(contact.id) }));
		return { results, paginationToken: body.navigation?.nextPage ? String(page + 1) : undefined };
	},
};
