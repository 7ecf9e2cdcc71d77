import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { flatRecordOf, simplifySwitch } from '../../../shared/descriptions';
import { accountSpecOverrides, businessAddressMeta } from '../../specOverrides';

const properties: INodeProperties[] = [
	{
		displayName: 'Include Business Address',
		name: 'includeBusinessAddress',
		type: 'boolean',
		default: true,
		description:
			"Whether to also read the company's name, email and postal address (one more request)",
	},
	simplifySwitch(
		flatRecordOf(
			'ID, company name, main number, status, brand, service plan, country, time zone, language, currency, operator extension, address',
		),
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['company'], operation: ['get'] } },
	properties,
);

/** The account record (with its business address) as one flat record. */
function simplifyCompany(account: IDataObject, business?: IDataObject): IDataObject {
	const get = (path: string) =>
		path
			.split('.')
			.reduce<unknown>(
				(value, key) => (value as IDataObject | undefined)?.[key],
				account,
			) as IDataObject[string];
	const address = (business?.businessAddress ?? {}) as IDataObject;
	return {
		id: account.id,
		companyName: business?.company,
		email: business?.email,
		mainNumber: account.mainNumber,
		status: account.status,
		brand: get('serviceInfo.brand.name'),
		servicePlan: get('serviceInfo.servicePlan.name'),
		country: get('regionalSettings.homeCountry.name'),
		timezone: get('regionalSettings.timezone.name'),
		language: get('regionalSettings.language.localeCode'),
		currency: get('regionalSettings.currency.code'),
		operatorExtensionNumber: get('operator.extensionNumber'),
		...(business
			? {
					street: address.street,
					city: address.city,
					state: address.state,
					zip: address.zip,
					addressCountry: address.country,
				}
			: {}),
	};
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const account = await ringCentralJson<IDataObject>(
		this,
		{ method: 'GET', url: '/restapi/v1.0/account/~' },
		accountSpecOverrides.company.get,
		itemIndex,
	);
	const business = this.getNodeParameter('includeBusinessAddress', itemIndex, true)
		? await ringCentralJson<IDataObject>(
				this,
				{ method: 'GET', url: '/restapi/v1.0/account/~/business-address' },
				businessAddressMeta,
				itemIndex,
			)
		: undefined;
	if (this.getNodeParameter('simplify', itemIndex, true)) return simplifyCompany(account, business);
	return business ? { ...account, businessAddress: business } : account;
}
