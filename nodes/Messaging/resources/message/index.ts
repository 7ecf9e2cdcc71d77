import type { INodeProperties } from 'n8n-workflow';

import { route } from '../../../shared/descriptions';
import * as deleteMessage from './delete.operation';
import * as downloadAttachment from './downloadAttachment.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as sync from './sync.operation';
import * as update from './update.operation';

const messageUrl =
	'=/restapi/v1.0/account/~/extension/{{ encodeURIComponent($parameter.extensionId || "~") }}/message-store/{{ encodeURIComponent($parameter.messageId) }}';

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['message'] } },
		options: [
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a message',
				description:
					'Moves a message of the message store to Deleted, or purges it; outputs {"deleted": true}',
				routing: route('DELETE', messageUrl),
			},
			{
				name: 'Download Attachment',
				value: 'downloadAttachment',
				action: 'Download a message attachment',
				description: 'Download a voicemail recording, fax document or MMS file as binary data',
				routing: route(
					'GET',
					`${messageUrl}/content/{{ encodeURIComponent($parameter.attachmentId) }}`,
					{
						encoding: 'stream',
						json: false,
					},
				),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a message',
				description: 'Get one SMS, fax, voicemail or pager message of the message store by its ID',
				routing: route('GET', messageUrl),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many messages',
				description: 'List SMS, fax, voicemail and pager messages with filters',
				routing: route(
					'GET',
					'=/restapi/v1.0/account/~/extension/{{ encodeURIComponent($parameter.extensionId || "~") }}/message-store',
				),
			},
			{
				name: 'Sync',
				value: 'sync',
				action: 'Sync messages',
				description: 'Get new and changed messages since the last sync token',
				routing: route(
					'GET',
					'=/restapi/v1.0/account/~/extension/{{ encodeURIComponent($parameter.extensionId || "~") }}/message-sync',
				),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Mark a message as read or unread',
				description: 'Changes the read status of a message of the message store',
				routing: route('PUT', messageUrl),
			},
		],
		default: 'getAll',
	},
	...get.description,
	...getAll.description,
	...update.description,
	...deleteMessage.description,
	...downloadAttachment.description,
	...sync.description,
];
