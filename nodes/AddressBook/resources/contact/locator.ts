import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { LocatorSpec } from '../../../shared/locators';
import { readLocator, resourceLocator } from '../../../shared/locators';

const CONTACT_LOCATOR: LocatorSpec = {
	name: 'contact',
	displayName: 'Contact',
	description: 'The personal contact',
	searchListMethod: 'searchContacts',
	idPattern: '[0-9]+',
	idPlaceholder: '600000001',
	idFormat:
		'A contact ID is a number, e.g. 600000001 (the "id" of a contact from Get Many or Search).',
};

/** A personal contact: picked from the address book (searchable by name), or by its ID. */
export const contactLocator: INodeProperties = resourceLocator(CONTACT_LOCATOR);

/** The contact ID of an item, checked before anything is sent. */
export function contactIdOf(ctx: IExecuteFunctions, itemIndex: number): string {
	return readLocator(ctx, itemIndex, CONTACT_LOCATOR).id;
}

/** The URL of one contact of the authorized user. */
export const contactUrl = (contactId: string) =>
	`/restapi/v1.0/account/~/extension/~/address-book/contact/${encodeURIComponent(contactId)}`;
export const CONTACTS_URL = '/restapi/v1.0/account/~/extension/~/address-book/contact';
