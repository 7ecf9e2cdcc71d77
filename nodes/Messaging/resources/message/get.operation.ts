import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { extensionIdProperty } from '../../../shared/descriptions';

const messageIdProperty: INodeProperties = {
	displayName: 'Message ID',
	name: 'messageId',
	type: 'string',
	default: '',
	required: true,
	description: 'ID of the message in the message store',
};

const properties: INodeProperties[] = [messageIdProperty, extensionIdProperty({})];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['get', 'update', 'delete', 'downloadAttachment'] } },
	properties,
);
