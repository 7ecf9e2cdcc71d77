import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { chatLocator, itemUrl, optionalChatIdOf } from '../../common';
import { teamMessagingLookups, teamMessagingSpecOverrides } from '../../specOverrides';
import { eventFields, eventBody } from './common';

export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['calendarEvent'], operation: ['create'] } }, [
		{
			displayName: 'Title',
			name: 'title',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'Quarterly review',
		},
		{ displayName: 'Start', name: 'startTime', type: 'dateTime', default: '', required: true },
		{ displayName: 'End', name: 'endTime', type: 'dateTime', default: '', required: true },
		chatLocator({
			displayName: 'Chat (Optional)',
			required: false,
			description:
				"The chat whose calendar gets the event; leave empty for the authorized user's own calendar",
		}),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: eventFields(false),
		},
	]),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body = eventBody(this, itemIndex, {
		...(this.getNodeParameter('options', itemIndex, {}) as IDataObject),
		title: this.getNodeParameter('title', itemIndex, ''),
		startTime: this.getNodeParameter('startTime', itemIndex, ''),
		endTime: this.getNodeParameter('endTime', itemIndex, ''),
	});
	const chatId = optionalChatIdOf(this, itemIndex);
	return chatId
		? await ringCentralJson<IDataObject>(
				this,
				{
					method: 'POST',
					url: itemUrl('group', chatId, 'events'),
					body,
				},
				teamMessagingLookups.calendarEvent.createInChat,
				itemIndex,
			)
		: await ringCentralJson<IDataObject>(
				this,
				{ method: 'POST', url: '/team-messaging/v1/events', body },
				teamMessagingSpecOverrides.calendarEvent.create,
				itemIndex,
			);
}
