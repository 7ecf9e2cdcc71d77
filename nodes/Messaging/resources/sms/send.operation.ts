import type { IDataObject, IExecuteFunctions, INode, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { httpStatusOf, nodeError } from '../../../shared/errors';
import { withPartialResult } from '../../../shared/execute';
import { fromNumberProperty } from '../../../shared/phoneNumbers';
import { ringCentralJson } from '../../../shared/transport';
import { requirePhoneNumber, requirePhoneNumbers, requireText } from '../../../shared/validation';
import { SMS_MAX_LENGTH } from '../../common';
import { messagingSpecOverrides } from '../../specOverrides';
import { skipOptedOutOption, withoutOptedOut } from './optOuts';

const properties: INodeProperties[] = [
	fromNumberProperty(
		'SmsSender',
		'searchSmsSenderNumbers',
		'A number of yours with the SmsSender feature',
	),
	{
		displayName: 'To',
		name: 'to',
		type: 'string',
		default: '',
		required: true,
		placeholder: '+16505550100, +16505550111',
		description: 'Recipient phone number(s) in E.164 format, separated by commas',
		builderHint: {
			propertyHint:
				'E.164 numbers such as +16505550100, comma-separated: one group SMS to all of them unless Options → Send Separately is on',
		},
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
				description:
					'Whether to send one SMS to each recipient instead of one group message to all of them',
			},
			skipOptedOutOption,
		],
	},
];

const displayOptions = { show: { resource: ['sms'], operation: ['send'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const node = this.getNode();
	const from = requirePhoneNumber(
		node,
		itemIndex,
		'From',
		this.getNodeParameter('from', itemIndex, '', { extractValue: true }),
	);
	const to = requirePhoneNumbers(node, itemIndex, 'To', this.getNodeParameter('to', itemIndex));
	const text = requireText(
		node,
		itemIndex,
		'Text',
		this.getNodeParameter('text', itemIndex),
		SMS_MAX_LENGTH,
	);
	const { sendSeparately = false, skipOptedOut = false } = this.getNodeParameter(
		'options',
		itemIndex,
		{},
	) as { sendSeparately?: boolean; skipOptedOut?: boolean };

	let recipients = to;
	let skipped: string[] = [];
	if (skipOptedOut) ({ recipients, skipped } = await withoutOptedOut(this, from, to, itemIndex));
	// With the option on, every output says whom it left out (an empty list too).
	const withSkipped = (result: IDataObject): IDataObject =>
		skipOptedOut ? { ...result, skippedRecipients: skipped } : result;
	if (recipients.length === 0) return [withSkipped({})];

	const send = async (recipients: string[]) =>
		await ringCentralJson<IDataObject>(
			this,
			{
				method: 'POST',
				url: '/restapi/v1.0/account/~/extension/~/sms',
				body: {
					from: { phoneNumber: from },
					to: recipients.map((phoneNumber) => ({ phoneNumber })),
					text,
				},
			},
			messagingSpecOverrides.sms.send,
			itemIndex,
		);
	if (!sendSeparately || recipients.length === 1) return [withSkipped(await send(recipients))];

	const sent: IDataObject[] = [];
	for (const recipient of recipients) {
		try {
			sent.push(await send([recipient]));
		} catch (error) {
			throw partialSendError(node, error, recipients, sent, itemIndex);
		}
	}
	return sent.map(withSkipped);
}

/**
 * One SMS of several failed: says who was texted (with the message ids), who was not, and who may have been,
 * so that running the item again does not text the first recipients twice.
 */
function partialSendError(
	node: INode,
	error: unknown,
	to: string[],
	sent: IDataObject[],
	itemIndex: number,
) {
	const failed = to[sent.length];
	// RingCentral rejected it (4xx, a 429 included): nothing was sent. Anything else may have been processed.
	const rejected = /^4\d\d$/.test(httpStatusOf(error) ?? '');
	const sentTo = sent.map((message, index) => ({ phoneNumber: to[index], messageId: message.id }));
	const notSentTo = to.slice(sent.length + (rejected ? 0 : 1));
	const maybeSentTo = rejected ? [] : [failed];
	const summary = [
		sentTo.length
			? `Sent to ${sentTo.map((r) => `${r.phoneNumber} (message ${String(r.messageId)})`).join(', ')}.`
			: 'Sent to nobody.',
		maybeSentTo.length
			? `Maybe sent to ${failed}: check the message store before texting it again.`
			: '',
		notSentTo.length
			? `Not sent to ${notSentTo.join(', ')}. Run again with only those numbers in "To".`
			: '',
	];
	return withPartialResult(
		nodeError(node, error, itemIndex),
		{ sentTo, notSentTo, ...(maybeSentTo.length ? { maybeSentTo } : {}) },
		summary.filter(Boolean).join(' '),
	);
}
