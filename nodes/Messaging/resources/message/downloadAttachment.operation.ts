import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { binaryItemFrom } from '../../../shared/binary';
import { binaryPropertyOutput } from '../../../shared/descriptions';
import { ringCentralRequest } from '../../../shared/transport';
import { ID_SHAPES, requireId } from '../../../shared/validation';
import { messagingSpecOverrides } from '../../specOverrides';
import { messageUrl } from './common';

const properties: INodeProperties[] = [
	{
		displayName: 'Attachment ID',
		name: 'attachmentId',
		type: 'string',
		default: '',
		required: true,
		description:
			'ID of the attachment (from the message\'s "attachments" list): the voicemail audio, fax document or MMS file',
	},
	binaryPropertyOutput({}),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['downloadAttachment'] } },
	properties,
);

/** The attachment as binary data, streamed, with RingCentral's file name and MIME type. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const url = messageUrl(this, itemIndex);
	const attachmentId = requireId(
		this.getNode(),
		itemIndex,
		'Attachment ID',
		this.getNodeParameter('attachmentId', itemIndex, ''),
		ID_SHAPES.digits,
		'Use the "id" of an entry of the message\'s "attachments" list.',
	);
	const response = await ringCentralRequest(
		this,
		{
			method: 'GET',
			url: `${url}/content/${encodeURIComponent(attachmentId)}`,
			encoding: 'stream',
			json: false,
		},
		messagingSpecOverrides.message.downloadAttachment,
		itemIndex,
	);
	const propertyName = this.getNodeParameter('binaryPropertyName', itemIndex, 'data') as string;
	return [await binaryItemFrom(this, response, propertyName, `attachment-${attachmentId}`)];
}
