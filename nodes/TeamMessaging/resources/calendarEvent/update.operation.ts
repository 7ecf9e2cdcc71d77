import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { nothingToChange } from '../../../shared/validation';
import { teamMessagingSpecOverrides } from '../../specOverrides';
import { eventFields, eventBody, eventUrl } from './common';

export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['calendarEvent'], operation: ['update'] } }, [
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: eventFields(true),
		},
	]),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	if (Object.keys(fields).length === 0) throw nothingToChange(this.getNode(), itemIndex);
	const url = eventUrl(this, itemIndex);
	const current = await ringCentralJson<IDataObject>(
		this,
		{ method: 'GET', url },
		teamMessagingSpecOverrides.calendarEvent.get,
		itemIndex,
	);
	const recurrence = (current.recurrence ?? {}) as IDataObject;
	const merged: IDataObject = {
		title: current.title,
		startTime: current.startTime,
		endTime: current.endTime,
		allDay: current.allDay,
		color: current.color,
		location: current.location,
		description: current.description,
		...(recurrence.schedule && recurrence.schedule !== 'None' && fields.schedule === undefined
			? {
					schedule: recurrence.schedule,
					endingAfter: recurrence.endingAfter,
					endingOn: recurrence.endingOn,
				}
			: {}),
		...fields,
	};
	for (const key of Object.keys(merged))
		if (merged[key] === undefined || merged[key] === null) delete merged[key];
	const body = eventBody(this, itemIndex, merged);
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'PUT', url, body },
		teamMessagingSpecOverrides.calendarEvent.update,
		itemIndex,
	);
}
