import type { OperationMeta } from '../shared/types';

/**
 * The calls the trigger makes (spec facts: shared/generated/operationFacts.ts; the app permission of
 * subscriptions, which the spec omits, comes from scripts/config.js) and their overrides.
 */
export const triggerSpecOverrides = {
	createSubscription: { operationId: 'createSubscription' },
	readSubscription: { operationId: 'readSubscription' },
	listSubscriptions: { operationId: 'listSubscriptions' },
	// Setting the same filters twice does no harm.
	updateSubscription: { operationId: 'updateSubscription', idempotent: true },
	// Renewing twice does no harm, so a renewal that timed out may be repeated.
	renewSubscription: { operationId: 'renewSubscription', idempotent: true },
	deleteSubscription: { operationId: 'deleteSubscription', idempotent: true },
	listExtensions: { operationId: 'listExtensions' },
	readMessage: { operationId: 'readMessage' },
	readMessageContent: { operationId: 'readMessageContent' },
	listMessages: { operationId: 'listMessages' },
	readRecordingInsights: { operationId: 'getRecordingInsights' },
	// Webinar events have their own subscription API, with the same lifecycle.
	createWebinarSubscription: {
		operationId: 'rcwN11sCreateSubscription',
		appPermission: 'WebhookSubscriptions',
	},
	readWebinarSubscription: { operationId: 'rcwN11sGetSubscription' },
	listWebinarSubscriptions: { operationId: 'rcwN11sListSubscriptions' },
	renewWebinarSubscription: { operationId: 'rcwN11sRenewSubscription', idempotent: true },
	deleteWebinarSubscription: { operationId: 'rcwN11sDeleteSubscription', idempotent: true },
} satisfies Record<string, OperationMeta>;
