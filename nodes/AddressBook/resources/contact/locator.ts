import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { invalidInput } from '../../../shared/validation';

/** A personal contact: picked from the address book (searchable by name), or by its ID. */
export const contactLocator: INodeProperties = {
	displayName: 'Contact',
	name: 'contact',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The personal contact',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a contact...',
			typeOptions: { searchListMethod: 'searchContacts', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: '600000001',
			validation: [
				{
					type: 'regex',
					properties: {
						regex: '^\\s*[0-9]+\\s*$',
						errorMessage: 'A contact ID is a number, e.g. 600000001',
					},
				},
			],
		},
	],
};

/** The contact ID of an item, checked before anything is sent. */
export function contactIdOf(ctx: IExecuteFunctions, itemIndex: number): string {
	const value = String(
		ctx.getNodeParameter('contact', itemIndex, '', { extractValue: true }) ?? '',
	).trim();
	if (!/^\d+$/.test(value)) {
		throw invalidInput(
			ctx.getNode(),
			itemIndex,
			'Contact',
			value ? `"${value}" is not a contact ID` : 'no contact chosen',
			'Pick the contact from the list, or give its numeric ID (the "id" of a contact from Get Many or Search).',
		);
	}
	return value;
}

/** The URL of one contact of the authorized user. */
export const contactUrl = (contactId: string) =>
	`/restapi/v1.0/account/~/extension/~/address-book/contact/${encodeURIComponent(contactId)}`;
export const CONTACTS_URL = '/restapi/v1.0/account/~/extension/~/address-book/contact';
