import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { extensionTypeOptions } from '../../../shared/extensions';
import { limitOf } from '../../../shared/paging';
import { ringCentralJson } from '../../../shared/transport';
import { splitList } from '../../../shared/validation';
import { addressBookSpecOverrides } from '../../specOverrides';
import { simplified, simplifyProperty } from './simplify';

/** The page size asked for; RingCentral applies its own maximum when it is lower, and paging follows. */
const PAGE_SIZE = 1000;
const SEARCH_TYPES = [
	'User',
	'Department',
	'Announcement',
	'Voicemail',
	'DigitalUser',
	'VirtualUser',
	'FaxUser',
	'PagingOnly',
	'SharedLinesGroup',
	'IvrMenu',
	'ApplicationExtension',
	'ParkLocation',
	'Limited',
	'Bot',
	'Site',
	'Room',
	'DelegatedLinesGroup',
	'GroupCallPickup',
];

const properties: INodeProperties[] = [
	{
		displayName: 'Search Text',
		name: 'searchString',
		type: 'string',
		default: '',
		placeholder: 'e.g. Alice, 101, sales or +16505550101',
		description:
			'Matched anywhere in first name, last name, extension number, phone number, email, job title or department (case-insensitive); empty matches everyone',
	},
	...returnAllOrLimit({}),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Department',
				name: 'department',
				type: 'string',
				default: '',
				description: 'Only people of this department (exact name)',
			},
			{
				displayName: 'Extension Status',
				name: 'extensionStatuses',
				type: 'multiOptions',
				options: [
					{ name: 'Disabled', value: 'Disabled' },
					{ name: 'Enabled', value: 'Enabled' },
					{ name: 'Not Activated', value: 'NotActivated' },
				],
				default: [],
			},
			{
				displayName: 'Extension Type',
				name: 'extensionTypes',
				type: 'multiOptions',
				options: extensionTypeOptions(SEARCH_TYPES),
				default: [],
				description: 'Only entries of these types, e.g. users or call queues',
			},
			{
				displayName: 'Search In',
				name: 'searchFields',
				type: 'multiOptions',
				options: [
					{ name: 'Department', value: 'department' },
					{ name: 'Email', value: 'email' },
					{ name: 'Extension Number', value: 'extensionNumber' },
					{ name: 'First Name', value: 'firstName' },
					{ name: 'Job Title', value: 'jobTitle' },
					{ name: 'Last Name', value: 'lastName' },
					{ name: 'Phone Number', value: 'phoneNumber' },
				],
				default: [],
				description: 'Match the search text only in these fields (default: all of them)',
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
				displayName: 'Site IDs',
				name: 'siteIds',
				type: 'string',
				default: '',
				description: 'Only entries of these sites (comma-separated IDs)',
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Sort By',
				name: 'orderBy',
				type: 'options',
				options: [
					{ name: 'Department', value: 'department' },
					{ name: 'Email', value: 'email' },
					{ name: 'Extension Number', value: 'extensionNumber' },
					{ name: 'First Name', value: 'firstName' },
					{ name: 'Job Title', value: 'jobTitle' },
					{ name: 'Last Name', value: 'lastName' },
				],
				default: 'lastName',
			},
			{
				displayName: 'Sort Direction',
				name: 'direction',
				type: 'options',
				options: [
					{ name: 'Ascending', value: 'Asc' },
					{ name: 'Descending', value: 'Desc' },
				],
				default: 'Asc',
			},
		],
	},
	simplifyProperty,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['internalContacts'], operation: ['search'] } },
	properties,
);

interface SearchPage {
	records?: IDataObject[];
	paging?: { page?: number; perPage?: number; totalPages?: number };
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const searchString = String(this.getNodeParameter('searchString', itemIndex, '') ?? '').trim();
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const { orderBy, direction } = this.getNodeParameter('options', itemIndex, {}) as {
		orderBy?: string;
		direction?: string;
	};
	const limit = limitOf(this, itemIndex);
	const body: IDataObject = {
		...(searchString ? { searchString } : {}),
		...((filters.searchFields as string[] | undefined)?.length
			? { searchFields: filters.searchFields }
			: {}),
		...((filters.extensionTypes as string[] | undefined)?.length
			? { extensionTypes: filters.extensionTypes }
			: {}),
		...((filters.extensionStatuses as string[] | undefined)?.length
			? { extensionStatuses: filters.extensionStatuses }
			: {}),
		...(filters.department ? { department: String(filters.department) } : {}),
		...(splitList(filters.siteIds).length ? { siteIds: splitList(filters.siteIds) } : {}),
		...(typeof filters.showFederated === 'boolean' ? { showFederated: filters.showFederated } : {}),
		...(orderBy || direction
			? { orderBy: [{ index: 1, fieldName: orderBy ?? 'lastName', direction: direction ?? 'Asc' }] }
			: {}),
	};
	// The search pages through `page` in its body (no navigation URIs): ask for the next page until the last.
	const records: IDataObject[] = [];
	for (let page = 1; ; page++) {
		const perPage = limit === undefined ? PAGE_SIZE : Math.min(PAGE_SIZE, limit);
		const answer = await ringCentralJson<SearchPage>(
			this,
			{
				method: 'POST',
				url: '/restapi/v1.0/account/~/directory/entries/search',
				body: { ...body, page, perPage },
			},
			addressBookSpecOverrides.internalContacts.search,
			itemIndex,
		);
		const found = answer.records ?? [];
		records.push(...found);
		if (limit !== undefined && records.length >= limit) break;
		const { totalPages, perPage: served = perPage } = answer.paging ?? {};
		const more = typeof totalPages === 'number' ? page < totalPages : found.length >= served;
		if (!more || found.length === 0) break;
	}
	const wanted = limit === undefined ? records : records.slice(0, limit);
	return simplified(wanted, this.getNodeParameter('simplify', itemIndex, true) as boolean);
}
