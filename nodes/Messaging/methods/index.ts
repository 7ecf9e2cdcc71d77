import type {
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { searchNumbersWithFeature } from '../../shared/phoneNumbers';
import { ringCentralJson } from '../../shared/transport';

export const listSearch = {
	async searchSmsSenderNumbers(
		this: ILoadOptionsFunctions,
		filter?: string,
	): Promise<INodeListSearchResult> {
		return await searchNumbersWithFeature(this, 'SmsSender', filter);
	},
	async searchMmsSenderNumbers(
		this: ILoadOptionsFunctions,
		filter?: string,
	): Promise<INodeListSearchResult> {
		return await searchNumbersWithFeature(this, 'MmsSender', filter);
	},
	async searchA2pSenderNumbers(
		this: ILoadOptionsFunctions,
		filter?: string,
	): Promise<INodeListSearchResult> {
		return await searchNumbersWithFeature(this, 'A2PSmsSender', filter);
	},
};

export const loadOptions = {
	async getFaxCoverPages(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const body = await ringCentralJson<{ records?: Array<{ id: string | number; name: string }> }>(
			this,
			{ method: 'GET', url: '/restapi/v1.0/dictionary/fax-cover-page' },
			{ operationId: 'listFaxCoverPages' },
		);
		return [
			{ name: 'None', value: 0 },
			...(body.records ?? [])
				.filter((page) => String(page.id) !== '0')
				.map((page) => ({ name: page.name, value: Number(page.id) })),
		];
	},
};
