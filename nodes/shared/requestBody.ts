import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { jsonParse } from 'n8n-workflow';

import type { JsonSchema } from './schemaValidation';
import { validateJson } from './schemaValidation';
import { splitList, invalidInput } from './validation';
import { noBinaryField, uploadFile } from './binary';

type PreSend = (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>;

/**
 * `preSend` of a generated "Body" (JSON) field: parses it, checks it against the operation's schema
 * (trimmed from the spec) and sends it as the request body. A mistake fails before any request,
 * naming the field path.
 */
export function jsonBody(schema: JsonSchema, parameter = 'body'): PreSend {
	return async function (
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const itemIndex = this.getItemIndex();
		const raw = this.getNodeParameter(parameter, {}) as unknown;
		let body: unknown = raw;
		if (typeof raw === 'string') {
			if (raw.trim() === '') body = {};
			else {
				try {
					body = jsonParse(raw);
				} catch (error) {
					throw invalidInput(
						this.getNode(),
						itemIndex,
						'Body',
						'not valid JSON',
						`${(error as Error).message}. Enter a JSON object, e.g. {"name": "value"}, or map one with an expression.`,
					);
				}
			}
		}
		const problems = validateJson(schema, body);
		if (problems.length) {
			throw invalidInput(
				this.getNode(),
				itemIndex,
				'Body',
				`${problems[0]}`,
				`The JSON body does not match RingCentral's schema for this operation:\n- ${problems.join('\n- ')}\nFix the body; the field's default shows the required fields.`,
			);
		}
		requestOptions.body = body as IDataObject;
		return requestOptions;
	};
}

export interface MultipartFile {
	/** Form field name in the spec. */
	name: string;
	/** Node parameter holding the input binary field name(s). */
	parameter: string;
}

/**
 * `preSend` of a generated multipart operation: the fields set so far become form fields, and each
 * file comes from an input binary field.
 */
export function multipartBody(files: MultipartFile[]): PreSend {
	return async function (
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const itemIndex = this.getItemIndex();
		const form = new FormData();
		const fields = (requestOptions.body ?? {}) as IDataObject;
		for (const [key, value] of Object.entries(fields)) {
			if (value === undefined || value === null || value === '') continue;
			form.append(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
		}
		const input = this.getInputData();
		for (const file of files) {
			const names = splitList(this.getNodeParameter(file.parameter, '') as string);
			for (const propertyName of names) {
				const binary = input?.binary?.[propertyName];
				if (!binary) {
					throw noBinaryField(this.getNode(), itemIndex, 'Input Binary Field', propertyName);
				}
				const buffer = await this.helpers.getBinaryDataBuffer(propertyName);
				const { blob, fileName } = uploadFile(
					buffer,
					binary.fileName ?? propertyName,
					binary.mimeType,
				);
				form.append(file.name, blob, fileName);
			}
		}
		requestOptions.body = form;
		return requestOptions;
	};
}
