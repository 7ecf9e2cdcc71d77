import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { directionFilter, returnAllOrLimit } from '../../../shared/descriptions';
import { fetchRecords, limitOf } from '../../../shared/paging';
import { voiceAccountSpecOverrides, voiceSpecOverrides } from '../../specOverrides';
import { callTypeFilter, MAX_PAGE, viewOption } from '../callLog/common';
import { scopeProperties, scopeUrl } from '../callLog/scope';
import { simplifyCallRecord, simplifyProperty } from '../callLog/simplify';

const properties: INodeProperties[] = [
	...scopeProperties('calls in progress'),
	...returnAllOrLimit({}),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [directionFilter, callTypeFilter],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [viewOption],
	},
	simplifyProperty,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['activeCall'], operation: ['getAll'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { scope, base } = await scopeUrl(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as {
		direction?: string[];
		type?: string[];
	};
	const { view = 'Simple' } = this.getNodeParameter('options', itemIndex, {}) as {
		view?: 'Simple' | 'Detailed';
	};
	const meta = (scope === 'account' ? voiceAccountSpecOverrides : voiceSpecOverrides).activeCall
		.getAll;
	const records = await fetchRecords(
		this,
		{
			method: 'GET',
			url: `${base}/active-calls`,
			qs: {
				view,
				...(filters.direction?.length ? { direction: filters.direction } : {}),
				...(filters.type?.length ? { type: filters.type } : {}),
			},
		},
		{ ...meta, list: { maxPageSize: MAX_PAGE[view] } },
		limitOf(this, itemIndex),
		itemIndex,
	);
	return this.getNodeParameter('simplify', itemIndex, true)
		? records.map(simplifyCallRecord)
		: records;
}
