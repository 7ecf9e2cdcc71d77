import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ID_SHAPES, invalidInput, requireId, requireText } from '../../../shared/validation';
import { COLORS, isoDate, itemUrl } from '../../common';

export const eventFields = (forUpdate: boolean): INodeProperties[] => [
	{
		displayName: 'All Day',
		name: 'allDay',
		type: 'boolean',
		default: false,
		description: 'Whether the event lasts whole days rather than a time slot',
	},
	{ displayName: 'Color', name: 'color', type: 'options', options: COLORS, default: 'Black' },
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
	},
	...(forUpdate
		? [{ displayName: 'End', name: 'endTime', type: 'dateTime', default: '' } as INodeProperties]
		: []),
	{ displayName: 'Location', name: 'location', type: 'string', default: '' },
	{
		displayName: 'Repeat',
		name: 'schedule',
		type: 'options',
		options: [
			{ name: 'Daily', value: 'Day' },
			{ name: 'Every Weekday', value: 'Weekday' },
			{ name: 'Monthly', value: 'Month' },
			{ name: 'No', value: 'None' },
			{ name: 'Weekly', value: 'Week' },
			{ name: 'Yearly', value: 'Year' },
		],
		default: 'None',
	},
	{
		displayName: 'Repeat Times',
		name: 'endingAfter',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 10 },
		default: 1,
		description: 'How many times a repeating event takes place (1 to 10)',
	},
	{
		displayName: 'Repeat Until',
		name: 'endingOn',
		type: 'dateTime',
		default: '',
		description: 'The last day of a repeating event',
	},
	...(forUpdate
		? [
				{
					displayName: 'Start',
					name: 'startTime',
					type: 'dateTime',
					default: '',
				} as INodeProperties,
				{ displayName: 'Title', name: 'title', type: 'string', default: '' } as INodeProperties,
			]
		: []),
];

/** The event in RingCentral's request shape (TMCreateEventRequest), checked: title, times in UTC, end after start. */
export function eventBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	fields: IDataObject,
): IDataObject {
	const node = ctx.getNode();
	const startTime = isoDate(ctx, itemIndex, 'Start', fields.startTime);
	const endTime = isoDate(ctx, itemIndex, 'End', fields.endTime);
	if (!startTime || !endTime)
		throw invalidInput(
			node,
			itemIndex,
			startTime ? 'End' : 'Start',
			'no time given',
			'An event needs a start and an end.',
		);
	if (endTime < startTime)
		throw invalidInput(
			node,
			itemIndex,
			'End',
			'it is before the start',
			'Choose an end after the start.',
		);
	const body: IDataObject = {
		title: requireText(node, itemIndex, 'Title', fields.title, 250),
		startTime,
		endTime,
	};
	for (const key of ['allDay', 'color', 'location', 'description'])
		if (fields[key] !== undefined && fields[key] !== '') body[key] = fields[key];
	const schedule = fields.schedule as string | undefined;
	if (schedule && schedule !== 'None') {
		const recurrence: IDataObject = { schedule, endingCondition: 'None' };
		const until = isoDate(ctx, itemIndex, 'Repeat Until', fields.endingOn);
		if (until && fields.endingAfter !== undefined)
			throw invalidInput(
				node,
				itemIndex,
				'Repeat Until',
				'both "Repeat Times" and "Repeat Until" are set',
				'Set how many times the event repeats, or until when, not both.',
			);
		if (until) Object.assign(recurrence, { endingCondition: 'Date', endingOn: until });
		if (fields.endingAfter !== undefined)
			Object.assign(recurrence, { endingCondition: 'Count', endingAfter: fields.endingAfter });
		body.recurrence = recurrence;
	} else if (schedule === 'None') {
		body.recurrence = { schedule: 'None' };
	}
	return body;
}

export const eventUrl = (ctx: IExecuteFunctions, itemIndex: number) => {
	const eventId = requireId(
		ctx.getNode(),
		itemIndex,
		'Event ID',
		ctx.getNodeParameter('eventId', itemIndex, ''),
		ID_SHAPES.token,
		'Use the "id" of an event, e.g. from Calendar Event → Get Many.',
	);
	return itemUrl('event', eventId);
};

/** In a chat's calendar when a chat is chosen, else in the authorized user's. */
/** RingCentral replaces the whole event (PUT): the event is read first, so only the chosen fields change. */
/** The events the authorized user created. */

/** The Event ID, shared by every operation on one event. */
export const eventIdDescription: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: ['calendarEvent'], operation: ['get', 'update', 'delete'] } },
		[
			{
				displayName: 'Event ID',
				name: 'eventId',
				type: 'string',
				default: '',
				required: true,
				placeholder: '1447723526',
				description: 'ID of the event, as returned by Calendar Event → Create or Get Many',
			},
		],
	),
];
