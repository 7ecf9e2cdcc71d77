import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodeProperties,
} from 'n8n-workflow';

import { fetchRecords } from './paging';

/** Features a number needs to send each kind of message (the `features` array of phone-number records). */
export type NumberFeature = 'SmsSender' | 'MmsSender' | 'A2PSmsSender' | 'CallerId' | 'FaxSender';

const PHONE_NUMBERS_META = { operationId: 'listExtensionPhoneNumbers' as const };

/** The authorized user's numbers that have `feature`, for "From" dropdowns. */
export async function searchNumbersWithFeature(
	ctx: ILoadOptionsFunctions,
	feature: NumberFeature,
	filter?: string,
): Promise<INodeListSearchResult> {
	const records = await fetchRecords(
		ctx,
		{
			method: 'GET',
			url: '/restapi/v1.0/account/~/extension/~/phone-number',
			qs: { status: 'Normal' },
		},
		PHONE_NUMBERS_META,
	);
	const needle = (filter ?? '').replace(/[\s().+-]/g, '').toLowerCase();
	const results = records
		.filter((record) => ((record.features as string[] | undefined) ?? []).includes(feature))
		.map((record) => {
			const number = String(record.phoneNumber);
			const label = [
				record.label,
				record.usageType,
				(record.extension as IDataObject | undefined)?.name,
			]
				.filter(Boolean)
				.join(', ');
			return { name: label ? `${number} (${label})` : number, value: number };
		})
		.filter(
			(option) =>
				!needle ||
				option.name
					.replace(/[\s().+-]/g, '')
					.toLowerCase()
					.includes(needle),
		);
	return { results };
}

/** The "From" number: picked from the user's capable numbers, or typed. */
export function fromNumberProperty(
	feature: NumberFeature,
	searchListMethod: string,
	description: string,
): INodeProperties {
	return {
		displayName: 'From',
		name: 'from',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description,
		// For n8n's AI workflow builder: the sender is the account's own number, never the recipient.
		builderHint: {
			propertyHint: `One of the connected user's own numbers with the ${feature} feature (From List offers them), not a recipient`,
		},
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select a number with the ${feature} feature...`,
				typeOptions: { searchListMethod, searchable: true },
			},
			{
				displayName: 'By Number',
				name: 'number',
				type: 'string',
				placeholder: '+16505550100',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^\\+?[0-9][0-9 ().-]{5,20}$',
							errorMessage: 'Enter a phone number in E.164 format, e.g. +16505550100',
						},
					},
				],
			},
		],
	};
}
