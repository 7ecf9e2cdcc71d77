import { createHash, randomBytes } from 'crypto';
import type { IDataObject, IHookFunctions, IWebhookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { httpStatusOf, nodeError } from '../shared/errors';
import { fetchRecords } from '../shared/paging';
import { ringCentralJson } from '../shared/transport';
import { CUSTOM_EVENT, parseCustomFilters, permissionForFilter, presetOf } from './events';
import { triggerOperations as ops } from './operations';

/** Production webhooks live as long as RingCentral allows (10 years) and are renewed when half of that has passed. */
export const PRODUCTION_LIFETIME_SECONDS = 315_360_000;
/** Subscriptions for n8n's test URL die on their own if n8n never deletes them. */
export const TEST_LIFETIME_SECONDS = 15 * 60;

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
	/** Recently processed deliveries (uuid → delivery time in ms): a repeated uuid is not run twice. */
	recentDeliveries?: IDataObject;
}

interface SubscriptionInfo {
	id: string;
	status?: string;
	expirationTime: string;
	eventFilters?: string[];
	disabledFilters?: Array<{ filter: string; reason?: string; message?: string }>;
	blacklistedData?: { reason?: string; blacklistedAt?: string };
}

type TriggerContext = IHookFunctions | IWebhookFunctions;

export function subscriptionState(ctx: TriggerContext): SubscriptionState {
	return ctx.getWorkflowStaticData('node') as SubscriptionState;
}

