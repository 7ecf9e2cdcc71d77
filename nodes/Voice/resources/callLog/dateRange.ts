import { DateTime } from 'luxon';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { HAS_OFFSET, isoUtc, requireDate } from '../../../shared/dates';
import { oncePerRun } from '../../../shared/perRun';
import { ringCentralJson } from '../../../shared/transport';
import { invalidInput } from '../../../shared/validation';

/** The extension and account reads that give RingCentral's regional settings (time zone). */
export const REGIONAL_SETTINGS_META = {
	extension: { operationId: 'readExtension' as const },
	account: { operationId: 'readAccountInfo' as const },
};

export const DATE_RANGES = [
	'last24Hours',
	'today',
	'yesterday',
	'last7Days',
	'last30Days',
	'thisWeek',
	'lastWeek',
	'thisMonth',
	'lastMonth',
	'custom',
] as const;
export type DateRange = (typeof DATE_RANGES)[number];

/** The "Date Range" field with its presets, and the absolute dates of "Custom". */
export function dateRangeProperties(defaultRange: DateRange = 'last24Hours'): INodeProperties[] {
	return [
		{
			displayName: 'Date Range',
			name: 'dateRange',
			type: 'options',
			// Presets are computed in RingCentral's time zone of the extension (or of the account).
			options: [
				{ name: 'Custom', value: 'custom', description: 'From and to dates of your choice' },
				{ name: 'Last 24 Hours', value: 'last24Hours' },
				{
					name: 'Last 30 Days',
					value: 'last30Days',
					description: 'The last 30 calendar days, today included',
				},
				{
					name: 'Last 7 Days',
					value: 'last7Days',
					description: 'The last 7 calendar days, today included',
				},
				{ name: 'Last Month', value: 'lastMonth', description: 'The previous calendar month' },
				{
					name: 'Last Week',
					value: 'lastWeek',
					description: 'The previous week, Monday to Sunday',
				},
				{
					name: 'This Month',
					value: 'thisMonth',
					description: 'Since the first day of this month',
				},
				{ name: 'This Week', value: 'thisWeek', description: 'Since Monday' },
				{ name: 'Today', value: 'today', description: 'Since midnight' },
				{ name: 'Yesterday', value: 'yesterday', description: 'Midnight to midnight' },
			],
			default: defaultRange,
			description:
				"Which calls, by start time. Days start at midnight in the extension's RingCentral time zone.",
		},
		{
			displayName: 'Date From',
			name: 'dateFrom',
			type: 'dateTime',
			default: '',
			required: true,
			description:
				'Calls that started at or after this time. Without a UTC offset it is read in the RingCentral time zone.',
			displayOptions: { show: { dateRange: ['custom'] } },
		},
		{
			displayName: 'Date To',
			name: 'dateTo',
			type: 'dateTime',
			default: '',
			description: 'Calls that started before this time; empty means now',
			displayOptions: { show: { dateRange: ['custom'] } },
		},
	];
}

/**
 * The IANA time zone of the extension's RingCentral regional settings (the account's for the whole
 * account). Falls back to the workflow's time zone when RingCentral's cannot be read or is unknown.
 */
export async function ringCentralTimeZone(
	ctx: IExecuteFunctions,
	extensionId: string | undefined,
	itemIndex: number,
): Promise<string> {
	// One regional-settings read per run and extension, not per item.
	return await oncePerRun(
		ctx,
		`timeZone:${extensionId ?? 'account'}`,
		async () => await readTimeZone(ctx, extensionId, itemIndex),
	);
}

