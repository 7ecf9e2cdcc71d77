import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { extensionIdOf, extensionLocator } from '../../../shared/extensions';
import { fetchRecords, limitOf } from '../../../shared/paging';
import { accountAlsoCalls, accountSpecOverrides } from '../../specOverrides';
import { queryOf } from '../../common';

const USAGE_TYPES: Array<[string, string]> = [
	['Additional Company Number', 'AdditionalCompanyNumber'],
	['Business Mobile Number', 'BusinessMobileNumber'],
	['Company Fax Number', 'CompanyFaxNumber'],
	['Company Number', 'CompanyNumber'],
	['Conferencing Number', 'ConferencingNumber'],
	['Contact Center Number', 'ContactCenterNumber'],
	['Direct Number', 'DirectNumber'],
	['Forwarded Company Number', 'ForwardedCompanyNumber'],
	['Forwarded Number', 'ForwardedNumber'],
	['Integration Number', 'IntegrationNumber'],
	['Main Company Number', 'MainCompanyNumber'],
	['Meetings Number', 'MeetingsNumber'],
	['Partner Business Mobile Number', 'PartnerBusinessMobileNumber'],
];

const properties: INodeProperties[] = [
	{
		displayName: 'Numbers Of',
		name: 'owner',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'A User',
				value: 'user',
				description: 'The numbers of one extension, with what each can do (SMS, fax, caller ID...)',
			},
			{
				name: 'The Whole Company',
				value: 'company',
				description: 'Every number of the account, with the extension it belongs to',
			},
		],
		default: 'user',
	},
	extensionLocator({
		description: 'Whose numbers; empty means the authorized user',
		displayOptions: { show: { owner: ['user'] } },
	}),
	...returnAllOrLimit({}),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Features',
				name: 'features',
				type: 'multiOptions',
				options: [
					{ name: 'Caller ID', value: 'CallerId' },
					{ name: 'Delegated', value: 'Delegated' },
					{ name: 'High-Volume SMS Sender (A2P)', value: 'A2PSmsSender' },
					{ name: 'International SMS Sender', value: 'InternationalSmsSender' },
					{ name: 'MMS Sender', value: 'MmsSender' },
					{ name: 'SMS Sender', value: 'SmsSender' },
				],
				default: [],
				description: 'Only numbers that have all of these features, e.g. those that can send SMS',
				displayOptions: { show: { '/owner': ['user'] } },
			},
			{
				displayName: 'Payment Type',
				name: 'paymentType',
				type: 'multiOptions',
				options: [
					{ name: 'External', value: 'External' },
					{ name: 'Local', value: 'Local' },
					{ name: 'Toll-Free', value: 'TollFree' },
				],
				default: [],
				displayOptions: { show: { '/owner': ['company'] } },
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Normal (Ready to Use)', value: 'Normal' },
					{ name: 'Pending (Being Ported)', value: 'Pending' },
					{ name: 'Ported In', value: 'PortedIn' },
					{ name: 'Temporary', value: 'Temporary' },
				],
				default: 'Normal',
			},
			{
				displayName: 'Usage Type',
				name: 'usageType',
				type: 'multiOptions',
				options: USAGE_TYPES.map(([name, value]) => ({ name, value })),
				default: [],
				description:
					'Only numbers used this way, e.g. direct numbers of users or the main company number',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['phoneNumbers'], operation: ['getAll'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const owner = this.getNodeParameter('owner', itemIndex, 'user') as string;
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const limit = limitOf(this, itemIndex);
	if (owner === 'company') {
		const meta = accountAlsoCalls.phoneNumbers.getAll;
		const qs = queryOf(filters, ['usageType', 'paymentType', 'status']);
		return await fetchRecords(
			this,
			{ method: 'GET', url: '/restapi/v1.0/account/~/phone-number', qs },
			meta,
			limit,
			itemIndex,
		);
	}
	const extensionId = await extensionIdOf(this, 'extension', itemIndex);
	const meta = accountSpecOverrides.phoneNumbers.getAll;
	const features = (filters.features as string[] | undefined) ?? [];
	const qs = queryOf(filters, ['usageType', 'status']);
	// RingCentral cannot filter by feature: large pages, filtered here.
	const hasFeatures = (record: IDataObject) =>
		features.every((feature) =>
			((record.features as string[] | undefined) ?? []).includes(feature),
		);
	return await fetchRecords(
		this,
		{
			method: 'GET',
			url: `/restapi/v1.0/account/~/extension/${encodeURIComponent(extensionId)}/phone-number`,
			qs,
		},
		meta,
		limit,
		itemIndex,
		features.length ? hasFeatures : undefined,
	);
}
