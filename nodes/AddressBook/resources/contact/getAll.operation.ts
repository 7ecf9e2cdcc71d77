import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { fetchRecords, limitOf } from '../../../shared/paging';
import { addressBookSpecOverrides } from '../../specOverrides';
import { CONTACTS_URL } from './locator';

const properties: INodeProperties[] = [
	...returnAllOrLimit({}),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Sort By',
				name: 'sortBy',
				type: 'options',
				options: [
					{ name: 'Company', value: 'Company' },
					{ name: 'First Name', value: 'FirstName' },
					{ name: 'Last Name', value: 'LastName' },
				],
				default: 'LastName',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['externalContacts'], operation: ['getAll'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { sortBy } = this.getNodeParameter('options', itemIndex, {}) as { sortBy?: string };
	return await fetchRecords(
		this,
		{ method: 'GET', url: CONTACTS_URL, qs: sortBy ? { sortBy } : {} },
		addressBookSpecOverrides.externalContacts.getAll,
		limitOf(this, itemIndex),
		itemIndex,
	);
}
