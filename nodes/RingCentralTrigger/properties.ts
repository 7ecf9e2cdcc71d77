import type { INodeProperties } from 'n8n-workflow';

import {
	MAX_TRANSCRIPTION_WAIT_MINUTES,
	SMS_STATUSES,
	TRANSCRIPTION_WAIT_MINUTES,
} from './details';
import { CUSTOM_EVENT, EVENT_PRESETS } from './events';
import { HEALTH_CHECK_SECONDS } from './subscription';

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		options: [
			...EVENT_PRESETS.map(({ name, value, description }) => ({ name, value, description })),
			{
				name: 'Custom Event Filters',
				value: CUSTOM_EVENT,
				description: 'Any RingCentral event filter URI',
			},
		].sort((a, b) => a.name.localeCompare(b.name)),
		default: ['smsReceived'],
		description: 'The events that start the workflow',
	},
	{
		displayName: 'Scope',
		name: 'scope',
		type: 'options',
		options: [
			{
				name: 'Connected User',
				value: 'user',
				description: 'Events of the user the credential belongs to',
			},
			{
				name: 'Chosen Extensions',
				value: 'extensions',
				description: 'Events of the extensions you pick (needs an administrator)',
			},
			{
				name: 'Whole Account',
				value: 'account',
				description:
					'Events of every extension, including call queues and IVRs (needs an administrator)',
			},
		],
		default: 'user',
		description:
			'Whose events to receive. Team messaging, extension, high-volume SMS, opt-out, call insights and webinar events are always those of the connected user or account.',
	},
	{
		displayName: 'Extension Names or IDs',
		name: 'extensionIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getExtensions' },
		default: [],
		required: true,
		displayOptions: { show: { scope: ['extensions'] } },
		description:
			'Users, departments, call queues and other extensions whose events to receive. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Custom Event Filters',
		name: 'customFilters',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		required: true,
		placeholder: '/restapi/v1.0/account/~/extension/~/favorite',
		displayOptions: { show: { events: [CUSTOM_EVENT] } },
		description:
			'RingCentral event filter URIs, one per line ("~" is the connected account or user). See https://developers.ringcentral.com/guide/notifications/event-filters.',
	},
	{
		displayName: 'SMS Statuses',
		name: 'smsStatuses',
		type: 'multiOptions',
		options: SMS_STATUSES.map((status) => ({
			name: status.replace(/([a-z])([A-Z])/g, '$1 $2'),
			value: status,
		})),
		default: ['Queued', 'Sent', 'Delivered', 'DeliveryFailed', 'SendingFailed'],
		displayOptions: { show: { events: ['smsDeliveryStatus'] } },
		description:
			'The statuses of outbound SMS that start the workflow ("SMS Delivery Status Changed")',
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
					'Whether to download the voicemail audio, fax document or MMS pictures of message events as binary data (one field per file)',
			},
			{
				displayName: 'Fetch New Messages',
				name: 'fetchMessages',
				type: 'boolean',
				default: true,
				description:
					'Whether to fetch the messages of "SMS Sent" and "Message Store Changed" events into "messages" (RingCentral sends only their IDs)',
			},
			{
				displayName: 'Transcription Wait (Minutes)',
				name: 'transcriptionWaitMinutes',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_TRANSCRIPTION_WAIT_MINUTES },
				default: TRANSCRIPTION_WAIT_MINUTES,
				displayOptions: { show: { '/events': ['voicemailTranscribed'] } },
				description: `How long "Voicemail Transcribed" waits for a transcription (at most ${MAX_TRANSCRIPTION_WAIT_MINUTES} minutes); after that the voicemail is reported with transcriptionTimedOut: true`,
			},
			{
				displayName: 'Put Files in Fields Starting With',
				name: 'binaryPropertyPrefix',
				type: 'string',
				default: 'attachment',
				hint: 'Files go to <prefix>_0, <prefix>_1, ...',
				displayOptions: { show: { downloadAttachments: [true] } },
			},
		],
	},
	{
		// Seconds between subscription checks; hidden, for tests that cannot wait the default 10 minutes.
		displayName: 'Health Check Interval',
		name: 'healthCheckInterval',
		type: 'hidden',
		default: HEALTH_CHECK_SECONDS,
	},
];
