// @ts-check
'use strict';
/**
 * Webhook subscriptions: create (with the validation request over HTTP), read, list, update, renew,
 * delete. Deliveries are sent by notifications.js.
 *
 * RingCentral facts kept here: the app permission "WebhookSubscriptions" is required (the spec does
 * not carry it); `expiresIn` counts only at the top level (inside `deliveryMode` it is ignored and
 * the 7-day default applies); webhooks live up to 315,360,000 s; filters the app may not use come
 * back in `disabledFilters` instead of an error; filters come back with `~` resolved; expired
 * subscriptions are gone (404); renewal extends by the subscription's lifetime.
 */
const crypto = require('crypto');
const { ApiError } = require('../core/http');
const { resolveFilter, classifyFilter } = require('../simulation/notifications');
const { isAdmin } = require('../seed/callLog');

const DEFAULT_TTL = 604800;
const MAX_WEBHOOK_TTL = 315360000;
const PERMISSION = 'WebhookSubscriptions';

/** @param {any} ctx */
function requirePermission(ctx) {
	if (!ctx.auth.permissions.includes(PERMISSION)) {
		throw new ApiError(
			403,
			'CMN-401',
			`In order to call this API endpoint, application needs to have [${PERMISSION}] permission`,
		);
	}
}

/** @param {any} ctx */
function notifier(ctx) {
	return ctx.emu.notifications;
}

/**
 * The caller's subscription of one subscription API (webinar subscriptions are not seen by the other one).
 * @param {any} ctx @param {'rc' | 'webinar'} [api]
 */
function findOwn(ctx, api = 'rc') {
	const sub = notifier(ctx).find(ctx.params.subscriptionId);
	if (
		!sub ||
		(sub._api || 'rc') !== api ||
		sub._owner.clientId !== ctx.auth.clientId ||
		sub._owner.accountId !== ctx.auth.accountId
	) {
		throw new ApiError(404, 'CMN-102', 'Resource for parameter [subscriptionId] is not found', {
			parameterName: 'subscriptionId',
			parameterValue: ctx.params.subscriptionId,
		});
	}
	return sub;
}

/** The public shape (SubscriptionInfo), `expiresIn` = seconds left. @param {any} ctx @param {any} sub */
function out(ctx, sub) {
	const base =
		sub._api === 'webinar'
			? '/webinar/notifications/v1/subscriptions'
			: '/restapi/v1.0/subscription';
	/** @type {Record<string, any>} */
	const body = {};
	for (const [k, v] of Object.entries(sub)) if (!k.startsWith('_')) body[k] = v;
	body.expiresIn = Math.max(1, Math.round((Date.parse(sub.expirationTime) - Date.now()) / 1000));
	body.uri = `${ctx.baseUrl}${base}/${sub.id}`;
	return body;
}

/**
 * Splits requested filters into the ones the subscription gets and `disabledFilters`.
 * @param {any} ctx @param {string[]} filters @param {'rc' | 'webinar'} [api]
 */
function checkFilters(ctx, filters, api = 'rc') {
	const owner = {
		accountId: String(ctx.auth.accountId),
		extensionId: String(ctx.auth.extensionId),
	};
	/** @type {string[]} */
	const enabled = [];
	/** @type {any[]} */
	const disabled = [];
	const admin = isAdmin(ctx.state, owner.extensionId);
	for (const raw of filters) {
		const filter = resolveFilter(raw, owner);
		const kind = classifyFilter(filter, api);
		if (!kind.known)
			throw new ApiError(
				400,
				'CMN-101',
				`Parameter [eventFilters] value is invalid: unknown event filter [${raw}]`,
				{ parameterName: 'eventFilters', parameterValue: raw },
			);
		const account = /\/account\/([^/?]+)/.exec(filter);
		if (account && account[1] !== String(ctx.state.accountId)) {
			disabled.push({
				filter: raw,
				reason: 'AccessDenied',
				message: 'Subscription to another account is not allowed',
			});
			continue;
		}
		const ext = /\/extension\/([^/?]+)/.exec(filter);
		if (ext && !ctx.state.extensions.some((/** @type {any} */ e) => String(e.id) === ext[1])) {
			disabled.push({
				filter: raw,
				reason: 'NotFound',
				message: `Extension [${ext[1]}] is not found`,
			});
			continue;
		}
		if (ext && ext[1] !== owner.extensionId && !admin) {
			disabled.push({
				filter: raw,
				reason: 'AccessDenied',
				message: 'Subscribing to events of another extension requires administrator rights',
			});
			continue;
		}
		if (kind.permission && !ctx.auth.permissions.includes(kind.permission)) {
			disabled.push({
				filter: raw,
				reason: 'PermissionDenied',
				message: `In order to subscribe to this event filter, application needs to have [${kind.permission}] permission`,
			});
			continue;
		}
		if (!enabled.includes(filter)) enabled.push(filter);
	}
	return { enabled, disabled };
}