function clearState(state: SubscriptionState): void {
	for (const key of ['subscriptionId', 'verificationToken', 'expiresAt', 'lifetimeSeconds', 'signature']) delete state[key];
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

function chosenEvents(ctx: TriggerContext): string[] {
	return ctx.getNodeParameter('events', []) as string[];
}

/** Parameters that decide the filters; a subscription made for other ones is replaced. */
function configuration(ctx: IHookFunctions, address: string): IDataObject {
	const scope = ctx.getNodeParameter('scope', 'user') as string;
	return {
		events: [...chosenEvents(ctx)].sort(),
		scope,
		extensionIds: scope === 'extensions' ? [...(ctx.getNodeParameter('extensionIds', []) as string[])].map(String).sort() : [],
		customFilters: chosenEvents(ctx).includes(CUSTOM_EVENT) ? parseCustomFilters(ctx.getNodeParameter('customFilters', '') as string) : [],
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
const MESSAGE_EXTENSION_TYPES = ['User', 'Department', 'Voicemail', 'FaxUser', 'VirtualUser', 'DigitalUser'];

/** Every enabled extension of the account with a message store (for whole-account message events). */
async function accountExtensionIds(ctx: TriggerContext): Promise<string[]> {
	const records = await fetchRecords(
		ctx,
		{ method: 'GET', url: '/restapi/v1.0/account/~/extension', qs: { status: 'Enabled', type: MESSAGE_EXTENSION_TYPES } },
		ops.listExtensions,
	);
	return records.map((record) => String(record.id));
}

/** The event filters for the chosen events and scope. */
export async function eventFilters(ctx: IHookFunctions): Promise<string[]> {
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
		else if (scope === 'account' && preset.accountFilters) preset.accountFilters.forEach((filter) => filters.add(filter));
		else for (const id of extensions) preset.extensionFilters?.(id).forEach((filter) => filters.add(filter));
	}
	if (events.includes(CUSTOM_EVENT)) {
		parseCustomFilters(ctx.getNodeParameter('customFilters', '') as string).forEach((filter) => filters.add(filter));
	}
	if (!filters.size) {
		throw new NodeOperationError(ctx.getNode(), 'No events chosen', {
			description: 'Choose at least one event in "Events" (or enter filters for "Custom Event Filters").',
		});
	}
	return [...filters];
}

async function deleteSubscription(ctx: TriggerContext, id: string): Promise<void> {
	await ringCentralJson(ctx, { method: 'DELETE', url: `/restapi/v1.0/subscription/${encodeURIComponent(id)}` }, ops.deleteSubscription);
}

/** Deletes a subscription being replaced; failing to is logged, never fatal (it expires or gets blacklisted). */
async function discardSubscription(ctx: IHookFunctions, id: string): Promise<void> {
	try {
		await deleteSubscription(ctx, id);
	} catch (error) {
		if (httpStatusOf(error) === '404') ctx.logger.debug(`RingCentral Trigger: the old subscription ${id} was already gone`);
		else ctx.logger.warn(`RingCentral Trigger: could not delete the old subscription ${id}: ${(error as Error).message}`);
	}
}

/** Discards the subscription and forgets it; answers false so that n8n calls `create`. */
async function replaceSubscription(ctx: IHookFunctions, state: SubscriptionState, id: string): Promise<false> {
	await discardSubscription(ctx, id);
	clearState(state);
	return false;
}

/** Renews and records the new expiry; throws what RingCentral answered. */
async function renewSubscription(ctx: TriggerContext, state: SubscriptionState): Promise<void> {
	const id = state.subscriptionId as string;
	const renewed = await ringCentralJson<SubscriptionInfo>(
		ctx,
		{ method: 'POST', url: `/restapi/v1.0/subscription/${encodeURIComponent(id)}/renew` },
		ops.renewSubscription,
	);
	state.expiresAt = renewed.expirationTime;
}

/** Renews, logging a failure as a warning (`failure` is logged before RingCentral's message); answers the error, if any. */
export async function renewOrWarn(ctx: TriggerContext, state: SubscriptionState, failure: string): Promise<unknown> {
	try {
		await renewSubscription(ctx, state);
		return undefined;
	} catch (error) {
		ctx.logger.warn(`${failure}: ${(error as Error).message}`);
		return error;
	}
}

function webhookUrl(ctx: IHookFunctions): string {
	const url = ctx.getNodeWebhookUrl('default');
	if (!url) throw new NodeOperationError(ctx.getNode(), 'n8n has no webhook URL for this node');
	return url;
}

/**
 * `checkExists`, on every activation and server start: keeps a healthy subscription (renewing it when
 * old), and answers false (so n8n calls `create`) when it is missing, not Active, near expiry or made
 * for another configuration.
 */
export async function checkSubscription(ctx: IHookFunctions): Promise<boolean> {
	const state = subscriptionState(ctx);
	const id = state.subscriptionId;
	if (!id) return false;
	const signature = signatureOf(configuration(ctx, webhookUrl(ctx)));
	if (state.signature !== signature) {
		ctx.logger.info(`RingCentral Trigger: the events or URL changed; replacing subscription ${id}`);
		return replaceSubscription(ctx, state, id);
	}
	let subscription: SubscriptionInfo;
	try {
		subscription = await ringCentralJson<SubscriptionInfo>(ctx, { method: 'GET', url: `/restapi/v1.0/subscription/${encodeURIComponent(id)}` }, ops.readSubscription);
	} catch (error) {
		if (httpStatusOf(error) !== '404') throw nodeError(ctx.getNode(), error);
		ctx.logger.warn(`RingCentral Trigger: subscription ${id} no longer exists (deleted or expired); creating a new one`);
		clearState(state);
		return false;
	}
	if (subscription.status !== 'Active') {
		const reason = subscription.blacklistedData?.reason ? ` (${subscription.blacklistedData.reason})` : '';
		ctx.logger.warn(`RingCentral Trigger: subscription ${id} is ${subscription.status}${reason}; replacing it`);
		return replaceSubscription(ctx, state, id);
	}
	state.expiresAt = subscription.expirationTime;
	const remaining = Date.parse(subscription.expirationTime) - Date.now();
	if (remaining < nearExpiryMs(state.lifetimeSeconds ?? TEST_LIFETIME_SECONDS)) {
		ctx.logger.warn(`RingCentral Trigger: subscription ${id} expires at ${subscription.expirationTime}; replacing it`);
		return replaceSubscription(ctx, state, id);
	}
	if (needsRenewal(state)) {
		const failure = await renewOrWarn(ctx, state, `RingCentral Trigger: renewing subscription ${id} failed`);
		if (httpStatusOf(failure) === '404') {
			clearState(state);
			return false;
		}
	}
	return true;
}

/**
 * `create`: a new subscription with a fresh verification token (generated before the call) and a
 * top-level `expiresIn`. Disabled filters fail the activation, naming each filter and its permission.
 */
export async function createSubscription(ctx: IHookFunctions): Promise<boolean> {
	const state = subscriptionState(ctx);
	const address = webhookUrl(ctx);
	const filters = await eventFilters(ctx);
	const verificationToken = randomBytes(24).toString('base64url');
	clearState(state);
	state.verificationToken = verificationToken;
	// expiresIn belongs at the top level: inside deliveryMode RingCentral ignores it and applies 7 days.
	const expiresIn = isTestWebhook(ctx) ? TEST_LIFETIME_SECONDS : PRODUCTION_LIFETIME_SECONDS;
	const requestedAt = Date.now();
	let subscription: SubscriptionInfo;
	try {
		subscription = await ringCentralJson<SubscriptionInfo>(
			ctx,
			{
				method: 'POST',
				url: '/restapi/v1.0/subscription',
				body: { eventFilters: filters, deliveryMode: { transportType: 'WebHook', address, verificationToken }, expiresIn },
			},
			ops.createSubscription,
		);
	} catch (error) {
		clearState(state);
		throw nodeError(ctx.getNode(), error);
	}
	const disabled = subscription.disabledFilters ?? [];
	if (disabled.length) {
		await discardSubscription(ctx, subscription.id);
		clearState(state);
		const needed = disabled.map((entry) => permissionForFilter(entry.filter, `${entry.reason ?? ''} ${entry.message ?? ''}`));
		const lines = disabled.map((entry, index) => {
			const reason = entry.message ?? entry.reason ?? 'not allowed';
			const permission = needed[index];
			return `${entry.filter}: ${reason}${permission ? ` (needs the "${permission}" permission)` : ''}`;
		});
		const permissions = [...new Set(needed.filter(Boolean))];
		throw new NodeOperationError(ctx.getNode(), `RingCentral disabled ${disabled.length === 1 ? 'an event filter' : `${disabled.length} event filters`}: ${lines.join('; ')}`, {
			description: permissions.length
				? `Add the ${permissions.map((p) => `"${p}"`).join(', ')} permission${permissions.length > 1 ? 's' : ''} to your app in the RingCentral Developer Console and reconnect the credential, or remove the events that need ${permissions.length > 1 ? 'them' : 'it'}.`
				: 'Remove the events RingCentral refused, or connect as a user who may subscribe to them (events of other extensions need an administrator).',
		});
	}
	Object.assign(state, {
		subscriptionId: subscription.id,
		verificationToken,
		expiresAt: subscription.expirationTime,
		lifetimeSeconds: Math.max(1, Math.round((Date.parse(subscription.expirationTime) - requestedAt) / 1000)),
		signature: signatureOf(configuration(ctx, address)),
	});
	return true;
}

/** `delete`: deactivation removes the subscription; one that is already gone counts as deleted. */
export async function removeSubscription(ctx: IHookFunctions): Promise<boolean> {
	const state = subscriptionState(ctx);
	const id = state.subscriptionId;
	if (id) {
		try {
			await deleteSubscription(ctx, id);
		} catch (error) {
			if (httpStatusOf(error) !== '404') {
				ctx.logger.warn(`RingCentral Trigger: deleting subscription ${id} failed: ${(error as Error).message}`);
				return false;
			}
			ctx.logger.debug(`RingCentral Trigger: subscription ${id} was already gone`);
		}
	}
	clearState(state);
	delete state.recentDeliveries;
	return true;
}
