import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { fetchRecords, limitOf } from '../../../shared/paging';
import { invalidInput } from '../../../shared/validation';
import { addressBookSpecOverrides } from '../../specOverrides';
import { searchKind } from './common';
import { CONTACTS_URL } from './locator';

const properties: INodeProperties[] = [
	{
		displayName: 'Query',
		name: 'query',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Jane, +14155550111 or jane@acme.com',
		description:
			'A name (contacts whose first or last name starts with it), a phone number (contacts with that number in any phone field) or an email address (contacts with that address in any email field)',
	},
	...returnAllOrLimit({}),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['externalContacts'], operation: ['search'] } },
	properties,
);

const EMAIL_FIELDS = ['email', 'email2', 'email3'];
const meta = addressBookSpecOverrides.externalContacts.search;

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const query = String(this.getNodeParameter('query', itemIndex, '') ?? '').trim();
	if (!query) {
		throw invalidInput(
			this.getNode(),
			itemIndex,
			'Query',
			'the query is empty',
			'Enter a name, a phone number in E.164 format or an email address.',
		);
	}
	const limit = limitOf(this, itemIndex);
	const kind = searchKind(query);
	if (kind.by !== 'email') {
		return await fetchRecords(
			this,
			{ method: 'GET', url: CONTACTS_URL, qs: { [kind.by]: kind.value } },
			meta,
			limit,
			itemIndex,
		);
	}
	// RingCentral cannot search by email: read the address book in large pages and keep the matches.
	const matches = (record: IDataObject) =>
		EMAIL_FIELDS.some((field) => String(record[field] ?? '').toLowerCase() === kind.value);
	return await fetchRecords(
		this,
		{ method: 'GET', url: CONTACTS_URL },
		meta,
		limit,
		itemIndex,
		matches,
	);
}
