import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { binaryItemFrom } from '../../../shared/binary';
import { binaryPropertyOutput } from '../../../shared/descriptions';
import { headerValue } from '../../../shared/headers';
import { isRingCentralUrl, ringCentralJson, ringCentralRequest } from '../../../shared/transport';
import { voiceSpecOverrides } from '../../specOverrides';
import { recordingIdOf } from './common';
import { invalidInput } from '../../../shared/validation';

const properties: INodeProperties[] = [
	{
		displayName: 'Recording',
		name: 'recording',
		type: 'resourceLocator',
		default: { mode: 'id', value: '' },
		required: true,
		description:
			'The recording of a call, from the call log: its ID, or its content URI (one request less)',
		modes: [
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: '={{ $json.recordingId }}',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^[A-Za-z0-9_-]+$',
							errorMessage: 'A recording ID has letters and digits only',
						},
					},
				],
			},
			{
				displayName: 'By Content URI',
				name: 'url',
				type: 'string',
				placeholder: 'https://media.ringcentral.com/restapi/v1.0/account/123/recording/456/content',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^https?://.+/recording/[^/]+/content',
							errorMessage: 'Use the "recording.contentUri" of a call log record',
						},
					},
				],
			},
		],
	},
	binaryPropertyOutput({}),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['callRecordings'], operation: ['download'] } },
	properties,
);

const EXTENSIONS: Record<string, string> = {
	'audio/mpeg': 'mp3',
	'audio/mp3': 'mp3',
	'audio/wav': 'wav',
	'audio/x-wav': 'wav',
	'audio/ogg': 'ogg',
	'video/mp4': 'mp4',
};

/**
 * Content URIs are only followed to RingCentral's hosts (or the host of a custom server URL): the request
 * carries the credential's access token.
 */
async function checkContentUri(
	ctx: IExecuteFunctions,
	itemIndex: number,
	uri: string,
): Promise<void> {
	if (!(await isRingCentralUrl(ctx, uri))) {
		throw invalidInput(
			ctx.getNode(),
			itemIndex,
			'Recording',
			`"${uri}" is not a RingCentral content URI`,
			'Use the "recording.contentUri" of a call log record (https://media.ringcentral.com/...), or the recording ID.',
		);
	}
}

/**
 * The recording's audio as binary data, from RingCentral's media host, with RingCentral's MIME type and
 * file name (else `recording-<id>.<ext>`). By ID, the metadata read gives the content URI first.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const locator = this.getNodeParameter('recording', itemIndex, {}) as {
		mode?: string;
		value?: unknown;
	};
	let contentUri: string;
	let id: string;
	let metadata: IDataObject = {};
	if (locator.mode === 'url') {
		contentUri = String(locator.value ?? '').trim();
		await checkContentUri(this, itemIndex, contentUri);
		id = /\/recording\/([^/]+)\/content/.exec(contentUri)?.[1] ?? 'recording';
	} else {
		id = recordingIdOf(this, itemIndex, locator.value);
		metadata = await ringCentralJson<IDataObject>(
			this,
			{ method: 'GET', url: `/restapi/v1.0/account/~/recording/${encodeURIComponent(id)}` },
			voiceSpecOverrides.callRecordings.get,
			itemIndex,
		);
		contentUri = String(metadata.contentUri ?? '');
		await checkContentUri(this, itemIndex, contentUri);
	}
	const response = await ringCentralRequest(
		this,
		{ method: 'GET', url: contentUri, encoding: 'stream', json: false },
		voiceSpecOverrides.callRecordings.download,
		itemIndex,
	);
	const mimeType = String(
		headerValue(response.headers, 'content-type') ?? metadata.contentType ?? '',
	)
		.split(';')[0]
		.trim();
	const propertyName = this.getNodeParameter('binaryPropertyName', itemIndex, 'data') as string;
	const item = await binaryItemFrom(
		this,
		response,
		propertyName,
		`recording-${id}.${EXTENSIONS[mimeType] ?? 'bin'}`,
	);
	return [
		{
			...item,
			json: {
				recordingId: id,
				...(metadata.duration !== undefined ? { duration: metadata.duration } : {}),
				...item.json,
			},
		},
	];
}
