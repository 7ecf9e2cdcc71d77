import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { nothingToChange } from '../../../shared/validation';
import {
	voiceInteractionRuleSpecOverrides,
	voiceSpecOverrides,
	voiceStateRuleSpecOverrides,
} from '../../specOverrides';
import type { RuleAction } from './rules';
import {
	actionBody,
	actionOptions,
	chosenAction,
	isStateRule,
	jsonObjectOf,
	ruleIdOf,
	stateRuleError,
} from './rules';
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
				displayName: 'Action',
				name: 'action',
				type: 'options',
				options: actionOptions,
				default: 'forward',
				description:
					'What the rule does with the calls it catches from now on ("Forward To" needs the Forward To field). Without it, a number in Forward To forwards.',
			},
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
				description:
					'More changes as RingCentral names them (answering-rule fields, or "dispatching" and "conditions" of the new call handling)',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['callHandlingRules'], operation: ['update'] } },
	properties,
);

/** Switches a rule on or off, renames it, or changes what it does with calls (forward, voicemail, announcement), in whichever call handling the account has. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const given = ruleIdOf(this, itemIndex);
	const onOff = this.getNodeParameter('switch', itemIndex, 'keep') as 'keep' | 'on' | 'off';
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as {
		action?: RuleAction;
		forwardTo?: string;
		name?: string;
		settings?: unknown;
	};
	const chosen = chosenAction(this, itemIndex, fields.action, fields.forwardTo, true);
	const extra = jsonObjectOf(this, itemIndex, 'Rule Settings (JSON)', fields.settings);
	const name = String(fields.name ?? '').trim();
	const { extensionId, version } = await callHandlingTarget(this, itemIndex);
	const ruleId = ruleIdFor(version, given);
	const enabled = onOff === 'keep' ? {} : { enabled: onOff === 'on' };
	const changes = async (): Promise<IDataObject> => ({
		...enabled,
		...(await actionBody(this, itemIndex, version, chosen)),
		...extra,
	});

	if (version === 'v1') {
		const body = { ...(await changes()), ...(name ? { name } : {}) };
		if (!Object.keys(body).length)
			throw nothingToChange(
				this.getNode(),
				itemIndex,
				'Switch the rule on or off, or add a field to change.',
			);
		return await ringCentralJson<IDataObject>(
			this,
			{ method: 'PUT', url: `${v1Url(extensionId)}/${encodeURIComponent(ruleId)}`, body },
			voiceSpecOverrides.callHandlingRules.update,
			itemIndex,
		);
	}
	if (isStateRule(ruleId)) {
		if (onOff !== 'keep')
			throw stateRuleError(this, itemIndex, ruleId, 'it cannot be switched on or off');
		if (name) throw stateRuleError(this, itemIndex, ruleId, 'it cannot be renamed');
		if (!('dispatching' in extra ? extra.dispatching : chosen)) {
			throw nothingToChange(
				this.getNode(),
				itemIndex,
				'Choose an "Action" (or enter "Forward To"), or give a "dispatching" in Rule Settings (JSON).',
			);
		}
		return await ringCentralJson<IDataObject>(
			this,
			{
				method: 'PATCH',
				url: `${v2Url(extensionId)}/state-rules/${encodeURIComponent(ruleId)}`,
				body: { dispatching: (await changes()).dispatching },
			},
			voiceStateRuleSpecOverrides.callHandlingRules.update,
			itemIndex,
		);
	}
	const body = { ...(await changes()), ...(name ? { displayName: name } : {}) };
	if (!Object.keys(body).length)
		throw nothingToChange(
			this.getNode(),
			itemIndex,
			'Switch the rule on or off, or add a field to change.',
		);
	return await ringCentralJson<IDataObject>(
		this,
		{
			method: 'PATCH',
			url: `${v2Url(extensionId)}/interaction-rules/${encodeURIComponent(ruleId)}`,
			body,
		},
		voiceInteractionRuleSpecOverrides.callHandlingRules.update,
		itemIndex,
	);
}
