import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { extensionTypeOptions } from '../../../shared/extensions';
import { fetchRecords, limitOf } from '../../../shared/paging';
import { addressBookSpecOverrides } from '../../specOverrides';
import { simplified, simplifyProperty } from './simplify';

/** Types listDirectoryEntries filters by (one at a time). */
const DIRECTORY_TYPES = [
	'User',
	'Department',
	'Announcement',
	'Voicemail',
	'SharedLinesGroup',
	'PagingOnly',
	'IvrMenu',
	'ParkLocation',
	'Limited',
	'External',
	'DelegatedLinesGroup',
];

const properties: INodeProperties[] = [
	...returnAllOrLimit({}),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Extension Group',
				name: 'typeGroup',
				type: 'options',
				options: [
					{ name: 'Non-Users (Call Queues, IVR Menus, ...)', value: 'NonUser' },
					{ name: 'Users', value: 'User' },
				],
				default: 'User',
				description:
					'Only users, or only call queues, IVR menus and other extensions that are not users',
			},
			{
				displayName: 'Show Federated Accounts',
				name: 'showFederated',
				type: 'boolean',
				default: true,
				description:
					'Whether to include the people of federated accounts (when the account is part of a federation)',
			},
			{
				displayName: 'Site ID',
				name: 'siteId',
				type: 'string',
				default: '',
				description: 'Only entries of this site (multi-site accounts)',
			},
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				options: extensionTypeOptions(DIRECTORY_TYPES),
				default: 'User',
				description: 'Only entries of this extension type',
			},
		],
	},
	simplifyProperty,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['internalContacts'], operation: ['getAll'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs: IDataObject = {};
	for (const key of ['type', 'typeGroup', 'siteId', 'showFederated']) {
		if (filters[key] !== undefined && filters[key] !== '') qs[key] = filters[key];
	}
	const records = await fetchRecords(
		this,
		{ method: 'GET', url: '/restapi/v1.0/account/~/directory/entries', qs },
		addressBookSpecOverrides.internalContacts.getAll,
		limitOf(this, itemIndex),
		itemIndex,
	);
	return simplified(records, this.getNodeParameter('simplify', itemIndex, true) as boolean);
}
