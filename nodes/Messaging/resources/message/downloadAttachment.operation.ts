import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { binaryPropertyOutput } from '../../../shared/descriptions';

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
