import type { OperationMetaTable } from '../shared/routing';

/** The hand-written Account operations: the operationId each calls (spec facts: shared/generated/operationFacts.ts). */
export const accountSpecOverrides = {
	extension: {
		get: { operationId: 'readExtension' },
		// listExtensions belongs to the spec's "Provisioning" area; reading extensions is what Account users look for.
		getAll: { operationId: 'listExtensions' },
	},
	phoneNumbers: {
		// A user's numbers (with their features); the company's numbers: `accountAlsoCalls`.
		getAll: { operationId: 'listExtensionPhoneNumbers' },
	},
	company: {
		get: { operationId: 'readAccountInfo' },
	},
	presence: {
		get: { operationId: 'readUserPresenceStatus' },
		getAll: { operationId: 'readAccountPresence' },
		update: { operationId: 'updateUserPresenceStatus' },
		getCallQueue: { operationId: 'readCallQueuePresence' },
		updateCallQueue: { operationId: 'updateCallQueuePresence' },
	},
} satisfies OperationMetaTable;

/** Endpoints hand-written operations call besides their own (so they are not generated again either). */
export const accountAlsoCalls = {
	phoneNumbers: {
		getAll: { operationId: 'listAccountPhoneNumbers' },
	},
} satisfies OperationMetaTable;

/**
 * Company Get's "Include Business Address" reads this too; not a table entry, so the generated
 * "Get Account Business Address" operation stays.
 */
export const businessAddressMeta = { operationId: 'readAccountBusinessAddress' as const };
