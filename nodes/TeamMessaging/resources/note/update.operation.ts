import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { nothingToChange, optionalText, requireText } from '../../../shared/validation';
import { teamMessagingSpecOverrides } from '../../specOverrides';
import { bodyField, NOTE_LIMITS, noteUrl } from './common';

export const description: INodeProperties[] = [
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
];

/** Changes the chosen fields; RingCentral needs the title in every change, so an unchanged one is read first. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const url = noteUrl(this, itemIndex);
	const newTitle =
		fields.title !== undefined
			? requireText(this.getNode(), itemIndex, 'Title', fields.title, NOTE_LIMITS.title)
			: undefined;
	const newBody =
		fields.body !== undefined
			? (optionalText(this.getNode(), itemIndex, 'Body', fields.body, NOTE_LIMITS.body) ?? '')
			: undefined;
	if (newTitle === undefined && newBody === undefined) {
		throw nothingToChange(
			this.getNode(),
			itemIndex,
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
