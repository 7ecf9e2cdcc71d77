import type { OperationMetaTable } from '../shared/routing';

/** The hand-written Address Book operations: the operationId each calls (spec facts: shared/generated/operationFacts.ts) and overrides. */
export const addressBookSpecOverrides = {
	externalContacts: {
		create: { operationId: 'createContact' },
		get: { operationId: 'readContact' },
		// PATCH: only the fields given change (PUT would clear every field not sent).
		update: { operationId: 'patchContact' },
		delete: { operationId: 'deleteContact', emptyResponse: { deleted: true } },
		getAll: { operationId: 'listContacts' },
		search: { operationId: 'listContacts' },
	},
	internalContacts: {
		get: { operationId: 'readDirectoryEntry' },
		getAll: { operationId: 'listDirectoryEntries' },
		// Pages through `page`/`perPage` in the request body (see resources/directory/search.operation.ts).
		search: { operationId: 'searchDirectoryEntries' },
	},
} satisfies OperationMetaTable;
