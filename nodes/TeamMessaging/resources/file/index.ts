import type { INodeProperties } from 'n8n-workflow';

import * as upload from './upload.operation';

export const handlers = { upload: upload.execute };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['file'] } },
		options: [
			{
				name: 'Upload',
				value: 'upload',
				action: 'Upload a file',
				description:
					'Upload files from binary fields to RingCentral, to attach them to posts or tasks (Post → Create attaches files by itself)',
			},
		],
		default: 'upload',
	},
	...upload.description,
];
