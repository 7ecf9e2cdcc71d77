import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { binaryItemFrom } from '../../../shared/binary';
import { binaryPropertyOutput } from '../../../shared/descriptions';
import type { LocatorSpec } from '../../../shared/locators';
import { readLocator, resourceLocator } from '../../../shared/locators';
import { fetchRecords } from '../../../shared/paging';
import { isRingCentralUrl, ringCentralRequest } from '../../../shared/transport';
import { videoSpecOverrides } from '../../specOverrides';
import { recordingsUrl } from './common';
import { invalidInput } from '../../../shared/validation';

/** A recording of the authorized user: from the list, by ID, or by its download link (`url` of Get Many). */
const RECORDING_LOCATOR: LocatorSpec = {
	name: 'recording',
	displayName: 'Recording',
	description: 'The meeting recording to download',
	searchListMethod: 'searchRecordings',
	listPlaceholder: 'Select a recording...',
	idPattern: '[A-Za-z0-9][A-Za-z0-9_.:-]*',
	idPlaceholder: 'c1a9d6f0-6e0b-4c55-a2f3-5b8c7f0e9d21',
	idFormat:
		'A recording ID has letters, digits and dashes, as in the "id" of Meeting Recording → Get Many.',
	url: {
		placeholder: 'https://...',
		pattern: '(https?://\\S+)',
		format:
			'Paste the recording\'s "url" from Meeting Recording → Get Many or Meeting History → Get.',
	},
};

const properties: INodeProperties[] = [
	resourceLocator(RECORDING_LOCATOR),
	binaryPropertyOutput({}),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['recording'], operation: ['download'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData> {
	const { mode, id } = readLocator(this, itemIndex, RECORDING_LOCATOR);
	let link = mode === 'url' ? id : undefined;
	let recording: IDataObject | undefined;
	if (!link) {
		// No API path serves one recording: find it in the user's list (newest first), reading no more pages than needed.
		const meta = videoSpecOverrides.recording.getAll;
		[recording] = await fetchRecords(
			this,
			{ method: 'GET', url: recordingsUrl('~') },
			meta,
			1,
			itemIndex,
			(candidate) => String(candidate.id) === id,
		);
		if (!recording) {
			throw invalidInput(
				this.getNode(),
				itemIndex,
				'Recording',
				`no recording of yours has the ID "${id}"`,
				'Pick the recording from the list, or use its "url" (By URL) for a recording of another user.',
			);
		}
		link = String(recording.url ?? recording.mediaLink ?? '');
	}
	if (!(await isRingCentralUrl(this, link))) {
		throw invalidInput(
			this.getNode(),
			itemIndex,
			'Recording',
			`"${link}" is not a RingCentral link`,
			'Only links on RingCentral servers are downloaded, so that your access token is never sent elsewhere. Use the "url" of the recording as RingCentral returns it.',
		);
	}
	const response = await ringCentralRequest(
		this,
		{
			method: 'GET',
			url: new URL(link).toString(),
			encoding: 'stream',
			json: false,
			headers: { Accept: 'video/*, audio/*, application/octet-stream' },
		},
		videoSpecOverrides.recording.download,
		itemIndex,
	);
	const propertyName = this.getNodeParameter('binaryPropertyName', itemIndex, 'data') as string;
	const fallbackName = `${String(recording?.displayName ?? 'recording').replace(/[^\w .-]+/g, '_')}.mp4`;
	const item = await binaryItemFrom(this, response, propertyName, fallbackName);
	return {
		...item,
		json: {
			...item.json,
			...(recording ? { recordingId: recording.id, meetingName: recording.displayName } : {}),
		},
	};
}
