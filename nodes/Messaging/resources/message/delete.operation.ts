import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { messagingSpecOverrides } from '../../specOverrides';
import { messageUrl } from './common';

const properties: INodeProperties[] = [
	{
		displayName: 'Purge',
		name: 'purge',
		type: 'boolean',
		default: false,
		description: 'Whether to delete the message permanently instead of moving it to Deleted',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['delete'] } },
	properties,
);

/** RingCentral answers 204 without a body: the output says the message is deleted. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const purge = this.getNodeParameter('purge', itemIndex, false) as boolean;
	await ringCentralJson(
		this,
		{ method: 'DELETE', url: messageUrl(this, itemIndex), qs: purge ? { purge: true } : {} },
		messagingSpecOverrides.message.delete,
		itemIndex,
	);
	return { deleted: true };
}
