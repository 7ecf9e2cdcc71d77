import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, flatRecordOf, simplifySwitch } from '../../../shared/descriptions';
import { extensionTypeOptions } from '../../../shared/extensions';
import { fetchRecords, limitOf } from '../../../shared/paging';
import { splitList } from '../../../shared/validation';
import { queryOf } from '../../common';
import { accountSpecOverrides } from '../../specOverrides';
import { simplifyExtension } from './simplify';

const TYPES = [
	'User',
	'Department',
	'Announcement',
	'Voicemail',
	'DigitalUser',
	'VirtualUser',
	'FaxUser',
	'PagingOnly',
	'SharedLinesGroup',
	'DelegatedLinesGroup',
	'GroupCallPickup',
	'IvrMenu',
	'ApplicationExtension',
	'ProxyAdmin',
	'RoomConnector',
	'ParkLocation',
	'Limited',
	'Bot',
	'Site',
	'Room',
	'FlexibleUser',
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
				displayName: 'Email',
				name: 'email',
				type: 'string',
				default: '',
				placeholder: 'alice@example.com',
				description: 'Only the extensions with these contact emails (comma-separated)',
			},
			{
				displayName: 'Extension Number',
				name: 'extensionNumber',
				type: 'string',
				default: '',
				placeholder: '101',
				description: 'Only the extension with this number',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'multiOptions',
				options: [
					{ name: 'Disabled', value: 'Disabled' },
					{ name: 'Enabled', value: 'Enabled' },
					{ name: 'Frozen', value: 'Frozen' },
					{ name: 'Not Activated', value: 'NotActivated' },
					{ name: 'Unassigned', value: 'Unassigned' },
				],
				default: [],
				description: 'Only extensions with these statuses (default: all)',
			},
			{
				displayName: 'Type',
				name: 'type',
				type: 'multiOptions',
				options: extensionTypeOptions(TYPES),
				default: [],
				description: 'Only extensions of these types, e.g. users or call queues (default: all)',
			},
		],
	},
	simplifySwitch(
		flatRecordOf(
			'ID, extension number, name, type, status, email, phones, department, job title, site, admin, time zone',
		),
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['extension'], operation: ['getAll'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs = queryOf(
		{
			...filters,
			email: splitList(filters.email),
			extensionNumber: String(filters.extensionNumber ?? '').trim(),
		},
		['type', 'status', 'email', 'extensionNumber'],
	);
	const records = await fetchRecords(
		this,
		{ method: 'GET', url: '/restapi/v1.0/account/~/extension', qs },
		accountSpecOverrides.extension.getAll,
		limitOf(this, itemIndex),
		itemIndex,
	);
	return this.getNodeParameter('simplify', itemIndex, true)
		? records.map(simplifyExtension)
		: records;
}
