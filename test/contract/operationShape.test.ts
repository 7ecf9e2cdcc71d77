/**
 * One shape per hand-built operation: `<op>.operation.ts` exports `description` (its fields, maybe none)
 * and `execute` (one item, or `allItems(...)` for all at once) and nothing else; its resource's
 * index.ts lists the fields in `description` and the operation in `handlers`. Fields, limits and helpers
 * shared by several operations belong in the resource's common.ts (the area's, when resources share them).
 */
import type { INodeProperties } from 'n8n-workflow';

// Plain JavaScript: it lists folders, which the lint rules forbid in .ts files.
import { resourceFolders } from '../support/operationFiles';

type Handler = ((...args: unknown[]) => unknown) & { runs?: string };
interface OperationModule {
	description?: unknown;
	execute?: Handler;
	[name: string]: unknown;
}
interface ResourceIndex {
	description: INodeProperties[];
	handlers?: Record<string, Handler>;
}

const folders = resourceFolders();
const operations = folders.flatMap(({ folder, operations }) =>
	operations.map((operation) => ({ ...operation, path: `${folder}/${operation.file}` })),
);
const load = async <T>(modulePath: string): Promise<T> => (await import(modulePath)) as T;

describe('operation shape', () => {
	it('finds the resources and their operation files', () => {
		expect(folders.length).toBeGreaterThan(20);
		expect(operations.length).toBeGreaterThan(100);
	});

	it.each(operations.map((operation) => [operation.path, operation] as const))(
		'%s exports description and execute, nothing else',
		async (path, { modulePath }) => {
			const operation = await load<OperationModule>(modulePath);
			expect({ path, description: Array.isArray(operation.description) }).toEqual({
				path,
				description: true,
			});
			expect({ path, execute: typeof operation.execute }).toEqual({ path, execute: 'function' });
			// A per-item execute takes the item index; an all-items one is marked with allItems().
			expect([undefined, 'allItems']).toContain(operation.execute!.runs);
			// Nothing else: what other operations need goes in a common.ts, never in one operation file.
			const otherExports = Object.keys(operation)
				.filter((name) => !['description', 'execute', 'default', '__esModule'].includes(name))
				.sort();
			expect({ path, otherExports }).toEqual({ path, otherExports: [] });
		},
	);

	it.each(folders.map((resource) => [resource.folder, resource] as const))(
		'%s registers each operation file once, and nothing without a file',
		async (folder, { indexPath, operations: files }) => {
			const index = await load<ResourceIndex>(indexPath);
			const modules = await Promise.all(
				files.map(async ({ file, modulePath }) => ({
					file,
					operation: await load<OperationModule>(modulePath),
				})),
			);
			const handlers = Object.entries(index.handlers ?? {});
			const withoutFile = handlers
				.filter(([, handler]) => !modules.some(({ operation }) => operation.execute === handler))
				.map(([name]) => name);
			expect({ folder, withoutFile }).toEqual({ folder, withoutFile: [] });
			for (const { file, operation } of modules) {
				const registeredAs = handlers.filter(([, handler]) => handler === operation.execute);
				expect({ file, registered: registeredAs.length }).toEqual({ file, registered: 1 });
				// The operation's own fields are in the node, in the order the index spreads them.
				const fields = (operation.description ?? []) as INodeProperties[];
				const missing = fields.filter((field) => !index.description.includes(field));
				expect({ file, missing: missing.map((field) => field.name) }).toEqual({
					file,
					missing: [],
				});
			}
		},
	);
});
