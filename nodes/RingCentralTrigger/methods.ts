import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { fetchRecords } from '../shared/paging';
import { triggerSpecOverrides as ops } from './specOverrides';

export const loadOptions = {
	/** The account's enabled extensions (users, departments, queues...), for "Chosen Extensions". */
	async getExtensions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const records = await fetchRecords(
			this,
			{ method: 'GET', url: '/restapi/v1.0/account/~/extension', qs: { status: 'Enabled' } },
			ops.listExtensions,
		);
		return records
			.map((record) => ({
				name: `${String(record.name ?? record.extensionNumber)} (${String(record.extensionNumber ?? record.id)}${record.type && record.type !== 'User' ? `, ${String(record.type)}` : ''})`,
				value: String(record.id),
			}))
			.sort((a, b) => a.name.localeCompare(b.name));
	},
};
