// @ts-check
'use strict';
/**
 * Call handling of users, in both of RingCentral's generations: answering rules (v1.0
 * `/answering-rule`) and the new call handling (v2 `/comm-handling/voice/state-rules` and
 * `/interaction-rules`). An account uses one of them: `state.callHandling.newCallHandling` (false by
 * default) decides, the extension features (`NewCallHandlingAndForwarding`, param `isNewBackendAvailable`)
 * say which, and the other generation's endpoints answer 403 CMN-112, as on an upgraded account. The standard
 * greetings (`/dictionary/greeting`) give the preset prompts of voicemail and announcement targets.
 */
const crypto = require('crypto');
const { ApiError, paginate, list, first } = require('../core/http');

/** @param {any} state */
function callHandlingOf(state) {
	if (!state.callHandling)
		state.callHandling = {
			newCallHandling: false,
			answeringRules: {},
			interactionRules: {},
			stateRules: {},
		};
	return state.callHandling;
}

/**
 * Standard greetings (`/dictionary/greeting`) for users' rules, with the preset IDs RingCentral's call handling
 * guide uses: the voicemail and announcement presets are the prompts of the v2 terminating targets.
 */
const VOICEMAIL_GREETING = '590080';
const STANDARD_GREETINGS = [
	{ id: '66048', name: 'Default', type: 'Introductory', category: 'Message' },
	{ id: '68867', name: 'Default', type: 'ConnectingMessage', category: 'Message' },
	{ id: '66310', name: 'Acoustic', type: 'ConnectingAudio', category: 'Music' },
	{ id: VOICEMAIL_GREETING, name: 'Default', type: 'Voicemail', category: 'Message' },
	{ id: '66816', name: 'Default', type: 'Announcement', category: 'Message' },
].map((greeting) => ({ ...greeting, usageType: 'UserExtensionAnsweringRule' }));

/** @param {any} ctx */
const api = (ctx) =>
	`${ctx.baseUrl}/restapi/v1.0/account/${ctx.state.accountId}/extension/${ctx.extensionId}`;

/** v1 answering rules of an extension: business hours, after hours and one custom rule. @param {any} ctx */
function answeringRulesOf(ctx) {
	const store = callHandlingOf(ctx.state).answeringRules;
	if (!store[ctx.extensionId]) {
		/** @param {any} rule */
		const withUri = (rule) => ({ uri: `${api(ctx)}/answering-rule/${rule.id}`, ...rule });
		store[ctx.extensionId] = [
			withUri({
				id: 'business-hours-rule',
				type: 'BusinessHours',
				enabled: true,
				callHandlingAction: 'ForwardCalls',
				screening: 'Off',
				schedule: { ref: 'BusinessHours' },
			}),
			withUri({
				id: 'after-hours-rule',
				type: 'AfterHours',
				enabled: true,
				callHandlingAction: 'TakeMessagesOnly',
				screening: 'Off',
				schedule: { ref: 'AfterHours' },
			}),
			withUri({
				id: `${ctx.extensionId}0001`,
				type: 'Custom',
				name: 'VIP callers',
				enabled: true,
				callers: [{ callerId: '+14155550111', name: 'Jane Customer' }],
				callHandlingAction: 'UnconditionalForwarding',
				unconditionalForwarding: { phoneNumber: '+14155550188' },
				screening: 'Off',
			}),
		];
	}
	return /** @type {any[]} */ (store[ctx.extensionId]);
}

/** v2 interaction (custom) rules of an extension. @param {any} ctx */
function interactionRulesOf(ctx) {
	const store = callHandlingOf(ctx.state).interactionRules;
	if (!store[ctx.extensionId]) {
		store[ctx.extensionId] = [
			{
				id: `${ctx.extensionId}00001`,
				displayName: 'VIP callers',
				enabled: true,
				conditions: [
					{
						type: 'Interaction',
						from: [{ phoneNumber: '+14155550111', name: 'Jane Customer' }],
						to: [],
					},
				],
				dispatching: {
					type: 'Terminate',
					actions: [
						{
							type: 'TerminatingAction',
							targets: [
								{
									type: 'PhoneNumberTerminatingTarget',
									destination: { phoneNumber: '+14155550188' },
									dispatchingType: 'Terminating',
								},
							],
						},
					],
				},
			},
		];
	}
	return /** @type {any[]} */ (store[ctx.extensionId]);
}

