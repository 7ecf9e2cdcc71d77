import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { fetchRecords, limitOf } from '../../../shared/paging';
import { messagingSpecOverrides } from '../../specOverrides';
import { dateFilter, filterQuery } from '../message/filters';

export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['a2pSms'], operation: ['getManyBatches'] } }, [
		...returnAllOrLimit({}),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				dateFilter('Date From', 'dateFrom', 'Batches created at or after this time'),
				dateFilter('Date To', 'dateTo', 'Batches created before this time'),
				{
					displayName: 'From Number',
					name: 'from',
					type: 'string',
					default: '',
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'multiOptions',
					options: [
						{ name: 'Completed', value: 'Completed' },
						{ name: 'Processing', value: 'Processing' },
						{ name: 'Queued', value: 'Queued' },
						{ name: 'Sent', value: 'Sent' },
					],
					default: [],
				},
			],
		},
	]),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	return await fetchRecords(
		this,
		{
			method: 'GET',
			url: '/restapi/v1.0/account/~/a2p-sms/batches',
			qs: filterQuery(this, itemIndex, filters),
		},
		messagingSpecOverrides.a2pSms.getManyBatches,
		limitOf(this, itemIndex),
		itemIndex,
	);
}
