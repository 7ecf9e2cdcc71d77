import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { companyExtensions } from '../../../shared/extensions';
import { fetchRecords, limitOf } from '../../../shared/paging';
import { accountSpecOverrides } from '../../specOverrides';
import { detailedTelephonyStateOption } from './common';

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
				displayName: 'Presence Status',
				name: 'presenceStatus',
				type: 'multiOptions',
				options: [
					{ name: 'Available', value: 'Available' },
					{ name: 'Busy', value: 'Busy' },
					{ name: 'Offline', value: 'Offline' },
				],
				default: [],
				description:
					'Only extensions with one of these statuses, e.g. Available to find who can take a call',
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
				displayName: 'Add Names',
				name: 'addNames',
				type: 'boolean',
				default: true,
				description:
					"Whether to add each extension's name and type (read from the extension list, one more request per page of 1000)",
			},
			detailedTelephonyStateOption,
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['presence'], operation: ['getAll'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { presenceStatus = [] } = this.getNodeParameter('filters', itemIndex, {}) as {
		presenceStatus?: string[];
	};
	const { addNames = true, detailedTelephonyState } = this.getNodeParameter(
		'options',
		itemIndex,
		{},
	) as { addNames?: boolean; detailedTelephonyState?: boolean };
	const meta = accountSpecOverrides.presence.getAll;
	const records = await fetchRecords(
		this,
		{
			method: 'GET',
			url: '/restapi/v1.0/account/~/presence',
			qs: detailedTelephonyState ? { detailedTelephonyState: true } : {},
		},
		meta,
		limitOf(this, itemIndex),
		itemIndex,
		presenceStatus.length
			? (record) => presenceStatus.includes(String(record.presenceStatus))
			: undefined,
	);
	if (!addNames || records.length === 0) return records;
	// The company's extensions once per run, not per input item.
	const extensions = await companyExtensions(this, itemIndex);
	const byId = new Map(extensions.map((extension) => [String(extension.id), extension]));
	return records.map((record) => {
		const extension = byId.get(String((record.extension as IDataObject | undefined)?.id));
		return extension
			? {
					...record,
					extension: {
						...(record.extension as IDataObject),
						name: extension.name,
						type: extension.type,
					},
				}
			: record;
	});
}
