import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { ID_SHAPES, requireId } from '../../../shared/validation';
import { voiceAccountSpecOverrides, voiceSpecOverrides } from '../../specOverrides';
import { viewOption } from './common';
import { scopeProperties, scopeUrl } from './scope';
import { simplifyCallRecord, simplifyProperty } from './simplify';

const properties: INodeProperties[] = [
	{
		displayName: 'Call Record ID',
		name: 'callRecordId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'Y3s4dgVtHIG3dUA',
		description: 'The ID of a call log record',
	},
	...scopeProperties('call log'),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [viewOption],
	},
	simplifyProperty,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['callLog'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = requireId(
		this.getNode(),
		itemIndex,
		'Call Record ID',
		this.getNodeParameter('callRecordId', itemIndex, ''),
		ID_SHAPES.token,
		'Use the "id" of a call log record, e.g. from Call Log → Get Many.',
	);
	const { scope, base } = await scopeUrl(this, itemIndex);
	const { view = 'Simple' } = this.getNodeParameter('options', itemIndex, {}) as { view?: string };
	const record = await ringCentralJson<IDataObject>(
		this,
		{ method: 'GET', url: `${base}/call-log/${encodeURIComponent(id)}`, qs: { view } },
		(scope === 'account' ? voiceAccountSpecOverrides : voiceSpecOverrides).callLog.get,
		itemIndex,
	);
	return this.getNodeParameter('simplify', itemIndex, true) ? simplifyCallRecord(record) : record;
}
