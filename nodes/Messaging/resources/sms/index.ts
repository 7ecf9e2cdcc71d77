import type { INodeProperties } from 'n8n-workflow';

import * as getCampaignStatus from './getCampaignStatus.operation';
import * as send from './send.operation';

export const handlers = {
	getCampaignStatus: getCampaignStatus.execute,
	send: send.execute,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['sms'] } },
		options: [
			{
				name: 'Get Campaign Status',
				value: 'getCampaignStatus',
				action: 'Get 10DLC campaign status of a number',
				description:
					'Reads the 10DLC (TCR) campaign and brand registration of one of your numbers: US business SMS from a local number is blocked until its campaign is approved',
			},
			{
				name: 'Send',
				value: 'send',
				action: 'Send an SMS',
				description:
					'Sends a text message now from one of your numbers to one or more phone numbers',
			},
		],
		default: 'send',
	},
	...getCampaignStatus.description,
	...send.description,
];
