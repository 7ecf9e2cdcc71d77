import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import {
	voiceInteractionRuleSpecOverrides,
	voiceSpecOverrides,
	voiceStateRuleSpecOverrides,
} from '../../specOverrides';
import { isStateRule, ruleIdOf, ruleIdProperty } from './rules';
import { callHandlingTarget, ruleIdFor, v1Url, v2Url } from './version';

export const description = updateDisplayOptions(
	{ show: { resource: ['callHandlingRules'], operation: ['get', 'update', 'delete'] } },
	[ruleIdProperty],
);

/** One rule, from the API the account has (a state's rule or a custom rule in the new call handling). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const given = ruleIdOf(this, itemIndex);
	const { extensionId, version } = await callHandlingTarget(this, itemIndex);
	const ruleId = ruleIdFor(version, given);
	if (version === 'v1') {
		return await ringCentralJson<IDataObject>(
			this,
			{ method: 'GET', url: `${v1Url(extensionId)}/${encodeURIComponent(ruleId)}` },
			voiceSpecOverrides.callHandlingRules.get,
			itemIndex,
		);
	}
	const state = isStateRule(ruleId);
	return await ringCentralJson<IDataObject>(
		this,
		{
			method: 'GET',
			url: `${v2Url(extensionId)}/${state ? 'state-rules' : 'interaction-rules'}/${encodeURIComponent(ruleId)}`,
		},
		(state ? voiceStateRuleSpecOverrides : voiceInteractionRuleSpecOverrides).callHandlingRules.get,
		itemIndex,
	);
}
