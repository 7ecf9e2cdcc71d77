import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** Fails before any request, naming the field and the item, with how to fix it. */
export function invalidInput(
	node: INode,
	itemIndex: number,
	field: string,
	problem: string,
	fix: string,
): NodeOperationError {
	return new NodeOperationError(node, `${field}: ${problem} (item ${itemIndex})`, {
		itemIndex,
		description: fix,
	});
}

/**
 * An email address as RingCentral's spec checks it (`format: email`, the rule of ajv-formats' full
 * mode): an address RingCentral would reject fails here, before the request.
 */
const EMAIL =
	/^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

export const isEmail = (value: string): boolean => EMAIL.test(value);

const PHONE_SEPARATORS = /[\s().-]/g;

/**
 * A phone number in E.164 (`+` and country code). Spaces, dots, dashes and parentheses are dropped;
 * ten digits without a country code are taken as North American (+1), as RingCentral does.
 */
export function normalizePhoneNumber(value: string): string | undefined {
	const compact = String(value ?? '')
		.trim()
		.replace(PHONE_SEPARATORS, '');
	const digits = compact.replace(/^\+/, '');
	if (!/^[1-9]\d{6,14}$/.test(digits)) return undefined;
	if (compact.startsWith('+')) return compact;
	if (digits.length === 10) return `+1${digits}`;
	return `+${digits}`;
}

export function requirePhoneNumber(
	node: INode,
	itemIndex: number,
	field: string,
	value: unknown,
): string {
	const normalized =
		typeof value === 'string' || typeof value === 'number'
			? normalizePhoneNumber(String(value))
			: undefined;
	if (!normalized) {
		throw invalidInput(
			node,
			itemIndex,
			field,
			`"${String(value ?? '')}" is not a phone number`,
			'Use the E.164 format: + then country code and number, e.g. +16505550100.',
		);
	}
	return normalized;
}

/** An extension number of the company, which RingOut and Call Out dial as they dial phone numbers. */
const EXTENSION_NUMBER = /^\d{2,8}$/;

/**
 * A number a call can be placed to: an extension number (digits only), or a phone number in E.164 (with
 * "+"; ten digits are North American), so callers tell the two apart by the "+".
 */
export function requireDialable(
	node: INode,
	itemIndex: number,
	field: string,
	value: unknown,
): string {
	const text = String(value ?? '').trim();
	if (EXTENSION_NUMBER.test(text)) return text;
	const number = normalizePhoneNumber(text);
	if (!number) {
		throw invalidInput(
			node,
			itemIndex,
			field,
			text ? `"${text}" is not a phone number` : 'no number given',
			'Use the E.164 format (+ then country code and number, e.g. +16505550100), or an extension number.',
		);
	}
	return number;
}

/** One or more values from a list parameter, a comma/semicolon/newline separated string, or an array (expressions). */
export function splitList(value: unknown): string[] {
	const parts = Array.isArray(value)
		? value.flatMap((v) => splitList(v))
		: String(value ?? '').split(/[,;\n]/);
	return parts.map((part) => String(part).trim()).filter((part) => part !== '');
}

export function requirePhoneNumbers(
	node: INode,
	itemIndex: number,
	field: string,
	value: unknown,
	max?: number,
): string[] {
	const numbers = splitList(value).map((number) =>
		requirePhoneNumber(node, itemIndex, field, number),
	);
	if (numbers.length === 0) {
		throw invalidInput(
			node,
			itemIndex,
			field,
			'no phone number given',
			'Enter at least one phone number, e.g. +16505550100.',
		);
	}
	if (max !== undefined && numbers.length > max) {
		throw invalidInput(
			node,
			itemIndex,
			field,
			`${numbers.length} numbers given, at most ${max} allowed`,
			`Send to at most ${max} recipients per message.`,
		);
	}
	return numbers;
}

const textOf = (value: unknown): string =>
	typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);

/**
 * Text within RingCentral's limit: RingCentral counts text length in UTF-16 code units, which is what a
 * JavaScript string length is.
 */
export function requireText(
	node: INode,
	itemIndex: number,
	field: string,
	value: unknown,
	maxLength: number,
): string {
	const text = textOf(value);
	if (text.trim() === '') {
		throw invalidInput(
			node,
			itemIndex,
			field,
			'the text is empty',
			`Enter the ${field.toLowerCase()}, or map it from the input with an expression.`,
		);
	}
	if (text.length > maxLength) {
		throw invalidInput(
			node,
			itemIndex,
			field,
			`the text has ${text.length} characters, more than the ${maxLength} allowed`,
			`Shorten the ${field.toLowerCase()} to ${maxLength} characters (emoji count as two).`,
		);
	}
	return text;
}

/** Like `requireText`, but an empty (or blank) field is allowed and gives undefined. */
export function optionalText(
	node: INode,
	itemIndex: number,
	field: string,
	value: unknown,
	maxLength: number,
): string | undefined {
	return textOf(value).trim() === ''
		? undefined
		: requireText(node, itemIndex, field, value, maxLength);
}

/** What an ID looks like: the pattern it matches, and how to say it to the user. */
export interface IdShape {
	pattern: RegExp;
	format: string;
}

/** The shapes of RingCentral IDs, so each field checks its ID the same way. */
export const ID_SHAPES = {
	/** Numeric IDs: extensions, messages, posts, devices... */
	digits: { pattern: /^\d+$/, format: 'An ID is digits only, e.g. 123456789.' },
	/** Opaque IDs of letters, digits, "-" and "_": call log records, RingOuts, recordings. */
	token: {
		pattern: /^[A-Za-z0-9_-]+$/,
		format: 'An ID is letters, digits, "-" and "_", e.g. Abc123_XYZ.',
	},
	/** Named IDs of letters, digits and "-": call handling rules. */
	name: {
		pattern: /^[A-Za-z0-9-]+$/,
		format: 'An ID is letters, digits and "-", e.g. work-hours.',
	},
	/** Call Control IDs, which may also hold "!" and ".": telephony sessions and parties. */
	telephony: {
		pattern: /^[A-Za-z0-9_!.-]+$/,
		format: 'An ID is letters, digits and "_!.-", e.g. s-a0d7e9b1c2!p-1.',
	},
	/** Call flip numbers: the one to three digits set in the user's call flip settings. */
	callFlip: { pattern: /^\d{1,3}$/, format: 'A call flip number is one to three digits, e.g. 1.' },
} satisfies Record<string, IdShape>;

/** An ID typed or mapped into a field, trimmed and checked against its shape before any request. */
export function requireId(
	node: INode,
	itemIndex: number,
	field: string,
	value: unknown,
	shape: IdShape,
	fix: string = shape.format,
): string {
	const id = String(value ?? '').trim();
	if (id === '') throw invalidInput(node, itemIndex, field, 'no ID given', fix);
	if (!shape.pattern.test(id))
		throw invalidInput(node, itemIndex, field, `"${id}" is not an ID`, fix);
	return id;
}

/** Like `requireId`, but an empty field is allowed and gives undefined. */
export function optionalId(
	node: INode,
	itemIndex: number,
	field: string,
	value: unknown,
	shape: IdShape,
	fix: string = shape.format,
): string | undefined {
	return String(value ?? '').trim() === ''
		? undefined
		: requireId(node, itemIndex, field, value, shape, fix);
}

/** An update whose fields are all empty: nothing would change, so no request is sent. */
export function nothingToChange(
	node: INode,
	itemIndex: number,
	fix = 'Add at least one field to change under "Update Fields".',
	field = 'Update Fields',
): NodeOperationError {
	return invalidInput(node, itemIndex, field, 'nothing to change', fix);
}