/** v2 state-based rules: one per state (work hours, after hours, do not disturb). @param {any} ctx */
function stateRulesOf(ctx) {
	const store = callHandlingOf(ctx.state).stateRules;
	if (!store[ctx.extensionId]) {
		const ring = {
			type: 'RingGroupAction',
			enabled: true,
			duration: 20,
			targets: [{ type: 'AllDesktopRingTarget' }],
		};
		const voicemail = {
			type: 'TerminatingAction',
			targets: [
				{
					type: 'VoiceMailTerminatingTarget',
					name: 'Voicemail',
					extension: { id: ctx.extensionId },
					prompt: {
						greeting: { effectiveGreetingType: 'Preset', preset: { id: VOICEMAIL_GREETING } },
					},
				},
			],
		};
		/** @param {string} id @param {string} displayName @param {any[]} actions @param {string} type */
		const rule = (id, displayName, actions, type) => ({
			id,
			displayName,
			dispatching: { type, actions },
			state: {
				id,
				displayName,
				enabled: id !== 'dnd',
				conditions:
					id === 'dnd'
						? []
						: [{ type: 'Schedule', schedule: { triggers: [{ triggerType: 'Weekly' }] } }],
			},
		});
		store[ctx.extensionId] = [
			rule('work-hours', 'Work hours', [ring, voicemail], 'RingAtOnce'),
			rule('after-hours', 'After hours', [voicemail], 'Terminate'),
			rule('dnd', 'Do not disturb', [voicemail], 'Terminate'),
		];
	}
	return /** @type {any[]} */ (store[ctx.extensionId]);
}

/**
 * A dispatching as RingCentral returns it: terminating targets have a name (CommTerminatingTargetResource), and the
 * voicemail target names the extension whose voicemail it is (the rule's own unless given).
 * @param {any} dispatching @param {string} extensionId
 */
function storedDispatching(dispatching, extensionId) {
	/** @type {Record<string, string>} */
	const names = {
		VoiceMailTerminatingTarget: 'Voicemail',
		PlayAnnouncementTerminatingTarget: 'PlayAnnouncement',
	};
	/** @param {any} target */
	const stored = (target) => ({
		...(names[target.type] ? { name: names[target.type] } : {}),
		...(target.type === 'VoiceMailTerminatingTarget' ? { extension: { id: extensionId } } : {}),
		...target,
	});
	return {
		...dispatching,
		actions: (dispatching.actions || []).map((/** @type {any} */ action) =>
			action.type === 'TerminatingAction'
				? { ...action, targets: (action.targets || []).map(stored) }
				: action,
		),
	};
}

/** @param {any} ctx @param {boolean} v2 */
function requireGeneration(ctx, v2) {
	const isNew = callHandlingOf(ctx.state).newCallHandling;
	if (isNew !== v2) {
		throw new ApiError(
			403,
			'CMN-112',
			v2
				? 'Feature [NewCallHandlingAndForwarding] is not available: the account uses answering rules (v1.0 answering-rule API)'
				: 'Answering rules are not available: the account was upgraded to the new call handling (v2 comm-handling API)',
		);
	}
}

/** @param {any[]} rules @param {string} id @param {string} name */
function findRule(rules, id, name = 'ruleId') {
	const rule = rules.find((r) => r.id === id);
	if (!rule)
		throw new ApiError(404, 'CMN-102', `Resource for parameter [${name}] is not found`, {
			parameterName: name,
			parameterValue: id,
		});
	return rule;
}

/** Deep merge of a patch into a rule (arrays and scalars replace). @param {any} target @param {any} patch */
function merge(target, patch) {
	for (const [key, value] of Object.entries(patch || {})) {
		if (
			value &&
			typeof value === 'object' &&
			!Array.isArray(value) &&
			target[key] &&
			typeof target[key] === 'object' &&
			!Array.isArray(target[key])
		)
			merge(target[key], value);
		else target[key] = value;
	}
	return target;
}

