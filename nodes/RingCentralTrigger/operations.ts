import type { OperationMeta } from '../shared/types';

/**
 * Spec facts of the calls the trigger makes (`x-throttling-group`; a test checks them against the spec).
 * The spec names no app permission for subscriptions; RingCentral requires "WebhookSubscriptions".
 */
export const triggerOperations = {
	createSubscription: { operationId: 'createSubscription', throttlingGroup: 'Medium', appPermission: 'WebhookSubscriptions' },
	readSubscription: { operationId: 'readSubscription', throttlingGroup: 'Light', appPermission: 'WebhookSubscriptions' },
	listSubscriptions: { operationId: 'listSubscriptions', throttlingGroup: 'Light', appPermission: 'WebhookSubscriptions' },
	// Setting the same filters twice does no harm.
	updateSubscription: { operationId: 'updateSubscription', throttlingGroup: 'Medium', appPermission: 'WebhookSubscriptions', idempotent: true },
	// Renewing twice does no harm, so a renewal that timed out may be repeated.
	renewSubscription: { operationId: 'renewSubscription', throttlingGroup: 'Light', appPermission: 'WebhookSubscriptions', idempotent: true },
	deleteSubscription: { operationId: 'deleteSubscription', throttlingGroup: 'Medium', appPermission: 'WebhookSubscriptions', idempotent: true },
	listExtensions: {
		operationId: 'listExtensions',
		throttlingGroup: 'Medium',
		appPermission: 'ReadAccounts',
		list: { recordsKey: 'records', paging: 'page', maxPageSize: 1000 },
	},
	readMessage: { operationId: 'readMessage', throttlingGroup: 'Light', appPermission: 'ReadMessages' },
	readMessageContent: { operationId: 'readMessageContent', throttlingGroup: 'Medium', appPermission: 'ReadMessages' },
} satisfies Record<string, OperationMeta>;
