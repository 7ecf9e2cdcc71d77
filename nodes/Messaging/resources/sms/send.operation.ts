import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fromNumberProperty } from '../../../shared/phoneNumbers';
import { ringCentralJson } from '../../../shared/transport';
import { requirePhoneNumber, requirePhoneNumbers, requireText } from '../../../shared/validation';
import { messagingOperations } from '../../operations';

export const SMS_MAX_LENGTH = 1000;

const properties: INodeProperties[] = [
	fromNumberProperty('SmsSender', 'searchSmsSenderNumbers', 'A number of yours with the SmsSender feature'),
	{
		displayName: 'To',
		name: 'to',
		type: 'string',
		default: '',
		required: true,
		placeholder: '+16505550100, +16505550111',
		description: 'Recipient phone number(s) in E.164 format, separated by commas',
		builderHint: { propertyHint: 'E.164 numbers such as +16505550100, comma-separated: one group SMS to all of them unless Options → Send Separately is on' },
	},
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
		description: `Message text, up to ${SMS_MAX_LENGTH} characters`,
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Send Separately',
				name: 'sendSeparately',
				type: 'boolean',
				default: false,
				description: 'Whether to send one SMS to each recipient instead of one group message to all of them',
			},
		],
	},
];

const displayOptions = { show: { resource: ['sms'], operation: ['send'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const node = this.getNode();
	const from = requirePhoneNumber(node, itemIndex, 'From', this.getNodeParameter('from', itemIndex, '', { extractValue: true }));
	const to = requirePhoneNumbers(node, itemIndex, 'To', this.getNodeParameter('to', itemIndex));
	const text = requireText(node, itemIndex, 'Text', this.getNodeParameter('text', itemIndex), SMS_MAX_LENGTH);
	const { sendSeparately = false } = this.getNodeParameter('options', itemIndex, {}) as { sendSeparately?: boolean };

	const sent: IDataObject[] = [];
	for (const recipients of sendSeparately ? to.map((number) => [number]) : [to]) {
		sent.push(
			await ringCentralJson<IDataObject>(
				this,
				{
					method: 'POST',
					url: '/restapi/v1.0/account/~/extension/~/sms',
					body: { from: { phoneNumber: from }, to: recipients.map((phoneNumber) => ({ phoneNumber })), text },
				},
				messagingOperations.sms.send,
				itemIndex,
			),
		);
	}
	return sent;
}
