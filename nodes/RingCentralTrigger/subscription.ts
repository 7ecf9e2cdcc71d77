import { createHash, randomBytes } from 'crypto';
import type { CronExpression, IDataObject, IHookFunctions, ITriggerFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { httpStatusOf, nodeError } from '../shared/errors';
import { fetchRecords } from '../shared/paging';
import { ringCentralJson } from '../shared/transport';
import { CUSTOM_EVENT, parseCustomFilters, permissionForFilter, presetOf } from './events';
import { triggerSpecOverrides as ops } from './specOverrides';

/** Production webhooks live as long as RingCentral allows (10 years) and are renewed when half of that has passed. */
export const PRODUCTION_LIFETIME_SECONDS = 315_360_000;
/** Subscriptions for n8n's test URL die on their own if n8n never deletes them. */
export const TEST_LIFETIME_SECONDS = 15 * 60;
/** How often an active trigger checks its subscription (the hidden `healthCheckInterval` parameter, in seconds). */
export const HEALTH_CHECK_SECONDS = 10 * 60;

/** What the node keeps in its static data about its subscription. */
export interface SubscriptionState extends IDataObject {
	subscriptionId?: string;
	verificationToken?: string;
	/** RingCentral's `expirationTime` as last seen. */
	expiresAt?: string;
	/** The lifetime RingCentral granted, in seconds (renewal extends by it). */
	lifetimeSeconds?: number;
	/** The configuration the subscription was made for (events, scope, filters, URL). */
	signature?: string;
	/** The event filters subscribed to (for the whole account they follow the extension list). */
	filters?: string[];
	/** The webhook URL subscribed (the periodic check, which cannot ask n8n for it, subscribes it again). */
	address?: string;
	/** Recently processed deliveries (uuid → delivery time in ms): a repeated uuid is not run twice. */
	recentDeliveries?: IDataObject;
	/** Subscriptions whose deletion failed: deleted at the next activation (webinar ones as `webinar:<id>`). */
	failedDiscards?: string[];
	/** The subscription on the webinar subscription API, for webinar events (same verification token). */
	webinar?: WebinarSubscriptionState;
	/** When "Voicemail Transcribed" last looked for voicemails whose transcription wait ran out (ms). */
	transcriptionCheckedAt?: number;
}

/** A webinar subscription: its own id, expiry and lifetime. */
export interface WebinarSubscriptionState extends IDataObject {
	subscriptionId: string;
	expiresAt: string;
	lifetimeSeconds: number;
}

/** RingCentral's own subscription API, or the webinar one (`/webinar/notifications/v1/subscriptions`). */
type SubscriptionApi = 'rc' | 'webinar';

const API_BASE: Record<SubscriptionApi, string> = {
	rc: '/restapi/v1.0/subscription',
	webinar: '/webinar/notifications/v1/subscriptions',
};
const WEBINAR_DISCARD = 'webinar:';

interface SubscriptionInfo {
	id: string;
	status?: string;
	expirationTime: string;
	eventFilters?: string[];
	disabledFilters?: Array<{ filter: string; reason?: string; message?: string }>;
	blacklistedData?: { reason?: string; blacklistedAt?: string };
	deliveryMode?: { address?: string };
}

/** The contexts that manage the subscription: n8n's lifecycle hooks, and the periodic health check. */
type ApiContext = IHookFunctions | ITriggerFunctions;

export function subscriptionState(ctx: {
	getWorkflowStaticData: IHookFunctions['getWorkflowStaticData'];
}): SubscriptionState {
	return ctx.getWorkflowStaticData('node') as SubscriptionState;
}

function clearState(state: SubscriptionState): void {
	for (const key of [
		'subscriptionId',
		'verificationToken',
		'expiresAt',
		'lifetimeSeconds',
		'signature',
		'filters',
		'webinar',
	])
		delete state[key];
}

/** n8n registers the test URL ("Listen for test event") with mode and activation "manual". */
function isTestWebhook(ctx: IHookFunctions): boolean {
	return ctx.getMode() === 'manual' || ctx.getActivationMode() === 'manual';
}

/** Within this much of its expiry a subscription is recreated rather than renewed (a renewal could race the expiry). */
function nearExpiryMs(lifetimeSeconds: number): number {
	return Math.min(10 * 60 * 1000, (lifetimeSeconds * 1000) / 10);
}

/** Renew once half of the lifetime has passed. */
export function needsRenewal(state: SubscriptionState, now = Date.now()): boolean {
	if (!state.expiresAt || !state.lifetimeSeconds) return false;
	return Date.parse(state.expiresAt) - now < (state.lifetimeSeconds * 1000) / 2;
}

function chosenEvents(ctx: ApiContext): string[] {
	return ctx.getNodeParameter('events', []) as string[];
}

/** Parameters that decide the filters; a subscription made for other ones is replaced. */
function configuration(ctx: ApiContext, address: string): IDataObject {
	const scope = ctx.getNodeParameter('scope', 'user') as string;
	return {
		events: [...chosenEvents(ctx)].sort(),
		scope,
		extensionIds:
			scope === 'extensions'
				? [...(ctx.getNodeParameter('extensionIds', []) as string[])].map(String).sort()
				: [],
		customFilters: chosenEvents(ctx).includes(CUSTOM_EVENT)
			? parseCustomFilters(ctx.getNodeParameter('customFilters', '') as string)
			: [],
		address,
	};
}

function signatureOf(config: IDataObject): string {
	return createHash('sha256').update(JSON.stringify(config)).digest('hex');
}

/**
 * Extension types with a message store (users, call queues, message-only and fax users): subscribing to
 * the messages of others (IVR menus, park locations...) would come back disabled and fail the activation.
 */
const MESSAGE_EXTENSION_TYPES = [
	'User',
	'Department',
	'Voicemail',
	'FaxUser',
	'VirtualUser',
	'DigitalUser',
];

/** Every enabled extension of the account with a message store (for whole-account message events). */
async function accountExtensionIds(ctx: ApiContext): Promise<string[]> {
	const records = await fetchRecords(
		ctx,
		{
			method: 'GET',
			url: '/restapi/v1.0/account/~/extension',
			qs: { status: 'Enabled', type: MESSAGE_EXTENSION_TYPES },
		},
		ops.listExtensions,
	);
	return records.map((record) => String(record.id));
}

/** The event filters for the chosen events and scope. */
export async function eventFilters(ctx: ApiContext): Promise<string[]> {
	const events = chosenEvents(ctx);
	const scope = ctx.getNodeParameter('scope', 'user') as string;
	const presets = events.map((value) => presetOf(value)).filter((preset) => preset !== undefined);
	let extensions: string[] = ['~'];
	if (scope === 'extensions') {
		extensions = (ctx.getNodeParameter('extensionIds', []) as string[]).map(String);
		if (!extensions.length && presets.some((preset) => preset.extensionFilters)) {
			throw new NodeOperationError(ctx.getNode(), 'No extensions chosen', {
				description: 'Choose at least one extension in "Extensions", or change "Scope".',
			});
		}
	} else if (scope === 'account') {
		const needsList = presets.some((preset) => preset.extensionFilters && !preset.accountFilters);
		extensions = needsList ? await accountExtensionIds(ctx) : [];
	}
	const filters = new Set<string>();
	for (const preset of presets) {
		if (preset.filters) preset.filters.forEach((filter) => filters.add(filter));
		else if (scope === 'account' && preset.accountFilters)
			preset.accountFilters.forEach((filter) => filters.add(filter));
		else
			for (const id of extensions)
				preset.extensionFilters?.(id).forEach((filter) => filters.add(filter));
	}
	if (events.includes(CUSTOM_EVENT)) {
		parseCustomFilters(ctx.getNodeParameter('customFilters', '') as string).forEach((filter) =>
			filters.add(filter),
		);
	}
	if (!filters.size && !webinarEventFilters(ctx).length) {
		throw new NodeOperationError(ctx.getNode(), 'No events chosen', {
			description:
				'Choose at least one event in "Events" (or enter filters for "Custom Event Filters").',
		});
	}
	return [...filters];
}

/** The webinar event filters of the chosen events. */
export function webinarEventFilters(ctx: ApiContext): string[] {
	const filters = new Set<string>();
	for (const value of chosenEvents(ctx))
		presetOf(value)?.webinarFilters?.forEach((filter) => filters.add(filter));
	return [...filters];
}

async function deleteSubscription(
	ctx: ApiContext,
	id: string,
	api: SubscriptionApi = 'rc',
): Promise<void> {
	await ringCentralJson(
		ctx,
		{ method: 'DELETE', url: `${API_BASE[api]}/${encodeURIComponent(id)}` },
		api === 'rc' ? ops.deleteSubscription : ops.deleteWebinarSubscription,
	);
}

/**
 * Deletes a subscription that is no longer wanted. Failing to is logged, never fatal: the id is kept in
 * `failedDiscards` and deleted at the next activation (until then its deliveries are refused).
 */
async function discardSubscription(
	ctx: ApiContext,
	state: SubscriptionState,
	id: string,
	api: SubscriptionApi = 'rc',
): Promise<void> {
	const failed = new Set(state.failedDiscards ?? []);
	const entry = api === 'webinar' ? `${WEBINAR_DISCARD}${id}` : id;
	try {
		await deleteSubscription(ctx, id, api);
		failed.delete(entry);
	} catch (error) {
		if (httpStatusOf(error) === '404') {
			ctx.logger.debug(`RingCentral Trigger: the old subscription ${id} was already gone`);
			failed.delete(entry);
		} else {
			ctx.logger.warn(
				`RingCentral Trigger: could not delete the old subscription ${id} (tried again at the next activation): ${(error as Error).message}`,
			);
			failed.add(entry);
		}
	}
	if (failed.size) state.failedDiscards = [...failed];
	else delete state.failedDiscards;
}

/** Deletes what earlier discards left behind. */
async function retryFailedDiscards(ctx: ApiContext, state: SubscriptionState): Promise<void> {
	for (const entry of state.failedDiscards ?? []) {
		if (entry.startsWith(WEBINAR_DISCARD))
			await discardSubscription(ctx, state, entry.slice(WEBINAR_DISCARD.length), 'webinar');
		else await discardSubscription(ctx, state, entry);
	}
}

/** Discards the webinar subscription, if there is one. */
async function discardWebinar(ctx: ApiContext, state: SubscriptionState): Promise<void> {
	const id = state.webinar?.subscriptionId;
	if (id) await discardSubscription(ctx, state, id, 'webinar');
	delete state.webinar;
}

/**
 * Subscriptions of this app that deliver to this node's webhook URL (unique to the node) but are not its
 * own: one RingCentral made although its creation timed out, or one whose deletion failed. Deleted before
 * a new one is made, so that no event arrives twice or hits a subscription nobody renews.
 */
async function deleteOrphans(
	ctx: ApiContext,
	state: SubscriptionState,
	address: string,
	api: SubscriptionApi = 'rc',
): Promise<void> {
	let records: SubscriptionInfo[];
	try {
		({ records = [] } = await ringCentralJson<{ records?: SubscriptionInfo[] }>(
			ctx,
			{ method: 'GET', url: API_BASE[api] },
			api === 'rc' ? ops.listSubscriptions : ops.listWebinarSubscriptions,
		));
	} catch (error) {
		ctx.logger.warn(
			`RingCentral Trigger: could not list subscriptions to find left-over ones: ${(error as Error).message}`,
		);
		return;
	}
	for (const subscription of records) {
		if (subscription.deliveryMode?.address !== address || subscription.id === state.subscriptionId)
			continue;
		ctx.logger.info(
			`RingCentral Trigger: deleting subscription ${subscription.id}, left over for this webhook URL`,
		);
		await discardSubscription(ctx, state, subscription.id, api);
	}
}

/** Discards the subscriptions and forgets them; answers false so that n8n calls `create`. */
async function replaceSubscription(
	ctx: ApiContext,
	state: SubscriptionState,
	id: string | undefined,
): Promise<false> {
	if (id) await discardSubscription(ctx, state, id);
	await discardWebinar(ctx, state);
	clearState(state);
	return false;
}

/** Renews and records the new expiry; throws what RingCentral answered. */
async function renewSubscription(ctx: ApiContext, state: SubscriptionState): Promise<void> {
	const id = state.subscriptionId as string;
	const renewed = await ringCentralJson<SubscriptionInfo>(
		ctx,
		{ method: 'POST', url: `/restapi/v1.0/subscription/${encodeURIComponent(id)}/renew` },
		ops.renewSubscription,
	);
	state.expiresAt = renewed.expirationTime;
}

/** Renews, logging a failure as a warning (`failure` is logged before RingCentral's message); answers the error, if any. */
export async function renewOrWarn(
	ctx: ApiContext,
	state: SubscriptionState,
	failure: string,
): Promise<unknown> {
	try {
		await renewSubscription(ctx, state);
		return undefined;
	} catch (error) {
		ctx.logger.warn(`${failure}: ${(error as Error).message}`);
		return error;
	}
}

/** The subscription as RingCentral has it; undefined when it is gone (deleted or expired). */
async function readSubscription(
	ctx: ApiContext,
	id: string,
	api: SubscriptionApi = 'rc',
): Promise<SubscriptionInfo | undefined> {
	try {
		return await ringCentralJson<SubscriptionInfo>(
			ctx,
			{ method: 'GET', url: `${API_BASE[api]}/${encodeURIComponent(id)}` },
			api === 'rc' ? ops.readSubscription : ops.readWebinarSubscription,
		);
	} catch (error) {
		if (httpStatusOf(error) === '404') return undefined;
		throw nodeError(ctx.getNode(), error);
	}
}

/** Why the subscription must be replaced (undefined: it is healthy). */
function problemOf(
	subscription: SubscriptionInfo | undefined,
	state: SubscriptionState,
): string | undefined {
	if (!subscription) return 'no longer exists (deleted or expired)';
	if (subscription.status !== 'Active') {
		const reason = subscription.blacklistedData?.reason
			? ` (${subscription.blacklistedData.reason})`
			: '';
		return `is ${subscription.status}${reason}`;
	}
	const remaining = Date.parse(subscription.expirationTime) - Date.now();
	if (remaining < nearExpiryMs(state.lifetimeSeconds ?? TEST_LIFETIME_SECONDS))
		return `expires at ${subscription.expirationTime}`;
	return undefined;
}

/**
 * Keeps the webinar subscription healthy (renewed when half of its lifetime has passed); answers why it
 * must be replaced, if it must. Nothing to do without webinar events.
 */
async function keepWebinarHealthy(
	ctx: ApiContext,
	state: SubscriptionState,
): Promise<string | undefined> {
	const webinar = state.webinar;
	if (!webinarEventFilters(ctx).length) return undefined;
	if (!webinar) return 'is missing';
	const id = webinar.subscriptionId;
	const subscription = await readSubscription(ctx, id, 'webinar');
	const problem = problemOf(subscription, {
		lifetimeSeconds: webinar.lifetimeSeconds,
	} as SubscriptionState);
	if (problem) return problem;
	webinar.expiresAt = (subscription as SubscriptionInfo).expirationTime;
	if (!needsRenewal(webinar)) return undefined;
	try {
		const renewed = await ringCentralJson<SubscriptionInfo>(
			ctx,
			{ method: 'POST', url: `${API_BASE.webinar}/${encodeURIComponent(id)}/renew` },
			ops.renewWebinarSubscription,
		);
		webinar.expiresAt = renewed.expirationTime;
	} catch (error) {
		if (httpStatusOf(error) === '404') return 'no longer exists (deleted or expired)';
		ctx.logger.warn(
			`RingCentral Trigger: renewing webinar subscription ${id} failed (tried again at the next check): ${(error as Error).message}`,
		);
	}
	return undefined;
}

/**
 * The whole account's filters name each extension with a message store: when extensions were added or
 * removed since, the subscription's filters are updated in place (same id and token, so no event is lost).
 */
async function followExtensionList(ctx: ApiContext, state: SubscriptionState): Promise<void> {
	if (ctx.getNodeParameter('scope', 'user') !== 'account' || !state.filters) return;
	const filters = await eventFilters(ctx);
	if ([...filters].sort().join('\n') === [...state.filters].sort().join('\n')) return;
	const id = state.subscriptionId as string;
	const updated = await ringCentralJson<SubscriptionInfo>(
		ctx,
		{
			method: 'PUT',
			url: `/restapi/v1.0/subscription/${encodeURIComponent(id)}`,
			body: { eventFilters: filters },
		},
		ops.updateSubscription,
	);
	ctx.logger.info(
		`RingCentral Trigger: the account's extensions changed; subscription ${id} now has ${filters.length} event filters`,
	);
	for (const entry of updated.disabledFilters ?? [])
		ctx.logger.warn(
			`RingCentral Trigger: RingCentral disabled ${entry.filter}: ${entry.message ?? entry.reason ?? ''}`,
		);
	state.filters = filters;
	state.expiresAt = updated.expirationTime;
}

function webhookUrl(ctx: IHookFunctions): string {
	const url = ctx.getNodeWebhookUrl('default');
	if (!url) throw new NodeOperationError(ctx.getNode(), 'n8n has no webhook URL for this node');
	return url;
}

/**
 * `checkExists`, on activation (and, before n8n 2.41, every server start): keeps a healthy subscription
 * (renewing it when old, following the account's extensions), and answers false (so n8n calls `create`)
 * when it is missing, not Active, near expiry or made for another configuration.
 */
export async function checkSubscription(ctx: IHookFunctions): Promise<boolean> {
	const state = subscriptionState(ctx);
	await retryFailedDiscards(ctx, state);
	const id = state.subscriptionId;
	if (!id && !state.webinar) return false;
	const signature = signatureOf(configuration(ctx, webhookUrl(ctx)));
	if (state.signature !== signature) {
		ctx.logger.info(
			`RingCentral Trigger: the events or URL changed; replacing subscription ${id ?? state.webinar?.subscriptionId}`,
		);
		return await replaceSubscription(ctx, state, id);
	}
	const webinarProblem = await keepWebinarHealthy(ctx, state);
	if (webinarProblem) {
		ctx.logger.warn(
			`RingCentral Trigger: webinar subscription ${state.webinar?.subscriptionId} ${webinarProblem}; replacing the subscriptions`,
		);
		return await replaceSubscription(ctx, state, id);
	}
	if (!id) return true;
	const subscription = await readSubscription(ctx, id);
	const problem = problemOf(subscription, state);
	if (problem) {
		ctx.logger.warn(`RingCentral Trigger: subscription ${id} ${problem}; replacing it`);
		return await replaceSubscription(ctx, state, subscription ? id : undefined);
	}
	state.expiresAt = (subscription as SubscriptionInfo).expirationTime;
	if (needsRenewal(state)) {
		const failure = await renewOrWarn(
			ctx,
			state,
			`RingCentral Trigger: renewing subscription ${id} failed`,
		);
		if (httpStatusOf(failure) === '404') {
			clearState(state);
			return false;
		}
	}
	await followExtensionList(ctx, state);
	return true;
}

/** The cron expression of n8n's scheduler for a check every `seconds` (whole minutes from one minute up). */
export function healthCheckCron(seconds: number): CronExpression {
	if (seconds < 60) return `*/${Math.max(1, Math.round(seconds))} * * * * *`;
	return `0 */${Math.max(1, Math.round(seconds / 60))} * * * *`;
}

/** Renews an old subscription and follows the account's extensions; answers why it must be replaced, if it must. */
async function keepHealthy(
	ctx: ApiContext,
	state: SubscriptionState,
	id: string,
): Promise<string | undefined> {
	const subscription = await readSubscription(ctx, id);
	const problem = problemOf(subscription, state);
	if (problem) return problem;
	state.expiresAt = (subscription as SubscriptionInfo).expirationTime;
	if (needsRenewal(state)) {
		const failure = await renewOrWarn(
			ctx,
			state,
			`RingCentral Trigger: renewing subscription ${id} failed (tried again at the next check)`,
		);
		if (httpStatusOf(failure) === '404') return 'no longer exists (deleted or expired)';
	}
	await followExtensionList(ctx, state);
	return undefined;
}

/**
 * The periodic check while the workflow is active (n8n's scheduler; in queue mode on the leader only).
 * n8n 2.41 and newer call `checkExists` only when a workflow is published, so a subscription blacklisted
 * or deleted later would stay broken. A healthy one is renewed when old and follows the account's
 * extensions; a broken one is replaced here, and the replacement reported with `emitError`: a trigger
 * context cannot save static data, and n8n saves it when it restarts the trigger after that report
 * (2.41: re-registers the trigger and saves; 2.8: re-activates the workflow, whose `checkExists` keeps
 * the new subscription). Failing to reach RingCentral is only logged: the next check tries again.
 */
export async function checkHealth(ctx: ITriggerFunctions): Promise<void> {
	const state = subscriptionState(ctx);
	const { subscriptionId: id, address } = state;
	if (!address) return;
	try {
		let broken = id;
		let replacementOf = () => state.subscriptionId;
		let problem = id || state.webinar ? undefined : 'could not be replaced at the last check';
		if (id) problem = await keepHealthy(ctx, state, id);
		if (!problem && (state.webinar || webinarEventFilters(ctx).length)) {
			broken = state.webinar?.subscriptionId;
			replacementOf = () => state.webinar?.subscriptionId;
			problem = await keepWebinarHealthy(ctx, state);
			if (problem) problem = `(webinar events) ${problem}`;
		}
		if (!problem) return;
		ctx.logger.warn(`RingCentral Trigger: subscription ${broken} ${problem}; replacing it`);
		if (id) await discardSubscription(ctx, state, id);
		await discardWebinar(ctx, state);
		await subscribe(ctx, address, false);
		ctx.emitError(
			new NodeOperationError(
				ctx.getNode(),
				`The RingCentral subscription ${broken} ${problem}; replaced by ${replacementOf()}`,
				{
					description:
						'n8n restarts the trigger and saves the new subscription. Events in between may have been missed.',
				},
			),
		);
	} catch (error) {
		ctx.logger.warn(
			`RingCentral Trigger: checking subscription ${id} failed (tried again at the next check): ${(error as Error).message}`,
		);
	}
}

/**
 * `create`: a new subscription with a fresh verification token (generated before the call) and a
 * top-level `expiresIn`. Disabled filters fail the activation, naming each filter and its permission.
 */
export async function createSubscription(ctx: IHookFunctions): Promise<boolean> {
	return await subscribe(ctx, webhookUrl(ctx), isTestWebhook(ctx));
}

async function subscribe(ctx: ApiContext, address: string, test: boolean): Promise<true> {
	const state = subscriptionState(ctx);
	const filters = await eventFilters(ctx);
	const webinarFilters = webinarEventFilters(ctx);
	clearState(state);
	await retryFailedDiscards(ctx, state);
	const verificationToken = randomBytes(24).toString('base64url');
	state.verificationToken = verificationToken;
	// expiresIn belongs at the top level: inside deliveryMode RingCentral ignores it and applies 7 days.
	const expiresIn = test ? TEST_LIFETIME_SECONDS : PRODUCTION_LIFETIME_SECONDS;
	let webinar: WebinarSubscriptionState | undefined;
	if (webinarFilters.length) {
		await deleteOrphans(ctx, state, address, 'webinar');
		const requestedAt = Date.now();
		let created: SubscriptionInfo;
		try {
			created = await ringCentralJson<SubscriptionInfo>(
				ctx,
				{
					method: 'POST',
					url: API_BASE.webinar,
					body: {
						eventFilters: webinarFilters,
						deliveryMode: { transportType: 'WebHook', address, verificationToken },
						expiresIn,
					},
				},
				ops.createWebinarSubscription,
			);
		} catch (error) {
			clearState(state);
			throw nodeError(ctx.getNode(), error);
		}
		webinar = {
			subscriptionId: created.id,
			expiresAt: created.expirationTime,
			lifetimeSeconds: lifetimeOf(created, requestedAt),
		};
		state.webinar = webinar;
		if (created.disabledFilters?.length)
			await refuseDisabled(ctx, state, created.disabledFilters, () => discardWebinar(ctx, state));
	}
	if (!filters.length) {
		Object.assign(state, {
			verificationToken,
			signature: signatureOf(configuration(ctx, address)),
			address,
			webinar,
		});
		return true;
	}
	await deleteOrphans(ctx, state, address);
	const requestedAt = Date.now();
	let subscription: SubscriptionInfo;
	try {
		subscription = await ringCentralJson<SubscriptionInfo>(
			ctx,
			{
				method: 'POST',
				url: '/restapi/v1.0/subscription',
				body: {
					eventFilters: filters,
					deliveryMode: { transportType: 'WebHook', address, verificationToken },
					expiresIn,
				},
			},
			ops.createSubscription,
		);
	} catch (error) {
		await discardWebinar(ctx, state);
		clearState(state);
		throw nodeError(ctx.getNode(), error);
	}
	const disabled = subscription.disabledFilters ?? [];
	if (disabled.length) {
		await refuseDisabled(ctx, state, disabled, async () => {
			await discardSubscription(ctx, state, subscription.id);
			await discardWebinar(ctx, state);
		});
	}
	Object.assign(state, {
		subscriptionId: subscription.id,
		verificationToken,
		expiresAt: subscription.expirationTime,
		lifetimeSeconds: lifetimeOf(subscription, requestedAt),
		signature: signatureOf(configuration(ctx, address)),
		filters,
		address,
		webinar,
	});
	return true;
}

/** The lifetime RingCentral granted, from the expiry it answered. */
function lifetimeOf(subscription: SubscriptionInfo, requestedAt: number): number {
	return Math.max(1, Math.round((Date.parse(subscription.expirationTime) - requestedAt) / 1000));
}

/** Disabled filters fail the activation, naming each filter and its permission (after `discard`). */
async function refuseDisabled(
	ctx: ApiContext,
	state: SubscriptionState,
	disabled: NonNullable<SubscriptionInfo['disabledFilters']>,
	discard: () => Promise<void>,
): Promise<never> {
	await discard();
	clearState(state);
	const needed = disabled.map((entry) =>
		permissionForFilter(entry.filter, `${entry.reason ?? ''} ${entry.message ?? ''}`),
	);
	const lines = disabled.map((entry, index) => {
		const reason = entry.message ?? entry.reason ?? 'not allowed';
		const permission = needed[index];
		return `${entry.filter}: ${reason}${permission ? ` (needs the "${permission}" permission)` : ''}`;
	});
	const permissions = [...new Set(needed.filter(Boolean))];
	throw new NodeOperationError(
		ctx.getNode(),
		`RingCentral disabled ${disabled.length === 1 ? 'an event filter' : `${disabled.length} event filters`}: ${lines.join('; ')}`,
		{
			description: permissions.length
				? `Add the ${permissions.map((p) => `"${p}"`).join(', ')} permission${permissions.length > 1 ? 's' : ''} to your app in the RingCentral Developer Console and reconnect the credential, or remove the events that need ${permissions.length > 1 ? 'them' : 'it'}.`
				: 'Remove the events RingCentral refused, or connect as a user who may subscribe to them (events of other extensions need an administrator).',
		},
	);
}

/** `delete`: deactivation removes the subscription; one that is already gone counts as deleted. */
export async function removeSubscription(ctx: IHookFunctions): Promise<boolean> {
	const state = subscriptionState(ctx);
	await retryFailedDiscards(ctx, state);
	const id = state.subscriptionId;
	const webinarId = state.webinar?.subscriptionId;
	if (webinarId) {
		try {
			await deleteSubscription(ctx, webinarId, 'webinar');
		} catch (error) {
			if (httpStatusOf(error) !== '404') {
				ctx.logger.warn(
					`RingCentral Trigger: deleting webinar subscription ${webinarId} failed: ${(error as Error).message}`,
				);
				return false;
			}
		}
		delete state.webinar;
	}
	if (id) {
		try {
			await deleteSubscription(ctx, id);
		} catch (error) {
			if (httpStatusOf(error) !== '404') {
				ctx.logger.warn(
					`RingCentral Trigger: deleting subscription ${id} failed: ${(error as Error).message}`,
				);
				return false;
			}
			ctx.logger.debug(`RingCentral Trigger: subscription ${id} was already gone`);
		}
	}
	clearState(state);
	delete state.address;
	delete state.recentDeliveries;
	delete state.transcriptionCheckedAt;
	return true;
}