async function readTimeZone(
	ctx: IExecuteFunctions,
	extensionId: string | undefined,
	itemIndex: number,
): Promise<string> {
	let zone: string | undefined;
	let failure: unknown;
	try {
		const body = await ringCentralJson<IDataObject>(
			ctx,
			{
				method: 'GET',
				url: extensionId
					? `/restapi/v1.0/account/~/extension/${encodeURIComponent(extensionId)}`
					: '/restapi/v1.0/account/~',
			},
			extensionId ? REGIONAL_SETTINGS_META.extension : REGIONAL_SETTINGS_META.account,
			itemIndex,
		);
		const name = (
			(body.regionalSettings as IDataObject | undefined)?.timezone as IDataObject | undefined
		)?.name;
		if (typeof name === 'string' && DateTime.local().setZone(name).isValid) zone = name;
	} catch (error) {
		failure = error;
	}
	// Without the ReadAccounts permission (403) the workflow's time zone is the next best; other failures count.
	if (
		failure &&
		!(failure instanceof NodeApiError && [401, 403, 404].includes(Number(failure.httpCode)))
	)
		throw failure;
	return zone ?? ctx.getTimezone();
}

/** A dateTime parameter as an instant: with its own offset as given, otherwise in `zone`. */
export function instant(
	ctx: IExecuteFunctions,
	value: unknown,
	zone: string,
	field: string,
	itemIndex: number,
): DateTime {
	return requireDate(ctx.getNode(), itemIndex, field, value, {
		zone,
		fix: 'Use an ISO 8601 date such as 2024-05-01T00:00:00, or pick a date in the field.',
	});
}

/**
 * `dateFrom`/`dateTo` in UTC for a preset (in RingCentral's time zone of the extension) or for the custom
 * dates. `zoneOf` is only called when a time zone is needed.
 */
export async function resolveDateRange(
	ctx: IExecuteFunctions,
	itemIndex: number,
	zoneOf: () => Promise<string>,
	now: DateTime = DateTime.utc(),
): Promise<{ dateFrom: string; dateTo?: string }> {
	const range = ctx.getNodeParameter('dateRange', itemIndex, 'last24Hours') as DateRange;
	if (range === 'last24Hours')
		return { dateFrom: isoUtc(now.minus({ hours: 24 })), dateTo: isoUtc(now) };
	if (range === 'custom') {
		const fromValue = ctx.getNodeParameter('dateFrom', itemIndex, '') as string;
		const toValue = ctx.getNodeParameter('dateTo', itemIndex, '') as string;
		if (!fromValue) {
			throw invalidInput(
				ctx.getNode(),
				itemIndex,
				'Date From',
				'no date given',
				'Pick the start of the range, or choose a preset such as "Last 7 Days".',
			);
		}
		const needsZone =
			!HAS_OFFSET.test(String(fromValue)) || (toValue !== '' && !HAS_OFFSET.test(String(toValue)));
		const zone = needsZone ? await zoneOf() : 'UTC';
		const from = instant(ctx, fromValue, zone, 'Date From', itemIndex);
		const to = toValue ? instant(ctx, toValue, zone, 'Date To', itemIndex) : undefined;
		if (to && to <= from) {
			throw invalidInput(
				ctx.getNode(),
				itemIndex,
				'Date To',
				`${to.toISO()} is not after Date From ${from.toISO()}`,
				'Set "Date To" later than "Date From", or leave it empty for "until now".',
			);
		}
		return { dateFrom: isoUtc(from), ...(to ? { dateTo: isoUtc(to) } : {}) };
	}
	const zone = await zoneOf();
	const local = now.setZone(zone);
	const day = local.startOf('day');
	const week = local.startOf('week');
	const month = local.startOf('month');
	const ranges: Record<Exclude<DateRange, 'last24Hours' | 'custom'>, [DateTime, DateTime]> = {
		today: [day, local],
		yesterday: [day.minus({ days: 1 }), day],
		last7Days: [day.minus({ days: 6 }), local],
		last30Days: [day.minus({ days: 29 }), local],
		thisWeek: [week, local],
		lastWeek: [week.minus({ weeks: 1 }), week],
		thisMonth: [month, local],
		lastMonth: [month.minus({ months: 1 }), month],
	};
	const [from, to] = ranges[range];
	return { dateFrom: isoUtc(from), dateTo: isoUtc(to) };
}
