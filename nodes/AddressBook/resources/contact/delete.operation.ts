import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ringCentralRequest } from '../../../shared/transport';
import { addressBookSpecOverrides } from '../../specOverrides';
import { contactIdOf, contactUrl } from './locator';

/** Its one field, the contact, is described with Get (get.operation.ts), shared by both. */
export const description: INodeProperties[] = [];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const contactId = contactIdOf(this, itemIndex);
	await ringCentralRequest(
		this,
		{ method: 'DELETE', url: contactUrl(contactId) },
		addressBookSpecOverrides.externalContacts.delete,
		itemIndex,
	);
	return { deleted: true };
}
