import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { uploadFilesFrom } from '../../../shared/binary';
import { invalidInput, requirePhoneNumbers, splitList } from '../../../shared/validation';
import { FAX_MAX_BYTES } from '../../common';
import type { FaxOptions } from './common';
import { faxOptionsProperty, sendFax } from './common';

const properties: INodeProperties[] = [
	{
		displayName: 'To',
		name: 'to',
		type: 'string',
		default: '',
		required: true,
		placeholder: '+16505550100',
		description: 'Fax number(s) in E.164 format, separated by commas',
	},
	{
		displayName: 'Document Fields',
		name: 'documentFields',
		type: 'string',
		default: 'data',
		required: true,
		placeholder: 'data, page2',
		description:
			'Names of the input binary fields holding the documents to fax (PDF, TIFF, DOC, images...), separated by commas (at most 50 MB in total)',
	},
	faxOptionsProperty,
];

const displayOptions = { show: { resource: ['fax'], operation: ['send'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const to = requirePhoneNumbers(node, itemIndex, 'To', this.getNodeParameter('to', itemIndex));
	const fields = splitList(this.getNodeParameter('documentFields', itemIndex));
	if (fields.length === 0) {
		throw invalidInput(
			node,
			itemIndex,
			'Document Fields',
			'no binary field given',
			'Name at least one input binary field to fax.',
		);
	}
	const documents = await uploadFilesFrom(this, itemIndex, fields, 'Document Fields', {
		totalBytes: FAX_MAX_BYTES,
		fix: 'Send the documents as several faxes, or make them smaller (fewer pages, lower image resolution).',
	});
	return await sendFax(
		this,
		itemIndex,
		to,
		documents,
		this.getNodeParameter('options', itemIndex, {}) as FaxOptions,
	);
}
