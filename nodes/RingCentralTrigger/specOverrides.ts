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
} satisfies Record<string, OperationMeta>;
