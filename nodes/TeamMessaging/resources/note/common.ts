import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ID_SHAPES, requireId } from '../../../shared/validation';
import { chatLocator, itemUrl } from '../../common';

/** RingCentral's limits: title 250 characters, body 1 MB of HTML. */
export const NOTE_LIMITS = { title: 250, body: 1_048_576 };

export const bodyField: INodeProperties = {
	displayName: 'Body',
	name: 'body',
	type: 'string',
	typeOptions: { rows: 5 },
	default: '',
	placeholder: '<p>Agenda</p><ul><li>Budget</li></ul>',
	description: 'Content of the note, as HTML (plain text works too)',
};

/** The chat, shared by Create and Get Many. */
export const chatDescription: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['note'], operation: ['create', 'getAll'] } }, [
		chatLocator(),
	]),
];

/** The Note ID, shared by every operation on one note. */
export const noteIdDescription: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: ['note'], operation: ['get', 'update', 'delete', 'publish'] } },
		[
			{
				displayName: 'Note ID',
				name: 'noteId',
				type: 'string',
				default: '',
				required: true,
				placeholder: '1447723526',
				description: 'ID of the note, as returned by Note → Create or Get Many',
			},
		],
	),
];

export function noteUrl(ctx: IExecuteFunctions, itemIndex: number): string {
	const noteId = requireId(
		ctx.getNode(),
		itemIndex,
		'Note ID',
		ctx.getNodeParameter('noteId', itemIndex, ''),
		ID_SHAPES.token,
		'Use the "id" of a note, e.g. from Note → Get Many.',
	);
	return itemUrl('note', noteId);
}
