import type { INodeProperties } from 'n8n-workflow';

import * as download from './download.operation';
import * as getAll from './getAll.operation';

export const handlers = { download: download.execute, getAll: getAll.execute };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['recording'] } },
		options: [
			{
				name: 'Download',
				value: 'download',
				action: 'Download a meeting recording',
				description:
					'Download the video file of a meeting recording as binary data, with its file name and type',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many meeting recordings',
				description: 'List the meeting recordings of a user with their links',
			},
		],
		default: 'getAll',
	},
	...download.description,
	...getAll.description,
];
