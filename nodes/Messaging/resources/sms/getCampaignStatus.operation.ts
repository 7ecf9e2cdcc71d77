import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fetchRecords } from '../../../shared/paging';
import { oncePerRun } from '../../../shared/perRun';
import { fromNumberProperty } from '../../../shared/phoneNumbers';
import { ringCentralJson } from '../../../shared/transport';
import type { OperationMeta } from '../../../shared/types';
import { invalidInput, normalizePhoneNumber, requirePhoneNumber } from '../../../shared/validation';

/**
 * Kept out of `messagingSpecOverrides` (specOverrides.ts): the generator drops every generated operation whose
 * operationId a hand-written table names, and Account → Phone Numbers → "Get SMS Configuration" must stay.
 */
const smsConfigurationInfo = { operationId: 'smsConfigurationInfo' } satisfies OperationMeta;
const listExtensionPhoneNumbers = {
	operationId: 'listExtensionPhoneNumbers',
} satisfies OperationMeta;

const FIELD = 'Phone Number';

const senderNumber = fromNumberProperty(
	'SmsSender',
	'searchSmsSenderNumbers',
	'One of your numbers',
);

const properties: INodeProperties[] = [
	{
		...senderNumber,
		displayName: FIELD,
		name: 'phoneNumber',
		description:
			'One of your numbers: its 10DLC registration (TCR campaign and brand) is read. A number is picked from your SMS numbers, typed in E.164 format, or given by its phone number ID.',
		builderHint: {
			propertyHint:
				"One of the connected user's own phone numbers (From List offers the SMS-capable ones), never a recipient",
		},
		modes: [
			...(senderNumber.modes ?? []),
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: '1234567890',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '\\s*\\d+\\s*',
							errorMessage: 'A phone number ID is a number, e.g. 1234567890',
						},
					},
				],
			},
		],
	},
];

const displayOptions = { show: { resource: ['sms'], operation: ['getCampaignStatus'] } };

export const description = updateDisplayOptions(displayOptions, properties);

interface RegistrationError extends IDataObject {
	errorCode?: string;
	message?: string;
}

interface SmsConfiguration {
	phoneNumberId?: string;
	phoneNumber?: string;
	smsCampaignInfo?: {
		id?: string;
		status?: string;
		registrationTier?: string;
		useCases?: string[];
		errors?: RegistrationError[];
	};
	smsBrandInfo?: { id?: string; status?: string; errors?: RegistrationError[] };
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const phoneNumberId = await phoneNumberIdOf(this, itemIndex);
	const configuration = await ringCentralJson<SmsConfiguration>(
		this,
		{
			method: 'GET',
			url: `/restapi/v1.0/account/~/extension/~/phone-number/${encodeURIComponent(phoneNumberId)}/sms-configuration`,
		},
		smsConfigurationInfo,
		itemIndex,
	);
	const campaign = configuration.smsCampaignInfo ?? {};
	const brand = configuration.smsBrandInfo ?? {};
	// Keys are always present (null or empty when not registered), so an IF node can test them directly.
	return [
		{
			phoneNumber: configuration.phoneNumber ?? null,
			phoneNumberId: String(configuration.phoneNumberId ?? phoneNumberId),
			campaignId: campaign.id ?? null,
			campaignStatus: campaign.status ?? null,
			registrationTier: campaign.registrationTier ?? null,
			useCases: campaign.useCases ?? [],
			brandId: brand.id ?? null,
			brandStatus: brand.status ?? null,
			errors: [
				...(campaign.errors ?? []).map((error) => ({ registration: 'campaign', ...error })),
				...(brand.errors ?? []).map((error) => ({ registration: 'brand', ...error })),
			],
		},
	];
}

/**
 * The phone number ID the locator points to. A number (picked or typed) must be one of the user's: it is
 * looked up in the user's phone-number list, read once per run, before the SMS configuration is asked for.
 */
async function phoneNumberIdOf(ctx: IExecuteFunctions, itemIndex: number): Promise<string> {
	const node = ctx.getNode();
	const raw = ctx.getNodeParameter('phoneNumber', itemIndex, '') as
		| { mode?: string; value?: unknown }
		| string;
	const { mode = 'number', value } = typeof raw === 'object' && raw !== null ? raw : { value: raw };
	const text = String(value ?? '').trim();
	if (text === '')
		throw invalidInput(
			node,
			itemIndex,
			FIELD,
			'no number given',
			'Pick one of your numbers from the list, type it in E.164 format (e.g. +16505550100) or enter its phone number ID.',
		);
	if (mode === 'id') {
		if (!/^\d+$/.test(text))
			throw invalidInput(
				node,
				itemIndex,
				FIELD,
				`"${text}" is not a phone number ID`,
				'A phone number ID is a number, e.g. 1234567890 (the "id" of a record of RingCentral Account → Phone Numbers).',
			);
		return text;
	}
	const number = requirePhoneNumber(node, itemIndex, FIELD, text);
	const id = (await ownPhoneNumberIds(ctx, itemIndex)).get(number);
	if (id === undefined)
		throw invalidInput(
			node,
			itemIndex,
			FIELD,
			`${number} is not one of your numbers`,
			'Pick the number from the list, or enter a number of the RingCentral user the credential signs in as.',
		);
	return id;
}

/** The user's numbers (E.164) and their phone number IDs. */
async function ownPhoneNumberIds(
	ctx: IExecuteFunctions,
	itemIndex: number,
): Promise<Map<string, string>> {
	return await oncePerRun(ctx, 'ownPhoneNumberIds', async () => {
		const records = await fetchRecords(
			ctx,
			{ method: 'GET', url: '/restapi/v1.0/account/~/extension/~/phone-number' },
			listExtensionPhoneNumbers,
			undefined,
			itemIndex,
		);
		return new Map(
			records.map((record) => [
				normalizePhoneNumber(String(record.phoneNumber)) ?? String(record.phoneNumber),
				String(record.id),
			]),
		);
	});
}
