import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { optionalText, requireText } from '../../../shared/validation';
import { chatIdOf, itemUrl } from '../../common';
import { teamMessagingSpecOverrides } from '../../specOverrides';
import { bodyField, NOTE_LIMITS } from './common';

export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['note'], operation: ['create'] } }, [
		{
			displayName: 'Title',
			name: 'title',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'Meeting notes',
		},
		bodyField,
		{
			displayName: 'Publish',
			name: 'publish',
			type: 'boolean',
			default: true,
			description:
				'Whether to publish the note to the chat at once; otherwise it stays a draft only you see',
		},
	]),
];

/** Creates the note (a draft) and, unless told otherwise, publishes it so the chat sees it. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const chatId = chatIdOf(this, itemIndex);
	const title = requireText(
		this.getNode(),
		itemIndex,
		'Title',
		this.getNodeParameter('title', itemIndex, ''),
		NOTE_LIMITS.title,
	);
	const text = optionalText(
		this.getNode(),
		itemIndex,
		'Body',
		this.getNodeParameter('body', itemIndex, ''),
		NOTE_LIMITS.body,
	);
	const note = await ringCentralJson<IDataObject>(
		this,
		{
			method: 'POST',
			url: itemUrl('chat', chatId, 'notes'),
			body: { title, ...(text ? { body: text } : {}) },
		},
		teamMessagingSpecOverrides.note.create,
		itemIndex,
	);
	if (!this.getNodeParameter('publish', itemIndex, true)) return note;
	return await ringCentralJson<IDataObject>(
		this,
		{
			method: 'POST',
			url: itemUrl('note', String(note.id), 'publish'),
		},
		teamMessagingSpecOverrides.note.publish,
		itemIndex,
	);
}
