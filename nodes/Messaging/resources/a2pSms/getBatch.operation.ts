import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { messagingSpecOverrides } from '../../specOverrides';
import { batchIdField, batchIdOf } from './common';

export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['a2pSms'], operation: ['getBatch'] } }, [
		batchIdField,
	]),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const batchId = batchIdOf(this, itemIndex);
	return await ringCentralJson<IDataObject>(
		this,
		{
			method: 'GET',
			url: `/restapi/v1.0/account/~/a2p-sms/batches/${encodeURIComponent(batchId)}`,
		},
		messagingSpecOverrides.a2pSms.getBatch,
		itemIndex,
	);
}
