import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { UploadFile } from '../../../shared/binary';
import { multipartRequest } from '../../../shared/binary';
import { isoUtc, optionalDate } from '../../../shared/dates';
import { ringCentralJson } from '../../../shared/transport';
import { optionalText } from '../../../shared/validation';
import { messagingSpecOverrides } from '../../specOverrides';

const COVER_PAGE_TEXT_MAX = 1024;

export interface FaxOptions {
	faxResolution?: 'High' | 'Low';
	coverIndex?: number;
	coverPageText?: string;
	sendTime?: string;
	isoCode?: string;
}

/** Fax options shared by Send and Resend. */
export const faxOptionsProperty: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Country ISO Code',
			name: 'isoCode',
			type: 'string',
			default: '',
			placeholder: 'US',
			description: 'Two-letter country code used to read numbers without a country code',
		},
		{
			displayName: 'Cover Page Name or ID',
			name: 'coverIndex',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getFaxCoverPages' },
			default: '',
			description:
				'Cover page to put in front of the documents; "None" sends no cover page. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Cover Page Text',
			name: 'coverPageText',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description: `Text printed on the cover page, up to ${COVER_PAGE_TEXT_MAX} characters`,
		},
		{
			displayName: 'Resolution',
			name: 'faxResolution',
			type: 'options',
			options: [
				{ name: 'High', value: 'High' },
				{ name: 'Low', value: 'Low' },
			],
			default: 'High',
		},
		{
			displayName: 'Send Time',
			name: 'sendTime',
			type: 'dateTime',
			default: '',
			description: 'When to send the fax; empty sends it now',
		},
	],
};

/** Sends a fax as RingCentral's multipart request; used by Send and Resend. */
export async function sendFax(
	ctx: IExecuteFunctions,
	itemIndex: number,
	to: string[],
	documents: UploadFile[],
	options: FaxOptions,
): Promise<IDataObject> {
	const node = ctx.getNode();
	const coverPageText = optionalText(
		node,
		itemIndex,
		'Cover Page Text',
		options.coverPageText,
		COVER_PAGE_TEXT_MAX,
	);
	// A send time typed without offset is in the workflow's time zone, not the n8n server's.
	const sendTime = optionalDate(node, itemIndex, 'Send Time', options.sendTime, {
		zone: ctx.getTimezone(),
	});
	const form = multipartRequest({
		to: to.map((phoneNumber) => ({ phoneNumber })),
		...(options.faxResolution ? { faxResolution: options.faxResolution } : {}),
		...(options.coverIndex !== undefined && String(options.coverIndex) !== ''
			? { coverIndex: Number(options.coverIndex) }
			: {}),
		...(coverPageText ? { coverPageText } : {}),
		...(sendTime ? { sendTime: isoUtc(sendTime) } : {}),
		...(options.isoCode ? { isoCode: options.isoCode.toUpperCase() } : {}),
	});
	for (const document of documents) form.append('attachment', document.blob, document.fileName);

	return await ringCentralJson<IDataObject>(
		ctx,
		{ method: 'POST', url: '/restapi/v1.0/account/~/extension/~/fax', body: form },
		messagingSpecOverrides.fax.send,
		itemIndex,
	);
}
