import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { uploadFilesFrom } from '../../../shared/binary';
import { invalidInput, splitList } from '../../../shared/validation';
import { chatLocator, optionalChatIdOf } from '../../common';
import { FILE_UPLOAD_LIMITS, uploadFile } from './common';

const properties: INodeProperties[] = [
	{
		displayName: 'Input Binary Fields',
		name: 'binaryFields',
		type: 'string',
		default: 'data',
		required: true,
		placeholder: 'data, report',
		description:
			'Names of the input binary fields with the files (at most 30 MB each), separated by commas; each file is uploaded and returned as one item',
	},
	chatLocator({
		displayName: 'Chat (Optional)',
		required: false,
		description:
			'The chat the files are for; use the returned "id" in a post\'s attachments. Leave empty to upload without a chat.',
	}),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'File Name',
				name: 'fileName',
				type: 'string',
				default: '',
				placeholder: 'report.pdf',
				description:
					'Name of the file in RingCentral (only for a single file); by default the name of the binary data',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['file'], operation: ['upload'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const fields = splitList(this.getNodeParameter('binaryFields', itemIndex, ''));
	if (fields.length === 0)
		throw invalidInput(
			this.getNode(),
			itemIndex,
			'Input Binary Fields',
			'no field given',
			'Enter the name of the input binary field with the file, e.g. data.',
		);
	const { fileName } = this.getNodeParameter('options', itemIndex, {}) as { fileName?: string };
	if (fileName && fields.length > 1) {
		throw invalidInput(
			this.getNode(),
			itemIndex,
			'File Name',
			'one name for several files',
			'Leave "File Name" empty when uploading several files; each keeps its own name.',
		);
	}
	const chatId = optionalChatIdOf(this, itemIndex);
	const files = await uploadFilesFrom(
		this,
		itemIndex,
		fields,
		'Input Binary Fields',
		FILE_UPLOAD_LIMITS,
	);
	const uploaded: IDataObject[] = [];
	for (const file of files)
		uploaded.push(...(await uploadFile(this, itemIndex, file, chatId, fileName || undefined)));
	return uploaded;
}
