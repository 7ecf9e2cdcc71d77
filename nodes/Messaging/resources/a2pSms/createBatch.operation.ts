import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { allItems } from '../../../shared/execute';
import { fromNumberProperty } from '../../../shared/phoneNumbers';
import { ringCentralJson } from '../../../shared/transport';
import { requirePhoneNumber, requirePhoneNumbers, requireText } from '../../../shared/validation';
import { SMS_MAX_LENGTH } from '../../common';
import { messagingSpecOverrides } from '../../specOverrides';
import { skipOptedOutOption, withoutOptedOut } from '../sms/optOuts';

/** RingCentral takes up to 10,000 messages in one batch request. */
const A2P_BATCH_SIZE = 10_000;

const properties: INodeProperties[] = [
	{
		displayName:
			'All input items become one batch: each item adds one message with its own recipient(s) and text',
		name: 'batchNotice',
		type: 'notice',
		default: '',
	},
	fromNumberProperty(
		'A2PSmsSender',
		'searchA2pSenderNumbers',
		'A number of yours with the A2PSmsSender (high-volume SMS) feature',
	),
	{
		displayName: 'To',
		name: 'to',
		type: 'string',
		default: '',
		required: true,
		placeholder: '={{ $json.phone }}',
		description: "The item's recipient number(s) in E.164 format, separated by commas",
	},
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		required: true,
		placeholder: '=Hi {{ $json.firstName }}, your order has shipped.',
		description: `The item's message text (personalise it with expressions), up to ${SMS_MAX_LENGTH} characters`,
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				...skipOptedOutOption,
				description:
					'Whether to leave out recipients who opted out of SMS from the From number (e.g. replied STOP). The batch lists them in "skippedRecipients"; when every recipient opted out, nothing is sent.',
			},
		],
	},
];

const displayOptions = { show: { resource: ['a2pSms'], operation: ['createBatch'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * One batch request per 10,000 input items; the output batch is paired with the items it carries. With
 * "Skip Opted-Out Recipients", opted-out numbers leave their messages first (a message left with nobody is
 * dropped), and a chunk with nobody left sends nothing.
 */
export const execute = allItems(async function (
	this: IExecuteFunctions,
): Promise<INodeExecutionData[][]> {
	const node = this.getNode();
	const items = this.getInputData();
	const messages = items.map((_item, itemIndex) => ({
		to: requirePhoneNumbers(node, itemIndex, 'To', this.getNodeParameter('to', itemIndex)),
		text: requireText(
			node,
			itemIndex,
			'Text',
			this.getNodeParameter('text', itemIndex),
			SMS_MAX_LENGTH,
		),
	}));
	const from = requirePhoneNumber(
		node,
		0,
		'From',
		this.getNodeParameter('from', 0, '', { extractValue: true }),
	);
	const { skipOptedOut = false } = this.getNodeParameter('options', 0, {}) as {
		skipOptedOut?: boolean;
	};
	const skippedOf: string[][] = messages.map(() => []);
	if (skipOptedOut) {
		for (const [itemIndex, message] of messages.entries()) {
			const { recipients, skipped } = await withoutOptedOut(this, from, message.to, itemIndex);
			message.to = recipients;
			skippedOf[itemIndex] = skipped;
		}
	}

	const output: INodeExecutionData[] = [];
	for (let start = 0; start < messages.length; start += A2P_BATCH_SIZE) {
		const pairedItem = messages
			.slice(start, start + A2P_BATCH_SIZE)
			.map((_message, offset) => ({ item: start + offset }));
		const skipped = skipOptedOut
			? { skippedRecipients: [...new Set(skippedOf.slice(start, start + A2P_BATCH_SIZE).flat())] }
			: {};
		const chunk = messages
			.slice(start, start + A2P_BATCH_SIZE)
			.filter((message) => message.to.length > 0);
		if (chunk.length === 0) {
			output.push({ json: skipped, pairedItem });
			continue;
		}
		const sharedText = chunk.every((message) => message.text === chunk[0].text)
			? chunk[0].text
			: undefined;
		const body: IDataObject = {
			from,
			...(sharedText !== undefined ? { text: sharedText } : {}),
			messages: chunk.map((message) => (sharedText !== undefined ? { to: message.to } : message)),
		};
		const batch = await ringCentralJson<IDataObject>(
			this,
			{ method: 'POST', url: '/restapi/v1.0/account/~/a2p-sms/batches', body },
			messagingSpecOverrides.a2pSms.createBatch,
			start,
		);
		output.push({ json: { ...batch, ...skipped }, pairedItem });
	}
	return [output];
});
