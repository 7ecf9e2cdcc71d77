/**
 * The generated operations and how they merge with hand-written ones: up to date with the generator,
 * no operation twice, hand-written operationIds still in the spec, n8n naming conventions.
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { GENERATED_NODES } from '../contract/nodes';

// Plain JavaScript (they read files): the generator, the reader of every node's specOverrides.ts and the spec reader.
import { sync } from '../../scripts/generate';
import { loadHandWritten } from '../../scripts/lib/handwritten';
import { loadSpec } from '../../scripts/lib/spec';

/** The operationIds of every hand-written operation of every node (nodes/<Area>/specOverrides.ts). */
const handWrittenIds = () => loadHandWritten().map((h) => h.operationId);

describe('generated operations', () => {
	it('are what `npm run generate` writes (CI runs generate:check too)', () => {
		expect(sync({ write: false }).problems).toEqual([]);
	});

	it('keep hand-written operationIds in the spec, and never generate them again', () => {
		const spec = new Set(loadSpec().operations.map((op) => op.operationId));
		const handWritten = handWrittenIds();
		for (const id of handWritten)
			expect({ id, inSpec: spec.has(id) }).toEqual({ id, inSpec: true });
		const generated = GENERATED_NODES.flatMap(({ resources }) =>
			resources.flatMap((r) => Object.values(r.meta).map((m) => m.operationId)),
		);
		expect(generated.filter((id) => handWritten.includes(id as string))).toEqual([]);
	});

	it('cover every operation of the spec once, except deprecated and OAuth ones', () => {
		const generated = GENERATED_NODES.flatMap(({ resources }) =>
			resources.flatMap((r) => Object.values(r.meta).map((m) => m.operationId as string)),
		);
		const handWritten = new Set(handWrittenIds());
		expect(new Set(generated).size).toBe(generated.length);
		const expected = loadSpec()
			.operations.filter((op) => !op.deprecated && op.area !== 'Authentication')
			.map((op) => op.operationId)
			.filter((id) => !handWritten.has(id))
			.sort();
		expect([...generated].sort()).toEqual(expected);
	});

	it.each(GENERATED_NODES.map((entry) => [entry.nodeType.description.displayName, entry] as const))(
		'%s: one Operation selector per resource, unique sorted names and values, defaults that exist',
		(_name, { nodeType }) => {
			const properties = nodeType.description.properties as INodeProperties[];
			const resource = properties.find((p) => p.name === 'resource') as INodeProperties;
			const resources = (resource.options as INodePropertyOptions[]).map((o) => String(o.value));
			expect(resources).toContain(resource.default);
			expect(new Set(resources).size).toBe(resources.length);
			for (const value of resources) {
				const selectors = properties.filter(
					(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(value),
				);
				expect({ value, selectors: selectors.length }).toEqual({ value, selectors: 1 });
				const options = selectors[0].options as INodePropertyOptions[];
				const names = options.map((o) => o.name);
				expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
				expect(new Set(names).size).toBe(names.length);
				expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
				expect(options.map((o) => o.value)).toContain(selectors[0].default);
				for (const option of options) {
					expect(option.action).toBeTruthy();
					if (option.name === 'Get Many') expect(option.action).toMatch(/^Get many /);
				}
			}
		},
	);

	it.each(GENERATED_NODES.map((entry) => [entry.nodeType.description.displayName, entry] as const))(
		'%s: every field is shown for operations that exist, lists have Return All and Limit',
		(_name, { nodeType, resources }) => {
			const properties = nodeType.description.properties as INodeProperties[];
			const known = new Map<string, Set<string>>();
			for (const p of properties.filter((x) => x.name === 'operation')) {
				for (const r of p.displayOptions?.show?.resource ?? [])
					known.set(
						String(r),
						new Set((p.options as INodePropertyOptions[]).map((o) => String(o.value))),
					);
			}
			for (const p of properties) {
				const show = p.displayOptions?.show;
				if (!show?.operation) continue;
				for (const r of show.resource ?? [])
					for (const o of show.operation)
						expect({
							field: p.name,
							op: `${r}.${o}`,
							known: known.get(String(r))?.has(String(o)),
						}).toEqual({ field: p.name, op: `${r}.${o}`, known: true });
			}
			for (const resource of resources) {
				for (const [operation, meta] of Object.entries(resource.meta)) {
					const shown = properties
						.filter(
							(p) =>
								p.displayOptions?.show?.resource?.includes(resource.value) &&
								p.displayOptions?.show?.operation?.includes(operation),
						)
						.map((p) => p.name);
					if (meta.list)
						expect({
							operation,
							paging: shown.filter((n) => n === 'returnAll' || n === 'limit'),
						}).toEqual({ operation, paging: ['returnAll', 'limit'] });
					if (meta.emptyResponse) expect(meta.emptyResponse).toEqual({ deleted: true });
				}
			}
		},
	);
});
