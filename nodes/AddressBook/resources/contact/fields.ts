import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';

import { isoUtc, requireDate } from '../../../shared/dates';
import { invalidInput, isEmail, requirePhoneNumber } from '../../../shared/validation';

/** Phone-number fields of a personal contact (RingCentral stores them in E.164). */
const PHONE_FIELDS: Array<[string, string]> = [
	['Assistant Phone', 'assistantPhone'],
	['Business Fax', 'businessFax'],
	['Business Phone', 'businessPhone'],
	['Business Phone 2', 'businessPhone2'],
	['Callback Phone', 'callbackPhone'],
	['Car Phone', 'carPhone'],
	['Company Phone', 'companyPhone'],
	['Home Phone', 'homePhone'],
	['Home Phone 2', 'homePhone2'],
	['Mobile Phone', 'mobilePhone'],
	['Other Fax', 'otherFax'],
	['Other Phone', 'otherPhone'],
];
const EMAIL_FIELDS: Array<[string, string]> = [
	['Email', 'email'],
	['Email 2', 'email2'],
	['Email 3', 'email3'],
];
const TEXT_FIELDS: Array<[string, string]> = [
	['Company', 'company'],
	['First Name', 'firstName'],
	['Job Title', 'jobTitle'],
	['Last Name', 'lastName'],
	['Middle Name', 'middleName'],
	['Nickname', 'nickName'],
	['Notes', 'notes'],
];
const ADDRESS_FIELDS: Array<[string, string]> = [
	['Business Address', 'businessAddress'],
	['Home Address', 'homeAddress'],
	['Other Address', 'otherAddress'],
];

const displayNameOf = new Map<string, string>(
	[
		...PHONE_FIELDS,
		...EMAIL_FIELDS,
		...TEXT_FIELDS,
		...ADDRESS_FIELDS,
		['Birthday', 'birthday'],
		['Web Page', 'webPage'],
	].map(([displayName, name]) => [name, displayName]),
);

function addressField(displayName: string, name: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		default: {},
		placeholder: 'Add Address',
		options: [
			{
				displayName: 'Address',
				name: 'address',
				values: [
					{ displayName: 'City', name: 'city', type: 'string', default: '' },
					{
						displayName: 'Country',
						name: 'country',
						type: 'string',
						default: '',
						placeholder: 'United States',
					},
					{ displayName: 'State', name: 'state', type: 'string', default: '', placeholder: 'CA' },
					{ displayName: 'Street', name: 'street', type: 'string', default: '' },
					{ displayName: 'ZIP Code', name: 'zip', type: 'string', default: '' },
				],
			},
		],
	};
}

/**
 * The fields of a personal contact, for Create's "Additional Fields" and Update's "Update Fields"
 * (`omit` leaves some out, e.g. First/Last Name when they are fields of their own).
 */
export function contactFields(omit: string[] = []): INodeProperties[] {
	const fields: INodeProperties[] = [
		...PHONE_FIELDS.map(
			([displayName, name]): INodeProperties => ({
				displayName,
				name,
				type: 'string',
				default: '',
				placeholder: '+16505550100',
				description:
					'In E.164 format (+ country code and number), or as dialled in the Dialing Plan country',
			}),
		),
		...EMAIL_FIELDS.map(
			([displayName, name]): INodeProperties => ({
				displayName,
				name,
				type: 'string',
				default: '',
				placeholder: 'name@email.com',
			}),
		),
		...TEXT_FIELDS.map(
			([displayName, name]): INodeProperties => ({
				displayName,
				name,
				type: 'string',
				default: '',
				...(name === 'notes' ? { typeOptions: { rows: 3 } } : {}),
			}),
		),
		...ADDRESS_FIELDS.map(([displayName, name]) => addressField(displayName, name)),
		{ displayName: 'Birthday', name: 'birthday', type: 'dateTime', default: '' },
		{
			displayName: 'Web Page',
			name: 'webPage',
			type: 'string',
			default: '',
			placeholder: 'https://example.com',
		},
	];
	return fields
		.filter((field) => !omit.includes(field.name))
		.sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));
}

/** The "Dialing Plan" option: how numbers without a country code are read. */
export const dialingPlanOption: INodeProperties = {
	displayName: 'Dialing Plan',
	name: 'dialingPlan',
	type: 'string',
	default: '',
	placeholder: 'GB',
	description:
		'Two-letter country code (ISO 3166-1) used to read phone numbers typed without a country code; RingCentral then stores them in E.164. Without it, numbers must be in E.164 (ten digits count as North American).',
};

/**
 * The request body of a contact from the node's field values, checked before anything is sent.
 * `clearEmpty`: an empty value clears the field (Update, sent as null), otherwise it is left out.
 */
export function contactBody(
	node: INode,
	itemIndex: number,
	values: IDataObject,
	dialingPlan: string,
	clearEmpty: boolean,
): IDataObject {
	const body: IDataObject = {};
	for (const [name, raw] of Object.entries(values)) {
		const field = displayNameOf.get(name) ?? name;
		const isAddress = ADDRESS_FIELDS.some(([, n]) => n === name);
		const value = isAddress ? addressOf(raw) : typeof raw === 'string' ? raw.trim() : raw;
		if (value === undefined || value === null || value === '') {
			if (clearEmpty) body[name] = null;
			continue;
		}
		if (PHONE_FIELDS.some(([, n]) => n === name)) {
			const text = String(value);
			body[name] =
				dialingPlan && !text.startsWith('+')
					? text.replace(/[\s().-]/g, '')
					: requirePhoneNumber(node, itemIndex, field, text);
		} else if (EMAIL_FIELDS.some(([, n]) => n === name)) {
			if (!isEmail(String(value))) {
				throw invalidInput(
					node,
					itemIndex,
					field,
					`"${String(value)}" is not an email address`,
					'Enter an address such as name@example.com.',
				);
			}
			body[name] = String(value);
		} else if (name === 'birthday') {
			// A birthday is a calendar day, the same everywhere: read in UTC, not in the workflow's zone.
			const date = requireDate(node, itemIndex, field, value, {
				zone: 'utc',
				fix: 'Enter a date such as 1990-05-17.',
			});
			body[name] = isoUtc(date);
		} else if (name === 'webPage') {
			const text = String(value);
			body[name] = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
		} else {
			body[name] = value;
		}
	}
	return body;
}

/** An address from its fixedCollection value; undefined when every part is empty. */
function addressOf(raw: unknown): IDataObject | undefined {
	const parts = ((raw as IDataObject | undefined)?.address ?? {}) as IDataObject;
	const address: IDataObject = {};
	for (const [key, value] of Object.entries(parts)) {
		const text = String(value ?? '').trim();
		if (text) address[key] = text;
	}
	return Object.keys(address).length ? address : undefined;
}

/** A dialing plan is a two-letter country code. */
export function dialingPlanOf(node: INode, itemIndex: number, value: unknown): string {
	const text = String(value ?? '')
		.trim()
		.toUpperCase();
	if (text && !/^[A-Z]{2}$/.test(text)) {
		throw invalidInput(
			node,
			itemIndex,
			'Dialing Plan',
			`"${text}" is not a two-letter country code`,
			'Enter an ISO 3166-1 country code such as US, GB or DE.',
		);
	}
	return text;
}
