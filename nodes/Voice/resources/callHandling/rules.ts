import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { jsonParse, NodeOperationError } from 'n8n-workflow';

import { invalidInput, normalizePhoneNumber, splitList } from '../../../shared/validation';
import type { CallHandlingVersion } from './version';
import { STATE_IDS } from './version';

export const ruleIdProperty: INodeProperties = {
	displayName: 'Rule ID',
	name: 'ruleId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'business-hours-rule',
	description:
		'The rule ID. The business-hours and after-hours rules are "business-hours-rule" and "after-hours-rule" (answering rules) or "work-hours" and "after-hours" (new call handling); either name works with both.',
};

export function ruleIdOf(ctx: IExecuteFunctions, itemIndex: number): string {
	const id = String(ctx.getNodeParameter('ruleId', itemIndex, '') ?? '').trim();
	if (!/^[A-Za-z0-9-]+$/.test(id)) {
		throw invalidInput(ctx.getNode(), itemIndex, 'Rule ID', id ? `"${id}" is not a rule ID` : 'no ID given', 'Use the "id" of a rule from Call Handling Rule → Get Many.');
	}
	return id;
}

export const isStateRule = (id: string) => STATE_IDS.includes(id);

/** Phone numbers of a comma-separated field, in E.164. */
export function numbersOf(ctx: IExecuteFunctions, itemIndex: number, field: string, value: unknown): string[] {
	return splitList(value).map((text) => {
		const number = normalizePhoneNumber(text);
		if (!number) throw invalidInput(ctx.getNode(), itemIndex, field, `"${text}" is not a phone number`, 'Use the E.164 format, e.g. +16505550100, separated by commas.');
		return number;
	});
}

/** A JSON object field (the rule's other settings, as RingCentral names them for the version). */
export function jsonObjectOf(ctx: IExecuteFunctions, itemIndex: number, field: string, value: unknown): IDataObject {
	if (value === undefined || value === null || value === '') return {};
	let parsed: unknown = value;
	if (typeof value === 'string') {
		try {
			parsed = jsonParse(value);
		} catch (error) {
			throw invalidInput(ctx.getNode(), itemIndex, field, 'not valid JSON', `${(error as Error).message}. Enter a JSON object, e.g. {"screening": "Always"}.`);
		}
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalidInput(ctx.getNode(), itemIndex, field, 'not a JSON object', 'Enter a JSON object, e.g. {"screening": "Always"}.');
	return parsed as IDataObject;
}

/** What a rule does with the call, in the shape of the version: forward it to a phone number. */
export function forwardTo(version: CallHandlingVersion, phoneNumber: string): IDataObject {
	if (version === 'v1') return { callHandlingAction: 'UnconditionalForwarding', unconditionalForwarding: { phoneNumber } };
	return {
		dispatching: {
			type: 'Terminate',
			actions: [{ type: 'TerminatingAction', targets: [{ type: 'PhoneNumberTerminatingTarget', destination: { phoneNumber }, dispatchingType: 'Terminating' }] }],
		},
	};
}

export const ruleJsonHint = (version: CallHandlingVersion) =>
	version === 'v1'
		? 'Answering-rule fields, e.g. {"callHandlingAction": "TakeMessagesOnly"} or {"schedule": {"ref": "AfterHours"}}'
		: 'Interaction-rule fields, e.g. {"dispatching": {...}} or {"conditions": [...]}';

export function stateRuleError(ctx: IExecuteFunctions, itemIndex: number, ruleId: string, what: string): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), `Rule ID: "${ruleId}" is the rule of a state; ${what} (item ${itemIndex})`, {
		itemIndex,
		description:
			'In the new call handling the work-hours, after-hours and do-not-disturb rules belong to states: only what they do with calls (dispatching) can change. Turn states on or off with the State resource (Update Comm Handling State).',
	});
}
