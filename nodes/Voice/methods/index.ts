import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { searchExtensions } from '../../shared/extensions';
import { fetchRecords } from '../../shared/paging';
import { searchNumbersWithFeature } from '../../shared/phoneNumbers';

const DEVICES_META = { operationId: 'listExtensionDevices' as const };
const FORWARDING_NUMBERS_META = { operationId: 'listForwardingNumbers' as const };
const COUNTRIES_META = { operationId: 'listCountries' as const };

/** The reads behind the dropdowns (spec facts: shared/generated/operationFacts.ts). */
export const dropdownOperations = { DEVICES_META, FORWARDING_NUMBERS_META, COUNTRIES_META };

const matches = (filter: string | undefined, text: string) =>
	!filter || text.toLowerCase().includes(filter.trim().toLowerCase());

export const listSearch = {
	searchExtensions,
	async searchCallerIdNumbers(
		this: ILoadOptionsFunctions,
		filter?: string,
	): Promise<INodeListSearchResult> {
		return await searchNumbersWithFeature(this, 'CallerId', filter);
	},
	/** The connected user's phones (desk phones, softphones...) that can place, answer or pick up calls. */
	async searchDevices(
		this: ILoadOptionsFunctions,
		filter?: string,
	): Promise<INodeListSearchResult> {
		const devices = await fetchRecords(
			this,
			{ method: 'GET', url: '/restapi/v1.0/account/~/extension/~/device' },
			DEVICES_META,
		);
		const results = devices
			.map((device) => ({
				name: `${String(device.name ?? device.id)}${device.type ? ` (${String(device.type)})` : ''}`,
				value: String(device.id),
			}))
			.filter((option) => matches(filter, option.name));
		return { results };
	},
	/** The connected user's call flip numbers (forwarding numbers with the CallFlip feature). */
	async searchFlipNumbers(
		this: ILoadOptionsFunctions,
		filter?: string,
	): Promise<INodeListSearchResult> {
		const numbers = await fetchRecords(
			this,
			{ method: 'GET', url: '/restapi/v1.0/account/~/extension/~/forwarding-number' },
			FORWARDING_NUMBERS_META,
		);
		const results = numbers
			.filter(
				(number) =>
					((number.features as string[] | undefined) ?? []).includes('CallFlip') &&
					number.flipNumber,
			)
			.map((number) => ({
				name: `${String(number.flipNumber)}: ${[number.label, number.phoneNumber].filter(Boolean).join(', ')}`,
				value: String(number.flipNumber),
			}))
			.filter((option) => matches(filter, option.name));
		return { results };
	},
};

export const loadOptions = {
	async getCallerIdNumbers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const { results } = await searchNumbersWithFeature(this, 'CallerId');
		return results.map((result) => ({ name: result.name, value: String(result.value) }));
	},
	async getCountries(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const countries = await fetchRecords(
			this,
			{ method: 'GET', url: '/restapi/v1.0/dictionary/country' },
			COUNTRIES_META,
		);
		return countries
			.map((country: IDataObject) => ({
				name: `${String(country.name)}${country.callingCode ? ` (+${String(country.callingCode)})` : ''}`,
				value: String(country.id),
			}))
			.sort((a, b) => a.name.localeCompare(b.name, 'en'));
	},
};
