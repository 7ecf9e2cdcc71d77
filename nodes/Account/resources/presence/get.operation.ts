import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { extensionIdOf, extensionLocator } from '../../../shared/extensions';
import { ringCentralJson } from '../../../shared/transport';
import { accountSpecOverrides } from '../../specOverrides';
import { detailedTelephonyStateOption, presenceUrl } from './common';

const properties: INodeProperties[] = [
	extensionLocator({ description: 'Whose presence; empty means the authorized user' }),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [detailedTelephonyStateOption],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['presence'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const extensionId = await extensionIdOf(this, 'extension', itemIndex);
	const { detailedTelephonyState } = this.getNodeParameter('options', itemIndex, {}) as {
		detailedTelephonyState?: boolean;
	};
	return await ringCentralJson<IDataObject>(
		this,
		{
			method: 'GET',
			url: presenceUrl(extensionId),
			qs: detailedTelephonyState ? { detailedTelephonyState: true } : {},
		},
		accountSpecOverrides.presence.get,
		itemIndex,
	);
}
