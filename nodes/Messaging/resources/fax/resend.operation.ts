import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { UploadFile } from '../../../shared/binary';
import { fileNameFrom, uploadFile } from '../../../shared/binary';
import { headerValue } from '../../../shared/headers';
import { ringCentralJson, ringCentralRequest } from '../../../shared/transport';
import {
	ID_SHAPES,
	invalidInput,
	requireId,
	requirePhoneNumbers,
} from '../../../shared/validation';
import { messagingSpecOverrides } from '../../specOverrides';
import type { FaxOptions } from './common';
import { faxOptionsProperty, sendFax } from './common';

const properties: INodeProperties[] = [
	{
		displayName: 'Fax Message ID',
		name: 'messageId',
		type: 'string',
		default: '',
		required: true,
		description: 'ID of a fax you sent before (from the message store)',
	},
	{
		displayName: 'To',
		name: 'to',
		type: 'string',
		default: '',
		placeholder: '+16505550100',
		description: 'New fax number(s), separated by commas; empty resends to the original recipients',
	},
	faxOptionsProperty,
];

const displayOptions = { show: { resource: ['fax'], operation: ['resend'] } };

export const description = updateDisplayOptions(displayOptions, properties);

interface FaxRecord {
	id: string | number;
	type?: string;
	direction?: string;
	to?: Array<{ phoneNumber?: string }>;
	faxResolution?: 'High' | 'Low';
	attachments?: Array<{
		id: string | number;
		type?: string;
		contentType?: string;
		fileName?: string;
	}>;
}

/** RingCentral has no resend endpoint: read the sent fax, download its documents and send them again. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const messageId = requireId(
		node,
		itemIndex,
		'Fax Message ID',
		this.getNodeParameter('messageId', itemIndex),
		ID_SHAPES.digits,
		'Use the numeric ID of a sent fax.',
	);
	const messageUrl = `/restapi/v1.0/account/~/extension/~/message-store/${messageId}`;
	const fax = await ringCentralJson<FaxRecord>(
		this,
		{ method: 'GET', url: messageUrl },
		messagingSpecOverrides.message.get,
		itemIndex,
	);
	if (fax.type !== 'Fax' || fax.direction !== 'Outbound') {
		throw invalidInput(
			node,
			itemIndex,
			'Fax Message ID',
			`message ${messageId} is not a sent fax`,
			'Choose a fax you sent (type Fax, direction Outbound).',
		);
	}
	const newRecipients = String(this.getNodeParameter('to', itemIndex, '') ?? '').trim();
	const to = requirePhoneNumbers(
		node,
		itemIndex,
		'To',
		newRecipients || (fax.to ?? []).map((r) => r.phoneNumber ?? ''),
	);

	// The rendered document is what the recipient got; the cover page is added again by RingCentral.
	const documentAttachments = (fax.attachments ?? []).filter((a) => a.type === 'RenderedDocument');
	const documents: UploadFile[] = [];
	for (const attachment of documentAttachments) {
		const response = await ringCentralRequest(
			this,
			{ method: 'GET', url: `${messageUrl}/content/${attachment.id}`, encoding: 'arraybuffer' },
			messagingSpecOverrides.message.downloadAttachment,
			itemIndex,
		);
		const fileName =
			fileNameFrom(String(headerValue(response.headers, 'content-disposition') ?? '')) ??
			attachment.fileName ??
			`fax-${messageId}-${attachment.id}.pdf`;
		documents.push(
			uploadFile(
				Buffer.from(response.body as ArrayBuffer),
				fileName,
				attachment.contentType ?? 'application/pdf',
			),
		);
	}
	if (documents.length === 0) {
		throw invalidInput(
			node,
			itemIndex,
			'Fax Message ID',
			`fax ${messageId} has no document to resend`,
			'Choose a fax whose document is still stored.',
		);
	}
	const options = {
		faxResolution: fax.faxResolution,
		...(this.getNodeParameter('options', itemIndex, {}) as FaxOptions),
	};
	const sent = await sendFax(this, itemIndex, to, documents, options);
	return { ...sent, resentFromMessageId: messageId };
}
