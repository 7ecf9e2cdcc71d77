import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { optionalDate } from '../../../shared/dates';
import { fetchRecords, limitOf } from '../../../shared/paging';
import { invalidInput } from '../../../shared/validation';
import { videoSpecOverrides } from '../../specOverrides';
import { simplifyMeeting, simplifyProperty } from './common';

const properties: INodeProperties[] = [
	...returnAllOrLimit({}),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Meetings',
				name: 'type',
				type: 'options',
				options: [
					{
						name: 'Any I Took Part In',
						value: '',
						description: 'As host, participant, delegate or with access',
					},
					{ name: 'Deleted', value: 'Deleted', description: 'Deleted meetings I hosted' },
					{ name: 'Hosted by Me', value: 'My' },
					{ name: 'Hosted or Shared With Me', value: 'All' },
					{
						name: 'Shared With Me',
						value: 'Shared',
						description: 'Meetings others shared with me',
					},
				],
				default: '',
			},
			{
				displayName: 'Search Text',
				name: 'text',
				type: 'string',
				default: '',
				description: 'Only meetings whose name or participants match this text',
			},
			{
				displayName: 'Started After',
				name: 'startedAfter',
				type: 'dateTime',
				default: '',
				description: 'Only meetings that started at or after this time',
			},
			{
				displayName: 'Started Before',
				name: 'startedBefore',
				type: 'dateTime',
				default: '',
				description: 'Only meetings that started at or before this time',
			},
		],
	},
	simplifyProperty,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['meetingHistory'], operation: ['getAll'] } },
	properties,
);

/** A date field as the Unix milliseconds this API expects, read in the workflow's time zone. */
function millis(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): number | undefined {
	return optionalDate(ctx.getNode(), itemIndex, field, value, {
		zone: ctx.getTimezone(),
		millis: true,
		fix: 'Use a date and time such as 2025-05-01T09:00, or an expression like {{ $now.minus({ days: 7 }) }}.',
	})?.toMillis();
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const startTime = millis(this, itemIndex, 'Started After', filters.startedAfter);
	const endTime = millis(this, itemIndex, 'Started Before', filters.startedBefore);
	if (startTime !== undefined && endTime !== undefined && startTime > endTime) {
		throw invalidInput(
			this.getNode(),
			itemIndex,
			'Started After',
			'the range ends before it starts',
			'Choose a "Started After" time before the "Started Before" time.',
		);
	}
	const qs: IDataObject = {
		...(filters.type ? { type: filters.type } : {}),
		...(filters.text ? { text: filters.text } : {}),
		...(startTime !== undefined ? { startTime } : {}),
		...(endTime !== undefined ? { endTime } : {}),
	};
	const limit = limitOf(this, itemIndex);
	const meetings = await fetchRecords(
		this,
		{ method: 'GET', url: '/rcvideo/v1/history/meetings', qs },
		videoSpecOverrides.meetingHistory.getAll,
		limit,
		itemIndex,
	);
	return this.getNodeParameter('simplify', itemIndex, true)
		? meetings.map(simplifyMeeting)
		: meetings;
}
