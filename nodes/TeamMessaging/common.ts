import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { LocatorSpec } from '../shared/locators';
import { optionalDate } from '../shared/dates';
import { readLocator, resourceLocator } from '../shared/locators';
import { invalidInput, isEmail, splitList } from '../shared/validation';

/** A chat link of the RingCentral app (…/messages/<id>) or an older Glip link (…?groupid=<id>). */
const CHAT_LINK =
	'https?://[^\\s/]+/\\S*?(?:(?:messages|chats?|teams?|groups?)/|[?&](?:group|chat)[iI][dD]=)(\\d+)';

/** Team Messaging's collections by the kind of item they hold, as in its URLs. */
const COLLECTIONS = {
	adaptiveCard: 'adaptive-cards',
	chat: 'chats',
	event: 'events',
	group: 'groups',
	note: 'notes',
	task: 'tasks',
	team: 'teams',
	webhook: 'webhooks',
} as const;

export type ItemKind = keyof typeof COLLECTIONS;

/** The URL of one item, e.g. `itemUrl('task', id)`; `below` continues the path under it, e.g. `'posts'`. */
export function itemUrl(kind: ItemKind, id: string, ...below: string[]): string {
	return ['/team-messaging/v1', COLLECTIONS[kind], id, ...below]
		.map((segment, index) => (index < 2 ? segment : encodeURIComponent(segment)))
		.join('/');
}

export const CHAT_LOCATOR: LocatorSpec = {
	name: 'chat',
	displayName: 'Chat',
	description: 'The chat: a team, a group or direct conversation, or your personal chat',
	searchListMethod: 'searchChats',
	listPlaceholder: 'Select a chat...',
	idPattern: '\\d+',
	idPlaceholder: '1234567890',
	idFormat: 'A chat ID is a number, e.g. 1234567890.',
	url: {
		placeholder: 'https://app.ringcentral.com/messages/1234567890',
		pattern: CHAT_LINK,
		format:
			'Paste the link of the chat in the RingCentral app, e.g. https://app.ringcentral.com/messages/1234567890.',
	},
};

export const TEAM_LOCATOR: LocatorSpec = {
	...CHAT_LOCATOR,
	name: 'team',
	displayName: 'Team',
	description: 'The team',
	searchListMethod: 'searchTeams',
	listPlaceholder: 'Select a team...',
	idFormat: 'A team ID is a number, e.g. 1234567890.',
	url: {
		...CHAT_LOCATOR.url!,
		format:
			'Paste the link of the team in the RingCentral app, e.g. https://app.ringcentral.com/messages/1234567890.',
	},
};

export const chatLocator = (overrides: Partial<INodeProperties> = {}): INodeProperties =>
	resourceLocator(CHAT_LOCATOR, overrides);
export const teamLocator = (): INodeProperties => resourceLocator(TEAM_LOCATOR);

export const chatIdOf = (ctx: IExecuteFunctions, itemIndex: number) =>
	readLocator(ctx, itemIndex, CHAT_LOCATOR).id;
export const teamIdOf = (ctx: IExecuteFunctions, itemIndex: number) =>
	readLocator(ctx, itemIndex, TEAM_LOCATOR).id;

/** An optional chat (e.g. a calendar event in a chat, or in the personal calendar): undefined when empty. */
export function optionalChatIdOf(ctx: IExecuteFunctions, itemIndex: number): string | undefined {
	const raw = ctx.getNodeParameter('chat', itemIndex, '') as { value?: unknown } | string;
	const value = typeof raw === 'object' && raw !== null ? raw.value : raw;
	return String(value ?? '').trim() === '' ? undefined : chatIdOf(ctx, itemIndex);
}

const PERSON_ID = /^\d+$/;

/**
 * People for `members`/`assignees`: person IDs (the extension ID of a user of the account) or, where
 * RingCentral allows it, email addresses (people outside the account join as guests).
 */
export function peopleOf(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
	{ emails = true, min = 1, max }: { emails?: boolean; min?: number; max?: number } = {},
): Array<{ id: string } | { email: string }> {
	const entries = splitList(value);
	const people = entries.map((entry) => {
		if (PERSON_ID.test(entry)) return { id: entry };
		if (emails && isEmail(entry)) return { email: entry };
		throw invalidInput(
			ctx.getNode(),
			itemIndex,
			field,
			`"${entry}" is not a person ID${emails ? ' or an email address' : ''}`,
			emails
				? "Enter person IDs (a user's extension ID, e.g. 101) or email addresses, separated by commas."
				: "Enter person IDs (a user's extension ID, e.g. 101), separated by commas.",
		);
	});
	if (people.length < min)
		throw invalidInput(
			ctx.getNode(),
			itemIndex,
			field,
			'nobody given',
			`Enter at least ${min === 1 ? 'one person' : `${min} people`}.`,
		);
	if (max !== undefined && people.length > max)
		throw invalidInput(
			ctx.getNode(),
			itemIndex,
			field,
			`${people.length} people given, at most ${max} allowed`,
			`Enter at most ${max} people.`,
		);
	return people;
}

/** A date field as ISO 8601 in UTC, read in the workflow's time zone; undefined when empty. */
export function isoDate(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): string | undefined {
	return (
		optionalDate(ctx.getNode(), itemIndex, field, value, {
			zone: ctx.getTimezone(),
			fix: 'Use a date and time such as 2025-05-01T09:00, or an expression like {{ $now.plus({ days: 1 }) }}.',
		})
			?.toUTC()
			.toISO() ?? undefined
	);
}

/** A JSON field: an object, or text with a JSON object. */
export function jsonObjectOf(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): IDataObject {
	let parsed: unknown = value;
	if (typeof value === 'string') {
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			throw invalidInput(
				ctx.getNode(),
				itemIndex,
				field,
				'not valid JSON',
				`${(error as Error).message}. Enter a JSON object, e.g. {"type": "AdaptiveCard", "body": [...]}.`,
			);
		}
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw invalidInput(
			ctx.getNode(),
			itemIndex,
			field,
			'not a JSON object',
			'Enter a JSON object, e.g. {"type": "AdaptiveCard", "body": [...]}.',
		);
	}
	return parsed as IDataObject;
}

export const COLORS = [
	'Black',
	'Blue',
	'Green',
	'Magenta',
	'Orange',
	'Purple',
	'Red',
	'Yellow',
].map((color) => ({ name: color, value: color }));