/** @type {Record<string, import('./index').Handler>} */
const handlers = {
	readExtensionFeatures: (ctx) => {
		const wanted = list(ctx.query.featureId);
		const isNew = callHandlingOf(ctx.state).newCallHandling;
		const records = [
			{
				id: 'NewCallHandlingAndForwarding',
				available: true,
				params: [{ name: 'isNewBackendAvailable', value: String(isNew) }],
			},
			{ id: 'RingOut', available: true },
			{ id: 'CallPark', available: true },
			{ id: 'SMS', available: true },
			{ id: 'Fax', available: true },
		];
		const availableOnly = first(ctx.query.availableOnly) === 'true';
		return {
			body: {
				records: records.filter(
					(f) => (!wanted.length || wanted.includes(f.id)) && (!availableOnly || f.available),
				),
			},
		};
	},

	listStandardGreetings: (ctx) => {
		const types = list(ctx.query.type);
		const usageTypes = list(ctx.query.usageType);
		const greetings = STANDARD_GREETINGS.filter(
			(g) =>
				(!types.length || types.includes(g.type)) &&
				(!usageTypes.length || usageTypes.includes(g.usageType)),
		);
		return {
			body: paginate(
				ctx,
				greetings.map((g) => ({
					uri: `${ctx.baseUrl}/restapi/v1.0/dictionary/greeting/${g.id}`,
					...g,
				})),
			),
		};
	},

	listAnsweringRules: (ctx) => {
		requireGeneration(ctx, false);
		const types = list(ctx.query.type);
		const enabledOnly = first(ctx.query.enabledOnly) === 'true';
		const rules = answeringRulesOf(ctx).filter(
			(r) => (!types.length || types.includes(r.type)) && (!enabledOnly || r.enabled),
		);
		const detailed = first(ctx.query.view) === 'Detailed';
		return {
			body: paginate(
				ctx,
				detailed
					? rules
					: rules.map(({ uri, id, type, name, enabled, callHandlingAction }) => ({
							uri,
							id,
							type,
							name,
							enabled,
							callHandlingAction,
						})),
			),
		};
	},
	readAnsweringRule: (ctx) => {
		requireGeneration(ctx, false);
		return { body: findRule(answeringRulesOf(ctx), ctx.params.ruleId) };
	},
	createAnsweringRule: (ctx) => {
		requireGeneration(ctx, false);
		const body = ctx.body || {};
		if (body.type !== 'Custom')
			throw new ApiError(
				400,
				'CMN-101',
				'Parameter [type] value is invalid: only Custom rules can be created',
				{ parameterName: 'type', parameterValue: String(body.type) },
			);
		if (!(body.callers || []).length && !(body.calledNumbers || []).length && !body.schedule) {
			throw new ApiError(
				400,
				'CMN-101',
				'A custom rule needs at least one condition: callers, calledNumbers or schedule',
				{ parameterName: 'callers' },
			);
		}
		const id = String(crypto.randomInt(1e8, 1e9));
		const rule = {
			uri: `${api(ctx)}/answering-rule/${id}`,
			id,
			enabled: true,
			screening: 'Off',
			...body,
		};
		answeringRulesOf(ctx).push(rule);
		return { body: rule };
	},
	updateAnsweringRule: (ctx) => {
		requireGeneration(ctx, false);
		const rule = findRule(answeringRulesOf(ctx), ctx.params.ruleId);
		const { id, type, ...changes } = ctx.body || {};
		merge(rule, changes);
		return { body: rule };
	},
	deleteAnsweringRule: (ctx) => {
		requireGeneration(ctx, false);
		const rules = answeringRulesOf(ctx);
		const rule = findRule(rules, ctx.params.ruleId);
		if (rule.type !== 'Custom')
			throw new ApiError(400, 'CMN-101', 'Business hours and after hours rules cannot be deleted', {
				parameterName: 'ruleId',
				parameterValue: rule.id,
			});
		rules.splice(rules.indexOf(rule), 1);
		return { status: 204 };
	},

	listVoiceStateBasedRules: (ctx) => {
		requireGeneration(ctx, true);
		return {
			body: {
				records: stateRulesOf(ctx),
				paging: { page: 1, perPage: 100, totalPages: 1, totalElements: stateRulesOf(ctx).length },
			},
		};
	},
	readVoiceStateBasedRule: (ctx) => {
		requireGeneration(ctx, true);
		return { body: findRule(stateRulesOf(ctx), ctx.params.stateId, 'stateId') };
	},
	updateVoiceStateBasedRule: (ctx) => {
		requireGeneration(ctx, true);
		const rule = findRule(stateRulesOf(ctx), ctx.params.stateId, 'stateId');
		if (ctx.body && ctx.body.dispatching)
			rule.dispatching = storedDispatching(ctx.body.dispatching, ctx.extensionId);
		return { body: rule };
	},
	listVoiceInteractionRules: (ctx) => {
		requireGeneration(ctx, true);
		const enabled = first(ctx.query.enabled);
		const rules = interactionRulesOf(ctx).filter(
			(r) => enabled === undefined || String(r.enabled) === enabled,
		);
		const perPage = Number(first(ctx.query.perPage) || 100);
		const page = Number(first(ctx.query.page) || 1);
		const totalPages = Math.max(1, Math.ceil(rules.length / perPage));
		return {
			body: {
				records: rules.slice((page - 1) * perPage, page * perPage),
				paging: { page, perPage, totalPages, totalElements: rules.length },
			},
		};
	},
	readVoiceInteractionRule: (ctx) => {
		requireGeneration(ctx, true);
		return { body: findRule(interactionRulesOf(ctx), ctx.params.ruleId) };
	},
	createVoiceInteractionRule: (ctx) => {
		requireGeneration(ctx, true);
		const rule = { id: String(crypto.randomInt(1e10, 1e11)), ...ctx.body };
		if (rule.dispatching) rule.dispatching = storedDispatching(rule.dispatching, ctx.extensionId);
		interactionRulesOf(ctx).push(rule);
		return { status: 201, body: rule };
	},
	updateVoiceInteractionRule: (ctx) => {
		requireGeneration(ctx, true);
		const rule = findRule(interactionRulesOf(ctx), ctx.params.ruleId);
		const { id, ...changes } = ctx.body || {};
		Object.assign(rule, changes);
		if (changes.dispatching)
			rule.dispatching = storedDispatching(changes.dispatching, ctx.extensionId);
		return { body: rule };
	},
	deleteVoiceInteractionRule: (ctx) => {
		requireGeneration(ctx, true);
		const rules = interactionRulesOf(ctx);
		rules.splice(rules.indexOf(findRule(rules, ctx.params.ruleId)), 1);
		return { status: 204 };
	},
};

module.exports = { handlers, callHandlingOf };
