import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { messagingSpecOverrides } from '../../specOverrides';
import { messageUrl } from './common';

const properties: INodeProperties[] = [
	{
		displayName: 'Read Status',
		name: 'readStatus',
		type: 'options',
		options: [
			{ name: 'Read', value: 'Read' },
			{ name: 'Unread', value: 'Unread' },
		],
		default: 'Read',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['update'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const readStatus = this.getNodeParameter('readStatus', itemIndex, 'Read') as string;
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'PUT', url: messageUrl(this, itemIndex), body: { readStatus } },
		messagingSpecOverrides.message.update,
		itemIndex,
	);
}
