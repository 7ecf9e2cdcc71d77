import { operationFacts } from './generated/operationFacts';
import type { ListMeta, OperationFacts, OperationMeta } from './types';

/** Every operationId of the spec outside OAuth. */
export type OperationId = keyof typeof operationFacts;

/** The operations the spec describes as pageable lists. */
export type ListOperationId = {
	[Id in OperationId]: (typeof operationFacts)[Id] extends { list: ListMeta } ? Id : never;
}[OperationId];

/** What `fetchRecords` can page: a list of the spec, or an operation whose own meta says how it pages. */
export type ListOperation = OperationMeta & ({ operationId: ListOperationId } | { list: ListMeta });

/** An operation's meta with the spec's facts in: a list's shape is complete. */
export type SpecOperationMeta = Omit<OperationMeta, 'list'> & { list?: ListMeta };

/** The spec's facts of an operation with the fields its meta gives on top (the overrides; `list` field by field). */
export function withSpecFacts(meta: OperationMeta): SpecOperationMeta {
	const facts: OperationFacts | undefined = meta.operationId
		? operationFacts[meta.operationId]
		: undefined;
	const list = facts?.list ? { ...facts.list, ...meta.list } : meta.list;
	// Without the spec's list facts, a `list` given is the whole shape (ListOperation requires it).
	return { ...facts, ...meta, list: list as ListMeta | undefined };
}
