import type { INodeProperties } from 'n8n-workflow';
import { messageDescription } from './common';
import * as deleteMessage from './delete.operation';
import * as downloadAttachment from './downloadAttachment.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as sync from './sync.operation';
import * as update from './update.operation';

export const handlers = {
	delete: deleteMessage.execute,
	downloadAttachment: downloadAttachment.execute,
	get: get.execute,
	getAll: getAll.execute,
	sync: sync.execute,
	update: update.execute,
};

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
			},
			{
				name: 'Download Attachment',
				value: 'downloadAttachment',
				action: 'Download a message attachment',
				description: 'Download a voicemail recording, fax document or MMS file as binary data',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a message',
				description: 'Get one SMS, fax, voicemail or pager message of the message store by its ID',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many messages',
				description: 'List SMS, fax, voicemail and pager messages with filters',
			},
			{
				name: 'Sync',
				value: 'sync',
				action: 'Sync messages',
				description: 'Get new and changed messages since the last sync token',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Mark a message as read or unread',
				description: 'Changes the read status of a message of the message store',
			},
		],
		default: 'getAll',
	},
	...messageDescription,
	...get.description,
	...getAll.description,
	...update.description,
	...deleteMessage.description,
	...downloadAttachment.description,
	...sync.description,
];
