import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { invalidInput, normalizePhoneNumber } from '../../../shared/validation';
import { voiceInteractionRuleOperations, voiceOperations } from '../../operations';
import { forwardTo, jsonObjectOf, numbersOf, ruleJsonHint } from './rules';
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
		displayName: 'Forward To',
		name: 'forwardTo',
		type: 'string',
		default: '',
		placeholder: '+16505550188',
		description: 'Forward matching calls to this number at once; leave empty to describe the action in "Rule Settings (JSON)"',
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

export const description = updateDisplayOptions({ show: { resource: ['callHandlingRules'], operation: ['create'] } }, properties);

/** A custom rule for particular callers or called numbers, in whichever call handling the account has. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const name = String(this.getNodeParameter('name', itemIndex, '') ?? '').trim();
	if (!name) throw invalidInput(node, itemIndex, 'Name', 'no name given', 'Name the rule, e.g. "VIP callers".');
	const callers = numbersOf(this, itemIndex, 'Callers', this.getNodeParameter('callers', itemIndex, ''));
	const calledNumbers = numbersOf(this, itemIndex, 'Called Numbers', this.getNodeParameter('calledNumbers', itemIndex, ''));
	const forwardValue = String(this.getNodeParameter('forwardTo', itemIndex, '') ?? '').trim();
	const forwardNumber = forwardValue ? normalizePhoneNumber(forwardValue) : undefined;
	if (forwardValue && !forwardNumber) throw invalidInput(node, itemIndex, 'Forward To', `"${forwardValue}" is not a phone number`, 'Use the E.164 format, e.g. +16505550188.');
	const enabled = this.getNodeParameter('enabled', itemIndex, true) as boolean;
	const { settings } = this.getNodeParameter('additionalFields', itemIndex, {}) as { settings?: unknown };
	const extra = jsonObjectOf(this, itemIndex, 'Rule Settings (JSON)', settings);
	const { extensionId, version } = await callHandlingTarget(this, itemIndex);

	if (version === 'v1') {
		if (!callers.length && !calledNumbers.length && !extra.schedule) {
			throw invalidInput(node, itemIndex, 'Callers', 'the rule has no condition', 'Enter callers or called numbers (or a "schedule" in Rule Settings).');
		}
		const body = {
			type: 'Custom',
			name,
			enabled,
			...(callers.length ? { callers: callers.map((callerId) => ({ callerId })) } : {}),
			...(calledNumbers.length ? { calledNumbers: calledNumbers.map((phoneNumber) => ({ phoneNumber })) } : {}),
			...(forwardNumber ? forwardTo('v1', forwardNumber) : {}),
			...extra,
		};
		return await ringCentralJson<IDataObject>(this, { method: 'POST', url: v1Url(extensionId), body }, voiceOperations.callHandlingRules.create, itemIndex);
	}
	const conditions = callers.length || calledNumbers.length ? [{ type: 'Interaction', from: callers.map((phoneNumber) => ({ phoneNumber, name: phoneNumber })), to: calledNumbers }] : [];
	const body: IDataObject = { displayName: name, enabled, conditions, ...(forwardNumber ? forwardTo('v2', forwardNumber) : {}), ...extra };
	if (!body.dispatching) {
		throw invalidInput(node, itemIndex, 'Forward To', 'the rule does nothing with the calls', `Enter a number in "Forward To", or a "dispatching" in Rule Settings (JSON): ${ruleJsonHint('v2')}.`);
	}
	if (!(body.conditions as unknown[]).length) {
		throw invalidInput(node, itemIndex, 'Callers', 'the rule has no condition', 'Enter callers or called numbers (or "conditions" in Rule Settings).');
	}
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'POST', url: `${v2Url(extensionId)}/interaction-rules`, body },
		voiceInteractionRuleOperations.callHandlingRules.create,
		itemIndex,
	);
}
