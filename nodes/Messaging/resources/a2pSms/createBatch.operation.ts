import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fromNumberProperty } from '../../../shared/phoneNumbers';
import { ringCentralJson } from '../../../shared/transport';
import { requirePhoneNumber, requirePhoneNumbers, requireText } from '../../../shared/validation';
import { messagingOperations } from '../../operations';
import { SMS_MAX_LENGTH } from '../sms/send.operation';

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
];

const displayOptions = { show: { resource: ['a2pSms'], operation: ['createBatch'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** One batch request per 10,000 input items; the output batch is paired with the items it carries. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
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

	const output: INodeExecutionData[] = [];
	for (let start = 0; start < messages.length; start += A2P_BATCH_SIZE) {
		const chunk = messages.slice(start, start + A2P_BATCH_SIZE);
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
			messagingOperations.a2pSms.createBatch,
			start,
		);
		output.push({
			json: batch,
			pairedItem: chunk.map((_message, offset) => ({ item: start + offset })),
		});
	}
	return [output];
}
