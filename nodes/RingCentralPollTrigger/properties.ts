import type { INodeProperties } from 'n8n-workflow';

const messageEvents = ['newMessage', 'newVoicemail'];
const callEvents = ['newCall', 'newRecording'];

export const pollProperties: INodeProperties[] = [
	{
		displayName: 'Event',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'New Call Log Record',
				value: 'newCall',
				description: 'A call (or fax call) appeared in the call log',
			},
			{
				name: 'New Call Recording',
				value: 'newRecording',
				description: 'A recorded call, once its recording can be downloaded',
			},
			{
				name: 'New Message',
				value: 'newMessage',
				description: 'A new SMS, MMS, fax or pager message in the message store',
			},
			{
				name: 'New Voicemail',
				value: 'newVoicemail',
				description: 'A new voicemail, optionally with its audio',
			},
		],
		default: 'newMessage',
	},
	{
		displayName: 'Message Types',
		name: 'messageTypes',
		type: 'multiOptions',
		options: [
			{ name: 'Fax', value: 'Fax' },
			{ name: 'Pager', value: 'Pager' },
			{ name: 'SMS and MMS', value: 'SMS' },
			{ name: 'Voicemail', value: 'VoiceMail' },
		],
		default: ['SMS'],
		description: 'Which messages start the workflow (empty: all)',
		displayOptions: { show: { event: ['newMessage'] } },
	},
	{
		displayName: 'Direction',
		name: 'direction',
		type: 'options',
		options: [
			{ name: 'Any', value: '' },
			{ name: 'Inbound', value: 'Inbound' },
			{ name: 'Outbound', value: 'Outbound' },
		],
		default: 'Inbound',
		displayOptions: { show: { event: ['newMessage', ...callEvents] } },
	},
	{
		displayName: 'Scope',
		name: 'scope',
		type: 'options',
		options: [
			{
				name: 'Connected User',
				value: 'user',
				description: 'The call log of the user the credential belongs to',
			},
			{
				name: 'Whole Account',
				value: 'account',
				description: 'The company call log, including queues and IVRs (needs an administrator)',
			},
		],
		default: 'user',
		displayOptions: { show: { event: callEvents } },
	},
	{
		displayName: 'Missed Calls Only',
		name: 'missedOnly',
		type: 'boolean',
		default: false,
		description: 'Whether to start the workflow only for missed calls',
		displayOptions: { show: { event: ['newCall'] } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Download Attachments',
				name: 'downloadAttachments',
				type: 'boolean',
				default: false,
				description:
					'Whether to download the voicemail audio, fax documents and MMS pictures as binary data (one field per file); a message whose file cannot be downloaded comes with an "attachmentError" field instead',
				displayOptions: { show: { '/event': messageEvents } },
			},
			{
				displayName: 'Download Recording',
				name: 'downloadRecording',
				type: 'boolean',
				default: false,
				description: 'Whether to download the recording as binary data (field "data")',
				displayOptions: { show: { '/event': ['newRecording'] } },
			},
			{
				displayName: 'Late Calls Window (Minutes)',
				name: 'lookbackMinutes',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 60,
				description:
					'Calls enter the call log when they end, listed by their start time. Calls that started up to this long before a poll are still picked up; raise it if calls last longer.',
				displayOptions: { show: { '/event': callEvents } },
			},
			{
				displayName: 'Put Files in Fields Starting With',
				name: 'binaryPropertyPrefix',
				type: 'string',
				default: 'attachment',
				hint: 'Files go to <prefix>_0, <prefix>_1, ...',
				displayOptions: { show: { '/event': messageEvents } },
			},
			{
				displayName: 'Wait for Recording (Minutes)',
				name: 'recordingDelayMinutes',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 5,
				description:
					'Recordings are listed before their audio is ready: start the workflow only this long after the call ended',
				displayOptions: { show: { '/event': ['newRecording'] } },
			},
		],
	},
];
