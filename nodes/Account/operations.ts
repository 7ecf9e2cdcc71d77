import type { OperationMetaTable } from '../shared/routing';

const EXTENSION_LIST = { recordsKey: 'records', paging: 'page', maxPageSize: 1000 } as const;

/** Spec facts for each hand-written Account operation (`x-throttling-group`, `x-app-permission`); a test checks them against the spec. */
export const accountOperations: OperationMetaTable = {
	extension: {
		get: { operationId: 'readExtension', throttlingGroup: 'Light', appPermission: 'ReadAccounts' },
		// listExtensions belongs to the spec's "Provisioning" area; reading extensions is what Account users look for.
		getAll: { operationId: 'listExtensions', throttlingGroup: 'Medium', appPermission: 'ReadAccounts', list: EXTENSION_LIST },
	},
	phoneNumbers: {
		// A user's numbers (with their features); the company's numbers: `accountAlsoCalls`.
		getAll: { operationId: 'listExtensionPhoneNumbers', throttlingGroup: 'Light', appPermission: 'ReadAccounts', list: EXTENSION_LIST },
	},
	company: {
		get: { operationId: 'readAccountInfo', throttlingGroup: 'Light', appPermission: 'ReadAccounts' },
	},
	presence: {
		get: { operationId: 'readUserPresenceStatus', throttlingGroup: 'Light', appPermission: 'ReadPresence' },
		getAll: {
			operationId: 'readAccountPresence',
			throttlingGroup: 'Heavy',
			appPermission: 'ReadPresence',
			list: { recordsKey: 'records', paging: 'page', maxPageSize: 1000 },
		},
		update: { operationId: 'updateUserPresenceStatus', throttlingGroup: 'Medium', appPermission: 'EditPresence' },
		getCallQueue: { operationId: 'readCallQueuePresence', throttlingGroup: 'Light', appPermission: 'ReadPresence' },
		updateCallQueue: { operationId: 'updateCallQueuePresence', throttlingGroup: 'Medium', appPermission: 'EditPresence' },
	},
};

/** Endpoints hand-written operations call besides their own (so they are not generated again either). */
export const accountAlsoCalls: OperationMetaTable = {
	phoneNumbers: {
		getAll: { operationId: 'listAccountPhoneNumbers', throttlingGroup: 'Heavy', appPermission: 'ReadAccounts', list: EXTENSION_LIST },
	},
};

/**
 * Company Get's "Include Business Address" reads this too; not a table entry, so the generated
 * "Get Account Business Address" operation stays.
 */
export const businessAddressMeta = { operationId: 'readAccountBusinessAddress', throttlingGroup: 'Light' as const, appPermission: 'ReadAccounts' };
