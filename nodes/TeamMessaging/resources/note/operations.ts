import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { fetchRecords, limitOf } from '../../../shared/paging';
import { ringCentralJson } from '../../../shared/transport';
import { invalidInput, splitList } from '../../../shared/validation';
import { chatIdOf, chatLocator, isoDate, limitedText, peopleOf } from '../../common';
import { teamMessagingSpecOverrides } from '../../specOverrides';

/** RingCentral's limits: title 250 characters, body 1 MB of HTML. */
export const NOTE_LIMITS = { title: 250, body: 1_048_576 };

const bodyField: INodeProperties = {
	displayName: 'Body',
	name: 'body',
	type: 'string',
	typeOptions: { rows: 5 },
	default: '',
	placeholder: '<p>Agenda</p><ul><li>Budget</li></ul>',
	description: 'Content of the note, as HTML (plain text works too)',
};

export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['note'], operation: ['create', 'getAll'] } }, [
		chatLocator(),
	]),
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
	...updateDisplayOptions({ show: { resource: ['note'], operation: ['update'] } }, [
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				bodyField,
				{
					displayName: 'Release Lock',
					name: 'releaseLock',
					type: 'boolean',
					default: false,
					description: 'Whether to release your edit lock on the note with this change',
				},
				{ displayName: 'Title', name: 'title', type: 'string', default: '' },
			],
		},
	]),
	...updateDisplayOptions({ show: { resource: ['note'], operation: ['getAll'] } }, [
		...returnAllOrLimit({}),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{ displayName: 'Created After', name: 'creationTimeFrom', type: 'dateTime', default: '' },
				{ displayName: 'Created Before', name: 'creationTimeTo', type: 'dateTime', default: '' },
				{
					displayName: 'Creators',
					name: 'creatorId',
					type: 'string',
					default: '',
					placeholder: '101',
					description: 'Only notes created by these person IDs',
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: [
						{ name: 'Any', value: '' },
						{ name: 'Draft', value: 'Draft' },
						{ name: 'Published', value: 'Active' },
					],
					default: '',
				},
			],
		},
	]),
];

function noteUrl(ctx: IExecuteFunctions, itemIndex: number): string {
	const noteId = String(ctx.getNodeParameter('noteId', itemIndex, '')).trim();
	if (!/^[\w-]+$/.test(noteId))
		throw invalidInput(
			ctx.getNode(),
			itemIndex,
			'Note ID',
			`"${noteId}" is not a note ID`,
			'Use the "id" of a note, e.g. from Note → Get Many.',
		);
	return `/team-messaging/v1/notes/${encodeURIComponent(noteId)}`;
}

/** Creates the note (a draft) and, unless told otherwise, publishes it so the chat sees it. */
export async function create(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const chatId = chatIdOf(this, itemIndex);
	const title = limitedText(
		this,
		itemIndex,
		'Title',
		this.getNodeParameter('title', itemIndex, ''),
		NOTE_LIMITS.title,
	);
	const text = limitedText(
		this,
		itemIndex,
		'Body',
		this.getNodeParameter('body', itemIndex, ''),
		NOTE_LIMITS.body,
		false,
	);
	const note = await ringCentralJson<IDataObject>(
		this,
		{
			method: 'POST',
			url: `/team-messaging/v1/chats/${encodeURIComponent(chatId)}/notes`,
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
			url: `/team-messaging/v1/notes/${encodeURIComponent(String(note.id))}/publish`,
		},
		teamMessagingSpecOverrides.note.publish,
		itemIndex,
	);
}

export async function get(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'GET', url: noteUrl(this, itemIndex) },
		teamMessagingSpecOverrides.note.get,
		itemIndex,
	);
}

export async function publish(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'POST', url: `${noteUrl(this, itemIndex)}/publish` },
		teamMessagingSpecOverrides.note.publish,
		itemIndex,
	);
}

export async function remove(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	await ringCentralJson(
		this,
		{ method: 'DELETE', url: noteUrl(this, itemIndex) },
		teamMessagingSpecOverrides.note.delete,
		itemIndex,
	);
	return { deleted: true };
}

/** Changes the chosen fields; RingCentral needs the title in every change, so an unchanged one is read first. */
export async function update(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const url = noteUrl(this, itemIndex);
	const newTitle =
		fields.title !== undefined
			? limitedText(this, itemIndex, 'Title', fields.title, NOTE_LIMITS.title)
			: undefined;
	const newBody =
		fields.body !== undefined
			? (limitedText(this, itemIndex, 'Body', fields.body, NOTE_LIMITS.body, false) ?? '')
			: undefined;
	if (newTitle === undefined && newBody === undefined) {
		throw invalidInput(
			this.getNode(),
			itemIndex,
			'Update Fields',
			'nothing to change',
			'Add the title or the body under "Update Fields".',
		);
	}
	const title =
		newTitle ??
		String(
			(
				await ringCentralJson<IDataObject>(
					this,
					{ method: 'GET', url },
					teamMessagingSpecOverrides.note.get,
					itemIndex,
				)
			).title ?? '',
		);
	return await ringCentralJson<IDataObject>(
		this,
		{
			method: 'PATCH',
			url,
			qs: fields.releaseLock ? { releaseLock: true } : {},
			body: { title, ...(newBody !== undefined ? { body: newBody } : {}) },
		},
		teamMessagingSpecOverrides.note.update,
		itemIndex,
	);
}

export async function getAll(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const chatId = chatIdOf(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs: IDataObject = {};
	if (filters.status) qs.status = filters.status;
	if (splitList(filters.creatorId).length)
		qs.creatorId = peopleOf(this, itemIndex, 'Creators', filters.creatorId, { emails: false })
			.map((p) => (p as { id: string }).id)
			.join(',');
	const from = isoDate(this, itemIndex, 'Created After', filters.creationTimeFrom);
	const to = isoDate(this, itemIndex, 'Created Before', filters.creationTimeTo);
	if (from) qs.creationTimeFrom = from;
	if (to) qs.creationTimeTo = to;
	return await fetchRecords(
		this,
		{ method: 'GET', url: `/team-messaging/v1/chats/${encodeURIComponent(chatId)}/notes`, qs },
		teamMessagingSpecOverrides.note.getAll,
		limitOf(this, itemIndex),
		itemIndex,
	);
}
