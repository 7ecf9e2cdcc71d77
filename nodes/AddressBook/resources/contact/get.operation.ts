import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { addressBookSpecOverrides } from '../../specOverrides';
import { contactIdOf, contactLocator, contactUrl } from './locator';

export const description = updateDisplayOptions(
	{ show: { resource: ['externalContacts'], operation: ['get', 'delete'] } },
	[contactLocator] as INodeProperties[],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const contactId = contactIdOf(this, itemIndex);
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'GET', url: contactUrl(contactId) },
		addressBookSpecOverrides.externalContacts.get,
		itemIndex,
	);
}
