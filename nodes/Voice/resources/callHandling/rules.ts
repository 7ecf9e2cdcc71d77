import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { jsonParse, NodeOperationError } from 'n8n-workflow';

import { oncePerRun } from '../../../shared/perRun';
import { ringCentralJson } from '../../../shared/transport';
import {
	ID_SHAPES,
	invalidInput,
	requireId,
	normalizePhoneNumber,
	splitList,
} from '../../../shared/validation';
import { greetingsResource } from '../../generated/greetings';
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
	return requireId(
		ctx.getNode(),
		itemIndex,
		'Rule ID',
		ctx.getNodeParameter('ruleId', itemIndex, ''),
		ID_SHAPES.name,
		'Use the "id" of a rule from Call Handling Rule → Get Many.',
	);
}

export const isStateRule = (id: string) => STATE_IDS.includes(id);

/** Phone numbers of a comma-separated field, in E.164. */
export function numbersOf(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): string[] {
	return splitList(value).map((text) => {
		const number = normalizePhoneNumber(text);
		if (!number)
			throw invalidInput(
				ctx.getNode(),
				itemIndex,
				field,
				`"${text}" is not a phone number`,
				'Use the E.164 format, e.g. +16505550100, separated by commas.',
			);
		return number;
	});
}

/** A JSON object field (the rule's other settings, as RingCentral names them for the version). */
export function jsonObjectOf(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): IDataObject {
	if (value === undefined || value === null || value === '') return {};
	let parsed: unknown = value;
	if (typeof value === 'string') {
		try {
			parsed = jsonParse(value);
		} catch (error) {
			throw invalidInput(
				ctx.getNode(),
				itemIndex,
				field,
				'not valid JSON',
				`${(error as Error).message}. Enter a JSON object, e.g. {"screening": "Always"}.`,
			);
		}
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
		throw invalidInput(
			ctx.getNode(),
			itemIndex,
			field,
			'not a JSON object',
			'Enter a JSON object, e.g. {"screening": "Always"}.',
		);
	return parsed as IDataObject;
}

/** What a rule does with the calls it catches: the structured choices, or `json` (described in Rule Settings (JSON)). */
export type RuleAction = 'forward' | 'voicemail' | 'announcement' | 'json';

/** A chosen action, checked; `undefined`: the action is described in Rule Settings (JSON). */
export type ChosenAction =
	| { action: 'forward'; phoneNumber: string }
	| { action: 'voicemail' | 'announcement' }
	| undefined;

export const actionOptions: INodePropertyOptions[] = [
	{
		name: 'Described in Rule Settings (JSON)',
		value: 'json',
		description: 'Say what the rule does in "Rule Settings (JSON)", in RingCentral\'s terms',
	},
	{
		name: 'Forward To',
		value: 'forward',
		description: 'Forward the calls at once to a phone number',
	},
	{
		name: 'Play Announcement and Hang Up',
		value: 'announcement',
		description: "Play RingCentral's standard announcement, then end the call",
	},
	{
		name: 'Send to Voicemail',
		value: 'voicemail',
		description: "Send the calls straight to the user's voicemail",
	},
];

/**
 * The action of the parameters: `action` (absent in workflows made before it existed) and `forwardTo`.
 * Without an action a number in Forward To forwards, and an empty one leaves the action to Rule Settings (JSON), as
 * before. `strict` (Update): Forward To chosen needs a number, and a number needs Forward To.
 */
export function chosenAction(
	ctx: IExecuteFunctions,
	itemIndex: number,
	action: RuleAction | undefined,
	forwardValue: unknown,
	strict = false,
): ChosenAction {
	const value = String(forwardValue ?? '').trim();
	if (action && action !== 'forward') {
		if (strict && value)
			throw invalidInput(
				ctx.getNode(),
				itemIndex,
				'Forward To',
				'only used with the "Forward To" action',
				'Remove "Forward To", or choose "Forward To" as the action.',
			);
		return action === 'json' ? undefined : { action };
	}
	if (!value) {
		if (strict && action === 'forward')
			throw invalidInput(
				ctx.getNode(),
				itemIndex,
				'Forward To',
				'no number given',
				'Enter the number to forward the calls to, e.g. +16505550188.',
			);
		return undefined;
	}
	const phoneNumber = normalizePhoneNumber(value);
	if (!phoneNumber)
		throw invalidInput(
			ctx.getNode(),
			itemIndex,
			'Forward To',
			`"${value}" is not a phone number`,
			'Use the E.164 format, e.g. +16505550188.',
		);
	return { action: 'forward', phoneNumber };
}

/** The new call handling's Terminate dispatching with the given targets and the target it uses. */
const terminate = (targets: IDataObject[], terminatingTargetType?: string): IDataObject => ({
	dispatching: {
		type: 'Terminate',
		actions: [
			{
				type: 'TerminatingAction',
				targets,
				...(terminatingTargetType
					? { ringingTargetType: 'VoiceMailTerminatingTarget', terminatingTargetType }
					: {}),
			},
		],
	},
});

/** A terminating target's prompt: a standard (preset) greeting. */
const presetPrompt = (greetingId: string) => ({
	greeting: { effectiveGreetingType: 'Preset', preset: { id: greetingId } },
});

/** The user's own voicemail, with the standard voicemail greeting (CommVoiceMailTerminatingTargetRequest). */
const voicemailTarget = (greetingId: string): IDataObject => ({
	type: 'VoiceMailTerminatingTarget',
	prompt: presetPrompt(greetingId),
});

/** What a rule does with the call, in the shape of the version: forward it to a phone number. */
export function forwardTo(version: CallHandlingVersion, phoneNumber: string): IDataObject {
	if (version === 'v1')
		return {
			callHandlingAction: 'UnconditionalForwarding',
			unconditionalForwarding: { phoneNumber },
		};
	return terminate([
		{
			type: 'PhoneNumberTerminatingTarget',
			destination: { phoneNumber },
			dispatchingType: 'Terminating',
		},
	]);
}

/**
 * Send the calls to the user's voicemail. v1: `TakeMessagesOnly`. v2: a Terminate dispatching whose target is the
 * voicemail (its prompt, required by the spec, is the standard voicemail greeting `voicemailGreetingId`).
 */
function sendToVoicemail(version: CallHandlingVersion, voicemailGreetingId = ''): IDataObject {
	if (version === 'v1') return { callHandlingAction: 'TakeMessagesOnly' };
	return terminate([voicemailTarget(voicemailGreetingId)], 'VoiceMailTerminatingTarget');
}

/**
 * Play an announcement and hang up. v1: `PlayAnnouncementOnly`. v2: a Terminate dispatching to an announcement target
 * (a standard announcement greeting); the voicemail target goes with it, as RingCentral requires of every rule.
 */
function playAnnouncement(
	version: CallHandlingVersion,
	greetings: { voicemail?: string; announcement?: string } = {},
): IDataObject {
	if (version === 'v1') return { callHandlingAction: 'PlayAnnouncementOnly' };
	return terminate(
		[
			voicemailTarget(greetings.voicemail ?? ''),
			{
				type: 'PlayAnnouncementTerminatingTarget',
				prompt: presetPrompt(greetings.announcement ?? ''),
				dispatchingType: 'Terminating',
			},
		],
		'PlayAnnouncementTerminatingTarget',
	);
}

/** The ID of RingCentral's standard (preset) greeting of a type for users' rules: the "Default" one, or the first. */
async function standardGreetingId(
	ctx: IExecuteFunctions,
	itemIndex: number,
	type: 'Voicemail' | 'Announcement',
): Promise<string> {
	// Once per run and type.
	const found = await oncePerRun(ctx, `standardGreeting:${type}`, async () => {
		const body = await ringCentralJson<{ records?: IDataObject[] }>(
			ctx,
			{
				method: 'GET',
				url: '/restapi/v1.0/dictionary/greeting',
				qs: { type, usageType: 'UserExtensionAnsweringRule' },
			},
			greetingsResource.meta.listStandardGreetings,
			itemIndex,
		);
		const records = (body.records ?? []).filter(
			(record) => record.id !== undefined && record.category !== 'None',
		);
		const chosen = records.find((record) => record.name === 'Default') ?? records[0];
		return chosen ? String(chosen.id) : undefined;
	});
	if (!found) {
		throw invalidInput(
			ctx.getNode(),
			itemIndex,
			'Action',
			`RingCentral lists no standard ${type.toLowerCase()} greeting for users`,
			`Choose the action "Described in Rule Settings (JSON)" and give the "dispatching": ${ruleJsonHint('v2')}.`,
		);
	}
	return found;
}

/** The request fields of a chosen action for the version (v2 looks up the standard greetings its targets need). */
export async function actionBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	version: CallHandlingVersion,
	chosen: ChosenAction,
): Promise<IDataObject> {
	if (!chosen) return {};
	if (chosen.action === 'forward') return forwardTo(version, chosen.phoneNumber);
	if (version === 'v1')
		return chosen.action === 'voicemail' ? sendToVoicemail('v1') : playAnnouncement('v1');
	const voicemail = await standardGreetingId(ctx, itemIndex, 'Voicemail');
	if (chosen.action === 'voicemail') return sendToVoicemail('v2', voicemail);
	return playAnnouncement('v2', {
		voicemail,
		announcement: await standardGreetingId(ctx, itemIndex, 'Announcement'),
	});
}

export const ruleJsonHint = (version: CallHandlingVersion) =>
	version === 'v1'
		? 'Answering-rule fields, e.g. {"callHandlingAction": "TakeMessagesOnly"} or {"schedule": {"ref": "AfterHours"}}'
		: 'Interaction-rule fields, e.g. {"dispatching": {...}} or {"conditions": [...]}';

export function stateRuleError(
	ctx: IExecuteFunctions,
	itemIndex: number,
	ruleId: string,
	what: string,
): NodeOperationError {
	return invalidInput(
		ctx.getNode(),
		itemIndex,
		'Rule ID',
		`"${ruleId}" is the rule of a state; ${what}`,
		'In the new call handling the work-hours, after-hours and do-not-disturb rules belong to states: only what they do with calls (dispatching) can change. Turn states on or off with the State resource (Update Comm Handling State).',
	);
}
