import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fromNumberProperty } from '../../../shared/phoneNumbers';
import { ringCentralJson } from '../../../shared/transport';
import { requireDialable } from '../../../shared/validation';
import { voiceSpecOverrides } from '../../specOverrides';
import { outcomeOf, waitForRingOut } from './wait';

const properties: INodeProperties[] = [
	fromNumberProperty(
		'CallerId',
		'searchCallerIdNumbers',
		'The phone that rings first (yours): one of your RingCentral numbers, or any number such as your mobile. When you answer, RingCentral calls "To".',
	),
	{
		displayName: 'To',
		name: 'to',
		type: 'string',
		default: '',
		required: true,
		placeholder: '+16505550100',
		description:
			'The number to call once "From" answers: a phone number in E.164 format, or an extension number of your company',
	},
	{
		displayName: 'Wait Until Answered',
		name: 'waitUntilAnswered',
		type: 'boolean',
		default: false,
		description:
			'Whether to wait until the called party answers or the call fails (busy, no answer...), checking the status regularly; the output then tells the outcome',
	},
	{
		displayName: 'Timeout (Seconds)',
		name: 'timeout',
		type: 'number',
		typeOptions: { minValue: 5, maxValue: 600 },
		default: 60,
		description:
			'How long to wait at most; the output says "timedOut" when the call is still ringing then',
		displayOptions: { show: { waitUntilAnswered: [true] } },
	},
	{
		displayName: 'Check Every (Seconds)',
		name: 'pollInterval',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 60 },
		default: 3,
		description: 'How often to check the call status (longer when RingCentral asks for it)',
		displayOptions: { show: { waitUntilAnswered: [true] } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Caller ID Name or ID',
				name: 'callerId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getCallerIdNumbers' },
				default: '',
				description:
					'The number "To" sees as the caller: one of your numbers with the CallerId feature. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Country Name or ID',
				name: 'country',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getCountries' },
				default: '',
				description:
					'The country of numbers dialled without a country code. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Play Prompt',
				name: 'playPrompt',
				type: 'boolean',
				default: false,
				description:
					'Whether to ask the person who answers "From" to press 1 before "To" is called',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['ringOut'], operation: ['start'] } },
	properties,
);

/**
 * Places the call once. RingOut is a Heavy, non-idempotent POST: after a timeout or a 5xx it may have
 * dialled, so it is never repeated (the shared request path only repeats it after a 429).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const from = requireDialable(
		this.getNode(),
		itemIndex,
		'From',
		this.getNodeParameter('from', itemIndex, '', { extractValue: true }),
	);
	const to = requireDialable(
		this.getNode(),
		itemIndex,
		'To',
		this.getNodeParameter('to', itemIndex, ''),
	);
	const options = this.getNodeParameter('options', itemIndex, {}) as {
		callerId?: string;
		country?: string;
		playPrompt?: boolean;
	};
	const callerId = options.callerId
		? requireDialable(this.getNode(), itemIndex, 'Caller ID', options.callerId)
		: undefined;
	const started = await ringCentralJson<IDataObject & { id: string; status?: IDataObject }>(
		this,
		{
			method: 'POST',
			url: '/restapi/v1.0/account/~/extension/~/ring-out',
			body: {
				from: { phoneNumber: from },
				to: { phoneNumber: to },
				...(callerId ? { callerId: { phoneNumber: callerId } } : {}),
				...(options.playPrompt !== undefined ? { playPrompt: options.playPrompt } : {}),
				...(options.country ? { country: { id: String(options.country) } } : {}),
			},
		},
		voiceSpecOverrides.ringOut.start,
		itemIndex,
	);
	if (!this.getNodeParameter('waitUntilAnswered', itemIndex, false))
		return { ...started, outcome: outcomeOf(started.status) };
	return await waitForRingOut(
		this,
		started,
		itemIndex,
		this.getNodeParameter('timeout', itemIndex, 60) as number,
		this.getNodeParameter('pollInterval', itemIndex, 3) as number,
	);
}
