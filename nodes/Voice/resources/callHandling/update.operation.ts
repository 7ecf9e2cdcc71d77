import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { invalidInput, normalizePhoneNumber } from '../../../shared/validation';
import { voiceInteractionRuleOperations, voiceOperations, voiceStateRuleOperations } from '../../operations';
import { forwardTo, isStateRule, jsonObjectOf, ruleIdOf, stateRuleError } from './rules';
import { callHandlingTarget, ruleIdFor, v1Url, v2Url } from './version';

const properties: INodeProperties[] = [
	{
		displayName: 'Switch',
		name: 'switch',
		type: 'options',
		options: [
			{ name: 'Keep As Is', value: 'keep' },
			{ name: 'Turn On', value: 'on' },
			{ name: 'Turn Off', value: 'off' },
		],
		default: 'keep',
		description: 'Whether to switch the rule on or off',
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Forward To',
				name: 'forwardTo',
				type: 'string',
				default: '',
				placeholder: '+16505550188',
				description: 'Forward the calls the rule catches to this number at once',
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Rule Settings (JSON)',
				name: 'settings',
				type: 'json',
				default: '{}',
				description: 'More changes as RingCentral names them (answering-rule fields, or "dispatching" and "conditions" of the new call handling)',
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['callHandlingRules'], operation: ['update'] } }, properties);

/** Switches a rule on or off, renames it, or changes where it sends calls, in whichever call handling the account has. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const given = ruleIdOf(this, itemIndex);
	const onOff = this.getNodeParameter('switch', itemIndex, 'keep') as 'keep' | 'on' | 'off';
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as { forwardTo?: string; name?: string; settings?: unknown };
	const forwardValue = String(fields.forwardTo ?? '').trim();
	const forwardNumber = forwardValue ? normalizePhoneNumber(forwardValue) : undefined;
	if (forwardValue && !forwardNumber) throw invalidInput(this.getNode(), itemIndex, 'Forward To', `"${forwardValue}" is not a phone number`, 'Use the E.164 format, e.g. +16505550188.');
	const extra = jsonObjectOf(this, itemIndex, 'Rule Settings (JSON)', fields.settings);
	const name = String(fields.name ?? '').trim();
	const { extensionId, version } = await callHandlingTarget(this, itemIndex);
	const ruleId = ruleIdFor(version, given);
	const enabled = onOff === 'keep' ? {} : { enabled: onOff === 'on' };
	const changes: IDataObject = { ...enabled, ...(forwardNumber ? forwardTo(version, forwardNumber) : {}), ...extra };

	if (version === 'v1') {
		const body = { ...changes, ...(name ? { name } : {}) };
		if (!Object.keys(body).length) throw invalidInput(this.getNode(), itemIndex, 'Update Fields', 'nothing to change', 'Switch the rule on or off, or add a field to change.');
		return await ringCentralJson<IDataObject>(this, { method: 'PUT', url: `${v1Url(extensionId)}/${encodeURIComponent(ruleId)}`, body }, voiceOperations.callHandlingRules.update, itemIndex);
	}
	if (isStateRule(ruleId)) {
		if (onOff !== 'keep') throw stateRuleError(this, itemIndex, ruleId, 'it cannot be switched on or off');
		if (name) throw stateRuleError(this, itemIndex, ruleId, 'it cannot be renamed');
		if (!changes.dispatching) throw invalidInput(this.getNode(), itemIndex, 'Update Fields', 'nothing to change', 'Enter "Forward To", or a "dispatching" in Rule Settings (JSON).');
		return await ringCentralJson<IDataObject>(
			this,
			{ method: 'PATCH', url: `${v2Url(extensionId)}/state-rules/${encodeURIComponent(ruleId)}`, body: { dispatching: changes.dispatching } },
			voiceStateRuleOperations.callHandlingRules.update,
			itemIndex,
		);
	}
	const body = { ...changes, ...(name ? { displayName: name } : {}) };
	if (!Object.keys(body).length) throw invalidInput(this.getNode(), itemIndex, 'Update Fields', 'nothing to change', 'Switch the rule on or off, or add a field to change.');
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'PATCH', url: `${v2Url(extensionId)}/interaction-rules/${encodeURIComponent(ruleId)}`, body },
		voiceInteractionRuleOperations.callHandlingRules.update,
		itemIndex,
	);
}
