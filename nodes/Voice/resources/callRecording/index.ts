import type { INodeProperties } from 'n8n-workflow';

import * as download from './download.operation';
import * as get from './get.operation';

export const handlers = { get: get.execute, download: download.execute };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['callRecordings'] } },
		options: [
			{
				name: 'Download',
				value: 'download',
				action: 'Download a call recording',
				description:
					'Get the audio of a recorded call as a binary file (MP3 or WAV) with its file name',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a call recording',
				description: "Get a recording's metadata: content URI, MIME type and duration",
			},
		],
		default: 'download',
	},
	...get.description,
	...download.description,
];
