import type { OperationMetaTable } from '../shared/routing';

/** Spec facts for each hand-written Address Book operation (`x-throttling-group`, `x-app-permission`); a test checks them against the spec. */
export const addressBookOperations: OperationMetaTable = {
	externalContacts: {
		create: { operationId: 'createContact', throttlingGroup: 'Heavy', appPermission: 'Contacts' },
		get: { operationId: 'readContact', throttlingGroup: 'Heavy', appPermission: 'ReadContacts' },
		// PATCH: only the fields given change (PUT would clear every field not sent).
		update: { operationId: 'patchContact', throttlingGroup: 'Heavy', appPermission: 'Contacts' },
		delete: { operationId: 'deleteContact', throttlingGroup: 'Heavy', appPermission: 'Contacts', emptyResponse: { deleted: true } },
		getAll: {
			operationId: 'listContacts',
			throttlingGroup: 'Heavy',
			appPermission: 'ReadContacts',
			list: { recordsKey: 'records', paging: 'page', maxPageSize: 1000 },
		},
		search: {
			operationId: 'listContacts',
			throttlingGroup: 'Heavy',
			appPermission: 'ReadContacts',
			list: { recordsKey: 'records', paging: 'page', maxPageSize: 1000 },
		},
	},
	internalContacts: {
		get: { operationId: 'readDirectoryEntry', throttlingGroup: 'Medium', appPermission: 'ReadAccounts' },
		getAll: {
			operationId: 'listDirectoryEntries',
			throttlingGroup: 'Medium',
			appPermission: 'ReadAccounts',
			list: { recordsKey: 'records', paging: 'page', pageParam: 'page', maxPageSize: 2000 },
		},
		// Pages through `page`/`perPage` in the request body (see resources/directory/search.operation.ts).
		search: { operationId: 'searchDirectoryEntries', throttlingGroup: 'Heavy', appPermission: 'ReadAccounts' },
	},
};
