import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { extensionLocator, resolveExtensionId, withoutTilde } from '../../../shared/extensions';
import { ringCentralJson } from '../../../shared/transport';
import { addressBookSpecOverrides } from '../../specOverrides';
import { simplified, simplifyProperty } from './simplify';

const properties: INodeProperties[] = [
	extensionLocator({
		displayName: 'Entry',
		name: 'entry',
		required: true,
		description:
			'The user, call queue or other extension of the company whose directory entry to get',
	}),
	simplifyProperty,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['internalContacts'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const locator = this.getNodeParameter('entry', itemIndex) as { mode?: string; value?: unknown };
	// The directory has no "~": the authorized user's own entry is the one with its extension ID.
	const entryId = await withoutTilde(
		this,
		await resolveExtensionId(this, locator, itemIndex, { field: 'Entry', required: true }),
		itemIndex,
	);
	const entry = await ringCentralJson<IDataObject>(
		this,
		{
			method: 'GET',
			url: `/restapi/v1.0/account/~/directory/entries/${encodeURIComponent(entryId)}`,
		},
		addressBookSpecOverrides.internalContacts.get,
		itemIndex,
	);
	return simplified([entry], this.getNodeParameter('simplify', itemIndex, true) as boolean);
}
