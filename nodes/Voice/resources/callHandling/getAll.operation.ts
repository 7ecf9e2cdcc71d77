import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { fetchRecords, limitOf } from '../../../shared/paging';
import type { ListMeta, OperationMeta } from '../../../shared/types';
import {
	voiceInteractionRuleSpecOverrides,
	voiceSpecOverrides,
	voiceStateRuleSpecOverrides,
} from '../../specOverrides';
import { callHandlingTarget, v1Url, v2Url } from './version';

const properties: INodeProperties[] = [
	{
		displayName: 'Rule Type',
		name: 'ruleType',
		type: 'options',
		options: [
			{ name: 'All', value: 'all' },
			{
				name: 'Custom Rules',
				value: 'custom',
				description: 'Rules for particular callers, numbers or dates',
			},
			{
				name: 'Schedule Rules',
				value: 'state',
				description:
					'What happens during business hours, after hours (and, with the new call handling, do not disturb...)',
			},
		],
		default: 'all',
	},
	...returnAllOrLimit({}),
	{
		displayName: 'Enabled Only',
		name: 'enabledOnly',
		type: 'boolean',
		default: false,
		description: 'Whether to return only rules that are switched on',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['callHandlingRules'], operation: ['getAll'] } },
	properties,
);

type ListOperation = OperationMeta & { list: ListMeta };

/**
 * Answering rules (v1), or the state-based and interaction rules (v2) of the new call handling, one item per
 * rule, whichever the account has.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { extensionId, version } = await callHandlingTarget(this, itemIndex);
	const ruleType = this.getNodeParameter('ruleType', itemIndex, 'all') as
		| 'all'
		| 'custom'
		| 'state';
	const enabledOnly = this.getNodeParameter('enabledOnly', itemIndex, false) as boolean;
	const limit = limitOf(this, itemIndex);

	if (version === 'v1') {
		const types =
			ruleType === 'custom'
				? ['Custom']
				: ruleType === 'state'
					? ['BusinessHours', 'AfterHours']
					: [];
		return await fetchRecords(
			this,
			{
				method: 'GET',
				url: v1Url(extensionId),
				qs: {
					view: 'Detailed',
					...(types.length ? { type: types } : {}),
					...(enabledOnly ? { enabledOnly: true } : {}),
				},
			},
			voiceSpecOverrides.callHandlingRules.getAll as ListOperation,
			limit,
			itemIndex,
		);
	}
	const records: IDataObject[] = [];
	if (ruleType !== 'custom') {
		const stateRules = await fetchRecords(
			this,
			{ method: 'GET', url: `${v2Url(extensionId)}/state-rules` },
			voiceStateRuleSpecOverrides.callHandlingRules.getAll as ListOperation,
			limit,
			itemIndex,
			enabledOnly
				? (rule) => (rule.state as IDataObject | undefined)?.enabled !== false
				: undefined,
		);
		records.push(...stateRules);
	}
	const remaining = limit === undefined ? undefined : limit - records.length;
	if (ruleType !== 'state' && (remaining === undefined || remaining > 0)) {
		records.push(
			...(await fetchRecords(
				this,
				{
					method: 'GET',
					url: `${v2Url(extensionId)}/interaction-rules`,
					qs: enabledOnly ? { enabled: true } : {},
				},
				voiceInteractionRuleSpecOverrides.callHandlingRules.getAll as ListOperation,
				remaining,
				itemIndex,
			)),
		);
	}
	return records;
}
