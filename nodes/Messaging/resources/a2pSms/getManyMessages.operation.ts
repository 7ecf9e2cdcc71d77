import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { fetchRecords, limitOf } from '../../../shared/paging';
import { messagingSpecOverrides } from '../../specOverrides';
import { filterQuery } from '../message/filters';
import { batchIdField, batchIdOf } from './common';

export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['a2pSms'], operation: ['getManyMessages'] } }, [
		batchIdField,
		...returnAllOrLimit({}),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Phone Number',
					name: 'phoneNumber',
					type: 'string',
					default: '',
					description: 'Only messages to this number',
				},
				{
					displayName: 'View',
					name: 'view',
					type: 'options',
					options: [
						{ name: 'Simple', value: 'Simple' },
						{ name: 'Detailed', value: 'Detailed' },
					],
					default: 'Simple',
				},
			],
		},
	]),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const batchId = batchIdOf(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	return await fetchRecords(
		this,
		{
			method: 'GET',
			url: '/restapi/v1.0/account/~/a2p-sms/messages',
			qs: { batchId, ...filterQuery(this, itemIndex, filters) },
		},
		messagingSpecOverrides.a2pSms.getManyMessages,
		limitOf(this, itemIndex),
		itemIndex,
	);
}