/** @param {any} body */
function lifetimeOf(body) {
	// Only the top-level expiresIn counts: inside deliveryMode it is silently ignored (the 7-day default applies).
	const requested = Number(body.expiresIn);
	return Number.isFinite(requested) && requested > 0
		? Math.min(Math.floor(requested), MAX_WEBHOOK_TTL)
		: DEFAULT_TTL;
}

/** @type {Record<string, import('./index').Handler>} */
const handlers = {
	createSubscription: async (ctx) => await create(ctx, 'rc'),
	listSubscriptions: (ctx) => list(ctx, 'rc'),
	readSubscription: (ctx) => {
		requirePermission(ctx);
		return { body: out(ctx, findOwn(ctx)) };
	},
	updateSubscription: (ctx) => update(ctx, 'rc'),
	renewSubscription: (ctx) => renew(ctx, 'rc'),
	deleteSubscription: (ctx) => remove(ctx, 'rc'),
};

/**
 * Creates a webhook subscription of one subscription API, after the validation request.
 * @param {any} ctx @param {'rc' | 'webinar'} api
 */
async function create(ctx, api) {
	requirePermission(ctx);
	const body = ctx.body || {};
	const mode = body.deliveryMode || {};
	if (mode.transportType !== 'WebHook') {
		throw new ApiError(
			400,
			'CMN-101',
			'Parameter [deliveryMode.transportType] value is invalid: the emulator supports WebHook only',
			{ parameterName: 'deliveryMode.transportType' },
		);
	}
	if (!/^https?:\/\//i.test(String(mode.address || ''))) {
		throw new ApiError(400, 'CMN-101', 'Parameter [deliveryMode.address] value is invalid', {
			parameterName: 'deliveryMode.address',
		});
	}
	const { enabled, disabled } = checkFilters(ctx, body.eventFilters || [], api);
	const validation = await notifier(ctx).validate(mode.address);
	if (!validation.ok)
		throw new ApiError(400, 'SUB-520', `Validation Token is not returned: ${validation.reason}`);
	const lifetime = lifetimeOf(body);
	const now = Date.now();
	const sub = {
		id: crypto.randomUUID(),
		eventFilters: enabled,
		...(disabled.length ? { disabledFilters: disabled } : {}),
		creationTime: new Date(now).toISOString(),
		expirationTime: new Date(now + lifetime * 1000).toISOString(),
		status: 'Active',
		deliveryMode: { transportType: 'WebHook', address: mode.address, encryption: false },
		_lifetime: lifetime,
		_verificationToken: mode.verificationToken,
		_owner: {
			clientId: ctx.auth.clientId,
			accountId: String(ctx.auth.accountId),
			extensionId: String(ctx.auth.extensionId),
		},
		_failures: 0,
		_api: api,
	};
	notifier(ctx).subscriptions.push(sub);
	// The webinar subscription API answers 201 Created, RingCentral's own 200.
	return { status: api === 'webinar' ? 201 : 200, body: out(ctx, sub) };
}

/** @param {any} ctx @param {'rc' | 'webinar'} api */
function list(ctx, api) {
	requirePermission(ctx);
	notifier(ctx).expire();
	const own = notifier(ctx).subscriptions.filter(
		(/** @type {any} */ s) =>
			(s._api || 'rc') === api &&
			s._owner.clientId === ctx.auth.clientId &&
			s._owner.accountId === String(ctx.auth.accountId),
	);
	return {
		body: {
			uri: `${ctx.baseUrl}${api === 'webinar' ? '/webinar/notifications/v1/subscriptions' : '/restapi/v1.0/subscription'}`,
			records: own.map((/** @type {any} */ s) => out(ctx, s)),
		},
	};
}

