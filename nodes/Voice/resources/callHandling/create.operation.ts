import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { invalidInput } from '../../../shared/validation';
import { voiceInteractionRuleSpecOverrides, voiceSpecOverrides } from '../../specOverrides';
import type { RuleAction } from './rules';
import {
	actionBody,
	actionOptions,
	chosenAction,
	jsonObjectOf,
	numbersOf,
	ruleJsonHint,
} from './rules';
import { callHandlingTarget, v1Url, v2Url } from './version';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'VIP callers',
	},
	{
		displayName: 'Callers',
		name: 'callers',
		type: 'string',
		default: '',
		placeholder: '+16505550100, +16505550111',
		description: 'The rule applies to calls from these numbers (comma-separated)',
	},
	{
		displayName: 'Called Numbers',
		name: 'calledNumbers',
		type: 'string',
		default: '',
		placeholder: '+16505550101',
		description: 'The rule applies to calls to these numbers of yours (comma-separated)',
	},
	{
		displayName: 'Action',
		name: 'action',
		type: 'options',
		options: actionOptions,
		default: 'forward',
		description: 'What the rule does with the calls it catches',
	},
	{
		displayName: 'Forward To',
		name: 'forwardTo',
		type: 'string',
		default: '',
		placeholder: '+16505550188',
		description:
			'Forward matching calls to this number at once; leave empty to describe the action in "Rule Settings (JSON)"',
		displayOptions: { show: { action: ['forward'] } },
	},
	{
		displayName: 'Enabled',
		name: 'enabled',
		type: 'boolean',
		default: true,
		description: 'Whether the rule is switched on',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Rule Settings (JSON)',
				name: 'settings',
				type: 'json',
				default: '{}',
				description:
					'More settings, merged into the request as RingCentral names them: for answering rules e.g. {"callHandlingAction": "TakeMessagesOnly", "schedule": {...}}; for the new call handling e.g. {"dispatching": {...}, "conditions": [...]}.',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['callHandlingRules'], operation: ['create'] } },
	properties,
);

/** A custom rule for particular callers or called numbers, in whichever call handling the account has. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const name = String(this.getNodeParameter('name', itemIndex, '') ?? '').trim();
	if (!name)
		throw invalidInput(
			node,
			itemIndex,
			'Name',
			'no name given',
			'Name the rule, e.g. "VIP callers".',
		);
	const callers = numbersOf(
		this,
		itemIndex,
		'Callers',
		this.getNodeParameter('callers', itemIndex, ''),
	);
	const calledNumbers = numbersOf(
		this,
		itemIndex,
		'Called Numbers',
		this.getNodeParameter('calledNumbers', itemIndex, ''),
	);
	const action = this.getNodeParameter('action', itemIndex, 'forward') as RuleAction;
	const chosen = chosenAction(
		this,
		itemIndex,
		action,
		action === 'forward' ? this.getNodeParameter('forwardTo', itemIndex, '') : '',
	);
	const enabled = this.getNodeParameter('enabled', itemIndex, true) as boolean;
	const { settings } = this.getNodeParameter('additionalFields', itemIndex, {}) as {
		settings?: unknown;
	};
	const extra = jsonObjectOf(this, itemIndex, 'Rule Settings (JSON)', settings);
	const { extensionId, version } = await callHandlingTarget(this, itemIndex);

	if (version === 'v1') {
		if (!callers.length && !calledNumbers.length && !extra.schedule) {
			throw invalidInput(
				node,
				itemIndex,
				'Callers',
				'the rule has no condition',
				'Enter callers or called numbers (or a "schedule" in Rule Settings).',
			);
		}
		const body = {
			type: 'Custom',
			name,
			enabled,
			...(callers.length ? { callers: callers.map((callerId) => ({ callerId })) } : {}),
			...(calledNumbers.length
				? { calledNumbers: calledNumbers.map((phoneNumber) => ({ phoneNumber })) }
				: {}),
			...(await actionBody(this, itemIndex, 'v1', chosen)),
			...extra,
		};
		return await ringCentralJson<IDataObject>(
			this,
			{ method: 'POST', url: v1Url(extensionId), body },
			voiceSpecOverrides.callHandlingRules.create,
			itemIndex,
		);
	}
	const conditions =
		callers.length || calledNumbers.length
			? [
					{
						type: 'Interaction',
						from: callers.map((phoneNumber) => ({ phoneNumber, name: phoneNumber })),
						to: calledNumbers,
					},
				]
			: [];
	// Rule Settings (JSON) has the last word, as it is merged last.
	if (!('dispatching' in extra ? extra.dispatching : chosen)) {
		throw invalidInput(
			node,
			itemIndex,
			action === 'json' ? 'Rule Settings (JSON)' : 'Forward To',
			'the rule does nothing with the calls',
			`Choose an action, enter a number in "Forward To", or give a "dispatching" in Rule Settings (JSON): ${ruleJsonHint('v2')}.`,
		);
	}
	if (!(('conditions' in extra ? extra.conditions : conditions) as unknown[] | undefined)?.length) {
		throw invalidInput(
			node,
			itemIndex,
			'Callers',
			'the rule has no condition',
			'Enter callers or called numbers (or "conditions" in Rule Settings).',
		);
	}
	const body: IDataObject = {
		displayName: name,
		enabled,
		conditions,
		...(await actionBody(this, itemIndex, 'v2', chosen)),
		...extra,
	};
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'POST', url: `${v2Url(extensionId)}/interaction-rules`, body },
		voiceInteractionRuleSpecOverrides.callHandlingRules.create,
		itemIndex,
	);
}
