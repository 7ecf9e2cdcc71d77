import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { dateQuery } from '../message/filters';

const batchId: INodeProperties = {
	displayName: 'Batch ID',
	name: 'batchId',
	type: 'string',
	default: '',
	required: true,
};

export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['a2pSms'], operation: ['getBatch'] } }, [batchId]),
	...updateDisplayOptions({ show: { resource: ['a2pSms'], operation: ['getManyMessages'] } }, [
		{ ...batchId, routing: { send: { type: 'query', property: 'batchId' } } },
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
					routing: { send: { type: 'query', property: 'phoneNumber' } },
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
					routing: { send: { type: 'query', property: 'view' } },
				},
			],
		},
	]),
	...updateDisplayOptions({ show: { resource: ['a2pSms'], operation: ['getManyBatches'] } }, [
		...returnAllOrLimit({}),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				dateQuery('Date From', 'dateFrom', 'Batches created at or after this time'),
				dateQuery('Date To', 'dateTo', 'Batches created before this time'),
				{
					displayName: 'From Number',
					name: 'from',
					type: 'string',
					default: '',
					routing: { send: { type: 'query', property: 'from' } },
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
					routing: { send: { type: 'query', property: 'status' } },
				},
			],
		},
	]),
];
