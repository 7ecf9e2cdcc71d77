import type { INodeProperties } from 'n8n-workflow';
import * as createBatch from './createBatch.operation';
import * as getBatch from './getBatch.operation';
import * as getManyBatches from './getManyBatches.operation';
import * as getManyMessages from './getManyMessages.operation';

export const handlers = {
	createBatch: createBatch.execute,
	getBatch: getBatch.execute,
	getManyBatches: getManyBatches.execute,
	getManyMessages: getManyMessages.execute,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['a2pSms'] } },
		options: [
			{
				name: 'Create Batch',
				value: 'createBatch',
				action: 'Send a high volume SMS batch',
				description: 'Send one personalised SMS per input item, all in one batch',
			},
			{
				name: 'Get Batch',
				value: 'getBatch',
				action: 'Get a high volume SMS batch',
				description:
					'Get the status of a high-volume SMS batch: queued, processing or completed, with counts and cost',
			},
			{
				name: 'Get Many Batches',
				value: 'getManyBatches',
				action: 'Get many high volume SMS batches',
				description:
					'List the high-volume SMS batches sent, filtered by date, status or from number',
			},
			{
				name: 'Get Many Messages',
				value: 'getManyMessages',
				action: 'Get many messages of a high volume SMS batch',
				description:
					'List the messages of a high-volume SMS batch with the delivery status of each',
			},
		],
		default: 'createBatch',
	},
	...createBatch.description,
	...getBatch.description,
	...getManyMessages.description,
	...getManyBatches.description,
];
