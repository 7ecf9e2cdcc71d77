import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { isoUtc, optionalDate } from '../../../shared/dates';

/** A date filter, sent as ISO 8601 in UTC (see `filterQuery`). */
export function dateFilter(
	displayName: string,
	name: string,
	description: string,
): INodeProperties {
	return { displayName, name, type: 'dateTime', default: '', description };
}

/**
 * The query of a Filters collection, each filter under its own name: dates read in the workflow's time
 * zone and sent in UTC, lists as repeated keys, empty filters left out.
 */
export function filterQuery(
	ctx: IExecuteFunctions,
	itemIndex: number,
	filters: IDataObject,
	dateFields: Record<string, string> = { dateFrom: 'Date From', dateTo: 'Date To' },
): IDataObject {
	const qs: IDataObject = {};
	for (const [name, value] of Object.entries(filters)) {
		if (name in dateFields) {
			const date = optionalDate(ctx.getNode(), itemIndex, dateFields[name], value, {
				zone: ctx.getTimezone(),
			});
			if (date) qs[name] = isoUtc(date);
		} else if (Array.isArray(value)) {
			if (value.length) qs[name] = value;
		} else if (typeof value === 'string') {
			if (value.trim() !== '') qs[name] = value.trim();
		} else if (value !== undefined && value !== null) {
			qs[name] = value;
		}
	}
	return qs;
}

export const messageTypeFilter: INodeProperties = {
	displayName: 'Message Type',
	name: 'messageType',
	type: 'multiOptions',
	options: [
		{ name: 'Fax', value: 'Fax' },
		{ name: 'Pager', value: 'Pager' },
		{ name: 'SMS (and MMS)', value: 'SMS' },
		{ name: 'Text', value: 'Text' },
		{ name: 'Voicemail', value: 'VoiceMail' },
	],
	default: [],
};

export const conversationIdFilter: INodeProperties = {
	displayName: 'Conversation ID',
	name: 'conversationId',
	type: 'string',
	default: '',
};
