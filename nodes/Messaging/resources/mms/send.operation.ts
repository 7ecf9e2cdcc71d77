import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { multipartRequest, uploadFilesFrom } from '../../../shared/binary';
import { fromNumberProperty } from '../../../shared/phoneNumbers';
import { ringCentralJson } from '../../../shared/transport';
import {
	invalidInput,
	requirePhoneNumber,
	requirePhoneNumbers,
	requireText,
	splitList,
} from '../../../shared/validation';
import { MMS_LIMITS, SMS_MAX_LENGTH } from '../../common';
import { messagingSpecOverrides } from '../../specOverrides';

const properties: INodeProperties[] = [
	fromNumberProperty(
		'MmsSender',
		'searchMmsSenderNumbers',
		'A number of yours with the MmsSender feature',
	),
	{
		displayName: 'To',
		name: 'to',
		type: 'string',
		default: '',
		required: true,
		placeholder: '+16505550100',
		description: `Recipient phone number(s) in E.164 format, separated by commas (at most ${MMS_LIMITS.groupRecipients})`,
	},
	{
		displayName: 'Attachment Fields',
		name: 'attachmentFields',
		type: 'string',
		default: 'data',
		required: true,
		placeholder: 'data, image2',
		description: `Names of the input binary fields to attach, separated by commas (at most ${MMS_LIMITS.attachments} files, 1.5 MB in total)`,
	},
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: `Optional text, up to ${SMS_MAX_LENGTH} characters`,
	},
];

const displayOptions = { show: { resource: ['mms'], operation: ['send'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const from = requirePhoneNumber(
		node,
		itemIndex,
		'From',
		this.getNodeParameter('from', itemIndex, '', { extractValue: true }),
	);
	const to = requirePhoneNumbers(
		node,
		itemIndex,
		'To',
		this.getNodeParameter('to', itemIndex),
		MMS_LIMITS.groupRecipients,
	);
	const rawText = this.getNodeParameter('text', itemIndex, '') as string;
	const text = rawText ? requireText(node, itemIndex, 'Text', rawText, SMS_MAX_LENGTH) : undefined;

	const fields = splitList(this.getNodeParameter('attachmentFields', itemIndex));
	if (fields.length === 0 || fields.length > MMS_LIMITS.attachments) {
		throw invalidInput(
			node,
			itemIndex,
			'Attachment Fields',
			`${fields.length} attachments given`,
			`Attach between 1 and ${MMS_LIMITS.attachments} binary fields.`,
		);
	}
	const files = await uploadFilesFrom(this, itemIndex, fields, 'Attachment Fields', {
		totalBytes: MMS_LIMITS.totalBytes,
		fix: 'Send smaller or fewer files (compress images), or share a link instead.',
	});

	const form = multipartRequest({
		from: { phoneNumber: from },
		to: to.map((phoneNumber) => ({ phoneNumber })),
		...(text ? { text } : {}),
	});
	for (const file of files) form.append('attachments', file.blob, file.fileName);

	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'POST', url: '/restapi/v1.0/account/~/extension/~/mms', body: form },
		messagingSpecOverrides.mms.send,
		itemIndex,
	);
}