/** @param {any} ctx @param {'rc' | 'webinar'} api */
function update(ctx, api) {
	requirePermission(ctx);
	const sub = findOwn(ctx, api);
	const body = ctx.body || {};
	const { enabled, disabled } = checkFilters(ctx, body.eventFilters || [], api);
	sub.eventFilters = enabled;
	if (disabled.length) sub.disabledFilters = disabled;
	else delete sub.disabledFilters;
	if (body.expiresIn !== undefined) sub._lifetime = lifetimeOf(body);
	sub.expirationTime = new Date(Date.now() + sub._lifetime * 1000).toISOString();
	return { body: out(ctx, sub) };
}

/** @param {any} ctx @param {'rc' | 'webinar'} api */
function renew(ctx, api) {
	requirePermission(ctx);
	const sub = findOwn(ctx, api);
	if (sub.status !== 'Active')
		throw new ApiError(
			400,
			'SUB-524',
			`Subscription is ${sub.status} and cannot be renewed; delete it and create a new one`,
		);
	sub.expirationTime = new Date(Date.now() + sub._lifetime * 1000).toISOString();
	return { body: out(ctx, sub) };
}

/** @param {any} ctx @param {'rc' | 'webinar'} api */
function remove(ctx, api) {
	requirePermission(ctx);
	const sub = findOwn(ctx, api);
	const subs = notifier(ctx).subscriptions;
	subs.splice(subs.indexOf(sub), 1);
	return { status: 204 };
}

/**
 * Test helpers on the emulator (`emu.subscriptions`): inspect subscriptions, compress time, break them.
 * @param {import('../simulation/notifications').Notifier} notifications
 */
function subscriptionTools(notifications) {
	const emu = { notifications };
	return {
		/** Every live subscription (internal fields included: `_verificationToken`, `_owner`, `_lifetime`). */
		all: () => {
			emu.notifications.expire();
			return /** @type {any[]} */ (emu.notifications.subscriptions);
		},
		/** @param {string} id */
		get: (id) => emu.notifications.find(id),
		/**
		 * Compressed time: the subscription is `seconds` older (creation and expiry move back); past
		 * its expiry it is gone.
		 * @param {string} id @param {number} seconds
		 */
		age: (id, seconds) => {
			const sub = emu.notifications.find(id);
			if (!sub) return;
			sub.creationTime = new Date(Date.parse(sub.creationTime) - seconds * 1000).toISOString();
			sub.expirationTime = new Date(Date.parse(sub.expirationTime) - seconds * 1000).toISOString();
			emu.notifications.expire();
		},
		/** @param {string} id @param {string} [reason] */
		blacklist: (id, reason = 'Webhook kept failing') => {
			const sub = emu.notifications.find(id);
			if (sub) emu.notifications.blacklist(sub, reason);
		},
		/** @param {string} id @param {string} status e.g. 'Suspended' */
		setStatus: (id, status) => {
			const sub = emu.notifications.find(id);
			if (sub) sub.status = status;
		},
		/** Deleted outside n8n (another app, an admin, RingCentral support). @param {string} id */
		remove: (id) => {
			const subs = emu.notifications.subscriptions;
			const i = subs.findIndex((/** @type {any} */ s) => s.id === id);
			if (i >= 0) subs.splice(i, 1);
		},
	};
}

/**
 * The webinar subscription API (`/webinar/notifications/v1/subscriptions`): the same lifecycle for
 * webinar event filters only, kept apart from RingCentral's own subscriptions.
 * @type {Record<string, import('./index').Handler>}
 */
const webinarHandlers = {
	rcwN11sCreateSubscription: async (ctx) => await create(ctx, 'webinar'),
	rcwN11sListSubscriptions: (ctx) => list(ctx, 'webinar'),
	rcwN11sGetSubscription: (ctx) => {
		requirePermission(ctx);
		return { body: out(ctx, findOwn(ctx, 'webinar')) };
	},
	rcwN11sUpdateSubscription: (ctx) => update(ctx, 'webinar'),
	rcwN11sRenewSubscription: (ctx) => renew(ctx, 'webinar'),
	rcwN11sDeleteSubscription: (ctx) => remove(ctx, 'webinar'),
};

module.exports = {
	handlers: { ...handlers, ...webinarHandlers },
	subscriptionTools,
	PERMISSION,
	MAX_WEBHOOK_TTL,
	DEFAULT_TTL,
};
