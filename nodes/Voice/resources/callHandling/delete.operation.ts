import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ringCentralRequest } from '../../../shared/transport';
import { voiceInteractionRuleSpecOverrides, voiceSpecOverrides } from '../../specOverrides';
import { isStateRule, ruleIdOf, stateRuleError } from './rules';
import { callHandlingTarget, ruleIdFor, v1Url, v2Url } from './version';

/** Its fields, the user and the rule, are described with Get (get.operation.ts) and in fields.ts. */
export const description: INodeProperties[] = [];

/** Deletes a custom rule (schedule rules cannot be deleted). Fields: those of Get. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const given = ruleIdOf(this, itemIndex);
	const { extensionId, version } = await callHandlingTarget(this, itemIndex);
	const ruleId = ruleIdFor(version, given);
	if (version === 'v1') {
		await ringCentralRequest(
			this,
			{ method: 'DELETE', url: `${v1Url(extensionId)}/${encodeURIComponent(ruleId)}` },
			voiceSpecOverrides.callHandlingRules.delete,
			itemIndex,
		);
	} else {
		if (isStateRule(ruleId)) throw stateRuleError(this, itemIndex, ruleId, 'it cannot be deleted');
		await ringCentralRequest(
			this,
			{
				method: 'DELETE',
				url: `${v2Url(extensionId)}/interaction-rules/${encodeURIComponent(ruleId)}`,
			},
			voiceInteractionRuleSpecOverrides.callHandlingRules.delete,
			itemIndex,
		);
	}
	return { deleted: true };
}
