import type { INodeProperties } from 'n8n-workflow';

/** A date parameter sent as ISO 8601 in UTC, read in the workflow's time zone. */
export function dateQuery(displayName: string, name: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'dateTime',
		default: '',
		description,
		routing: {
			send: {
				type: 'query',
				property: name,
				value: '={{ $value ? DateTime.fromISO($value).toUTC().toISO() : undefined }}',
			},
		},
	};
}

export const messageTypeFilter: INodeProperties = {
	displayName: 'Message Type',
	name: 'messageType',
	type: 'multiOptions',
	options: [
		{ name: 'Fax', value: 'Fax' },
		{ name: 'Pager', value: 'Pager' },
		{ name: 'SMS (and MMS)', value: 'SMS' },
		{ name: 'Text', value: 'Text' },
		{ name: 'Voicemail', value: 'VoiceMail' },
	],
	default: [],
	routing: { send: { type: 'query', property: 'messageType' } },
};

export const directionFilter: INodeProperties = {
	displayName: 'Direction',
	name: 'direction',
	type: 'multiOptions',
	options: [
		{ name: 'Inbound', value: 'Inbound' },
		{ name: 'Outbound', value: 'Outbound' },
	],
	default: [],
	routing: { send: { type: 'query', property: 'direction' } },
};

export const conversationIdFilter: INodeProperties = {
	displayName: 'Conversation ID',
	name: 'conversationId',
	type: 'string',
	default: '',
	routing: { send: { type: 'query', property: 'conversationId' } },
};
