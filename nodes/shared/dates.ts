import { DateTime } from 'luxon';
import type { INode } from 'n8n-workflow';

import { invalidInput } from './validation';

/** Whether an ISO date names its UTC offset; one without is read in a time zone (the workflow's by default). */
export const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

export interface DateOptions {
	/** IANA time zone of a date typed without offset. */
	zone: string;
	/** How to fix a date that cannot be read. */
	fix?: string;
	/** Whether digits alone are Unix milliseconds (APIs that take them, and values mapped from them). */
	millis?: boolean;
}

const DATE_FIX = 'Use an ISO 8601 date such as 2025-05-01T09:00, or pick a date in the field.';

const textOf = (value: unknown): string =>
	value instanceof Date
		? value.toISOString()
		: DateTime.isDateTime(value)
			? (value.toISO() ?? '')
			: String(value ?? '').trim();

/** A typed or mapped date as an instant: with its own offset as given, otherwise in `zone`. */
export function requireDate(
	node: INode,
	itemIndex: number,
	field: string,
	value: unknown,
	{ zone, fix = DATE_FIX, millis = false }: DateOptions,
): DateTime {
	const text = textOf(value);
	if (text === '') throw invalidInput(node, itemIndex, field, 'no date given', fix);
	const date =
		millis && /^\d+$/.test(text)
			? DateTime.fromMillis(Number(text))
			: DateTime.fromISO(text, HAS_OFFSET.test(text) ? { setZone: true } : { zone });
	if (!date.isValid) throw invalidInput(node, itemIndex, field, `"${text}" is not a date`, fix);
	return date;
}

/** Like `requireDate`, but an empty field gives undefined. */
export function optionalDate(
	node: INode,
	itemIndex: number,
	field: string,
	value: unknown,
	options: DateOptions,
): DateTime | undefined {
	return textOf(value) === '' ? undefined : requireDate(node, itemIndex, field, value, options);
}

/** An instant as RingCentral's ISO 8601 in UTC, without milliseconds. */
export function isoUtc(date: DateTime): string {
	return date.toUTC().toISO({ suppressMilliseconds: true }) as string;
}
