import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { voiceSpecOverrides } from '../../specOverrides';
import { recordingIdOf } from './common';

const properties: INodeProperties[] = [
	{
		displayName: 'Recording ID',
		name: 'recordingId',
		type: 'string',
		default: '',
		required: true,
		placeholder: '={{ $json.recordingId }}',
		description:
			'The recording ID of a call log record ("recording.ID", or "recordingId" when simplified)',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['callRecordings'], operation: ['get'] } },
	properties,
);

/** The recording's metadata: ID, content URI (on RingCentral's media host), MIME type and duration. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await ringCentralJson<IDataObject>(
		this,
		{
			method: 'GET',
			url: `/restapi/v1.0/account/~/recording/${encodeURIComponent(recordingIdOf(this, itemIndex))}`,
		},
		voiceSpecOverrides.callRecordings.get,
		itemIndex,
	);
}
