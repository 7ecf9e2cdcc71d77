import type { IBinaryData, IExecuteFunctions, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { headerValue } from './headers';

function header(response: IN8nHttpFullResponse, name: string): string | undefined {
	const value = headerValue(response.headers, name);
	return value === undefined ? undefined : String(value);
}

/** File name from `Content-Disposition` (RFC 6266, both `filename*` and `filename`). */
export function fileNameFrom(contentDisposition: string | undefined): string | undefined {
	if (!contentDisposition) return undefined;
	const extended = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(contentDisposition)?.[1];
	if (extended) return decodeURIComponent(extended.trim().replace(/^"|"$/g, ''));
	return /filename\s*=\s*"?([^";]+)"?/i.exec(contentDisposition)?.[1]?.trim();
}

/** A downloaded file as an n8n binary item, keeping RingCentral's file name and MIME type. */
export async function binaryItemFrom(
	ctx: IExecuteFunctions | IExecuteSingleFunctions,
	response: IN8nHttpFullResponse,
	propertyName: string,
	fallbackFileName?: string,
): Promise<INodeExecutionData> {
	type BinarySource = Parameters<typeof ctx.helpers.prepareBinaryData>[0];
	const body = response.body as BinarySource | ArrayBuffer | string;
	// A stream goes to n8n's binary store as it arrives (to disk in filesystem mode), never whole in memory.
	const isStream = typeof (body as { pipe?: unknown }).pipe === 'function';
	const source = isStream || Buffer.isBuffer(body) ? (body as BinarySource) : Buffer.from(body as ArrayBuffer);
	const mimeType = header(response, 'content-type')?.split(';')[0]?.trim();
	const fileName = fileNameFrom(header(response, 'content-disposition')) ?? fallbackFileName;
	const binary: IBinaryData = await ctx.helpers.prepareBinaryData(source, fileName, mimeType);
	const declaredSize = Number(header(response, 'content-length'));
	const fileSize = Buffer.isBuffer(source) ? source.length : Number.isFinite(declaredSize) ? declaredSize : binary.fileSize;
	return {
		json: { fileName: binary.fileName, mimeType: binary.mimeType, fileSize },
		binary: { [propertyName]: binary },
	};
}

export interface UploadFile {
	blob: Blob;
	fileName: string;
	mimeType: string;
	size: number;
}

/** Reads an input binary property for upload; a missing property is the user's to fix, before any request. */
export async function uploadFileFrom(ctx: IExecuteFunctions, itemIndex: number, propertyName: string, field: string): Promise<UploadFile> {
	const binary = ctx.getInputData()[itemIndex]?.binary?.[propertyName];
	if (!binary) {
		throw new NodeOperationError(ctx.getNode(), `Item ${itemIndex} has no binary field "${propertyName}" (${field})`, {
			itemIndex,
			description: `Add a binary field named "${propertyName}" to the input item (e.g. with a Read File or HTTP Request node), or change "${field}".`,
		});
	}
	const buffer = await ctx.helpers.getBinaryDataBuffer(itemIndex, propertyName);
	const mimeType = binary.mimeType || 'application/octet-stream';
	return {
		blob: new Blob([new Uint8Array(buffer)], { type: mimeType }),
		fileName: binary.fileName ?? propertyName,
		mimeType,
		size: buffer.length,
	};
}

/**
 * RingCentral's multipart messages (MMS, fax): the non-file fields as one JSON part, as its SDKs send them;
 * the caller appends the files after it.
 */
export function multipartRequest(fields: Record<string, unknown>): FormData {
	const form = new FormData();
	form.append('request', new Blob([JSON.stringify(fields)], { type: 'application/json' }), 'request.json');
	return form;
}
