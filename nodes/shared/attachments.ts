import type {
	IBinaryData,
	IBinaryKeyData,
	IDataObject,
	IExecuteFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import { binaryDataFrom } from './binary';
import { ringCentralRequest } from './transport';
import type { OperationMeta } from './types';

/** Contexts that receive files: trigger contexts, and the trigger's step in the execution it started. */
export type FileContext = IWebhookFunctions | IPollFunctions | IExecuteFunctions;

/** A message-store record as far as its files matter. */
export interface MessageWithAttachments extends IDataObject {
	attachments?: Array<{
		id?: string | number;
		uri?: string;
		type?: string;
		contentType?: string;
		fileName?: string;
	}>;
}

/** Downloads a file by its absolute RingCentral URI (attachment or recording content) as n8n binary data. */
export async function downloadFile(
	ctx: FileContext,
	uri: string,
	meta: OperationMeta,
	fallbackFileName: string,
	fallbackMimeType?: string,
): Promise<IBinaryData> {
	const response = await ringCentralRequest(
		ctx,
		{ method: 'GET', url: uri, encoding: 'arraybuffer' },
		meta,
	);
	return await binaryDataFrom(ctx, response, fallbackFileName, fallbackMimeType);
}

/** The files of messages (voicemail audio, fax documents, MMS pictures; not the text parts) as `<prefix>_<n>`. */
export async function downloadMessageAttachments(
	ctx: FileContext,
	messages: MessageWithAttachments[],
	prefix: string,
	meta: OperationMeta,
): Promise<IBinaryKeyData> {
	const binary: IBinaryKeyData = {};
	let index = 0;
	for (const message of messages) {
		for (const attachment of message.attachments ?? []) {
			if (!attachment.uri || attachment.type === 'Text') continue;
			const fallbackName = attachment.fileName ?? `attachment-${String(attachment.id ?? index)}`;
			binary[`${prefix}_${index++}`] = await downloadFile(
				ctx,
				attachment.uri,
				meta,
				fallbackName,
				attachment.contentType,
			);
		}
	}
	return binary;
}
