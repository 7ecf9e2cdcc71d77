/**
 * No ID escapes its path segment: for every operation with an ID in its path, generated and hand-written,
 * hostile IDs (`..`, `/`, `?`, `#`, percent-encoded dots, empty) are either refused with a
 * NodeOperationError before any request, or every request the emulator sees is the operation's own.
 */
import fc from 'fast-check';
import type { INodeProperties, INodeType } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { operationMetaTable } from '../../nodes/shared/generatedNode';
import { operationCases } from '../contract/cases';
import { GENERATED_NODES } from '../contract/nodes';
import { runNode } from '../harness';
import { useEmulator } from '../support/ringcentral';

const ATTACKS = [
	'',
	'.',
	'..',
	'../../../../subscription/1#',
	'12345/../67890',
	'a/b',
	'a?b=1',
	'a#b',
	'%2e%2e',
	'.%2E',
	'~/..',
	'a\\..\\b',
];
const hostile = fc.oneof(
	fc.constantFrom(...ATTACKS),
	fc
		.array(fc.constantFrom('.', '..', '/', '?', '#', '%', '%2e', '~', 'a', '1', ' ', '\\'), {
			maxLength: 6,
		})
		.map((parts) => parts.join('')),
	// A leading "=" would make n8n read the value as an expression.
	fc.string({ maxLength: 12 }).filter((text) => !text.startsWith('=')),
);
/** The connected user's own extension (read by some operations on the way): no ID of the test in it. */
const OWN_EXTENSION = '/restapi/v1.0/account/~/extension/~';

interface Target {
	name: string;
	nodeType: INodeType;
	parameters: Record<string, unknown>;
	/** The parameter that gets the hostile ID, and how its value is written (resource locators). */
	field: string;
	wrap: (id: string) => unknown;
	/** Whether the requests of a run stayed the operation's own (`requests`: what the emulator saw). */
	ownRequests: (requests: Array<{ operationId?: string; path: string }>, id: string) => boolean;
	generated?: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Generated operations: exactly one request, on the spec's path template, the ID whole in its segment. */
function generatedTargets(): Target[] {
	return GENERATED_NODES.flatMap(({ nodeType, resources }) =>
		operationCases(nodeType.description, operationMetaTable(resources)).flatMap((c) =>
			Object.entries(c.pathParameters).map(([field, specName]) => ({
				name: `${nodeType.description.name} ${c.resource}.${c.operation} ${field}`,
				nodeType,
				parameters: c.parameters,
				field,
				wrap: (id: string) => id,
				generated: c.operationId,
				ownRequests: (requests, id) => {
					const segment = (name: string) => {
						if (name !== specName) return '[^/]+';
						const encoded = encodeURIComponent(id);
						// `|| "~"` of account and extension IDs; comma lists of message IDs.
						return id === ''
							? '~'
							: `(?:${escape(encoded)}|${escape(encoded.replace(/%2C/g, ','))})`;
					};
					const template = new RegExp(
						`^${c.path
							.split(/\{([^}]+)\}/)
							.map((part, i) => (i % 2 ? segment(part) : escape(part)))
							.join('')}$`,
					);
					return requests.every(
						(r) =>
							r.path === OWN_EXTENSION ||
							(r.operationId === c.operationId && template.test(r.path)),
					);
				},
			})),
		),
	);
}

const ORDINARY_ID = '12345';
const wrapFor = (p: INodeProperties) => (id: string) =>
	p.type === 'resourceLocator' ? { __rl: true, mode: 'id', value: id } : id;

function idFields(
	properties: INodeProperties[],
	resource: string,
	operation: string,
): INodeProperties[] {
	return properties.filter((p) => {
		const show = p.displayOptions?.show;
		const shown =
			(show?.resource as string[] | undefined)?.includes(resource) &&
			(show?.operation as string[] | undefined)?.includes(operation);
		return shown && (/Id$/.test(p.name) || p.type === 'resourceLocator') && p.name !== 'from';
	});
}

/**
 * Hand-written operations: every ID field (a resource locator or a field named "...Id"). Their requests may
 * only be operations that the same operation sends with an ordinary ID (lookups included).
 */
function handWrittenTargets(allowed: Map<string, Set<string>>): Target[] {
	return GENERATED_NODES.flatMap(({ nodeType, resources }) => {
		const generated = new Set(
			resources.flatMap((r) => Object.keys(r.meta).map((operation) => `${r.value}.${operation}`)),
		);
		const properties = nodeType.description.properties;
		return properties
			.filter((p) => p.name === 'operation')
			.flatMap((selector) => {
				const resource = String((selector.displayOptions?.show?.resource ?? [])[0]);
				return ((selector.options ?? []) as Array<{ value: string }>)
					.filter((option) => !generated.has(`${resource}.${option.value}`))
					.flatMap(({ value: operation }) =>
						idFields(properties, resource, operation).map((p, _i, fields) => {
							const name = `${nodeType.description.name} ${resource}.${operation} ${p.name}`;
							// The other ID fields get an ordinary ID.
							const others = Object.fromEntries(
								fields
									.filter((other) => other !== p)
									.map((other) => [other.name, wrapFor(other)(ORDINARY_ID)]),
							);
							return {
								name,
								nodeType,
								parameters: { resource, operation, ...others },
								field: p.name,
								wrap: wrapFor(p),
								ownRequests: (requests: Array<{ operationId?: string; path: string }>) =>
									requests.every(
										(r) =>
											r.path === OWN_EXTENSION ||
											(r.operationId !== undefined && allowed.get(name)?.has(r.operationId)),
									),
							};
						}),
					);
			});
	});
}

describe('IDs stay in their path segment', () => {
	const rc = useEmulator();

	it('every operation with an ID in its path: hostile IDs are refused, or stay inside the operation', async () => {
		const allowed = new Map<string, Set<string>>();
		const candidates = [...generatedTargets(), ...handWrittenTargets(allowed)];

		const run = async (target: Target, id: string) => {
			if (target.generated) rc.emu.handlers[target.generated] = () => undefined; // the spec's mock answers
			const before = rc.emu.requests.length;
			const result = await runNode({
				nodeType: target.nodeType,
				parameters: {
					authentication: 'jwt',
					...target.parameters,
					[target.field]: target.wrap(id),
				},
				credentials: rc.credentials,
				items: [{ json: {} }],
			}).catch((error: Error) => {
				// An empty required field: n8n refuses to run the workflow at all.
				if (error.name === 'WorkflowHasIssuesError')
					return {
						error: new NodeOperationError(target.nodeType.description as never, error.message),
					};
				throw error;
			});
			if (target.generated) delete rc.emu.handlers[target.generated];
			// IDs that stay in their segment may still break the spec's ID patterns: RingCentral answers those with 400.
			rc.emu.violations.length = 0;
			return {
				error: result.error,
				requests: rc.emu.requests.slice(before) as Array<{ operationId?: string; path: string }>,
			};
		};
		// What each hand-written operation sends with an ordinary ID, or none (`~`, own party...); those that
		// need more than IDs to run are left out.
		const targets: Target[] = [];
		for (const target of candidates) {
			if (!target.generated) {
				const ordinary = [await run(target, ORDINARY_ID), await run(target, '')];
				if (ordinary[0].error?.message.includes('has issues')) continue;
				allowed.set(
					target.name,
					new Set(
						ordinary
							.flatMap((o) => o.requests.map((r) => r.operationId))
							.filter((id): id is string => id !== undefined),
					),
				);
			}
			targets.push(target);
		}
		expect(targets.filter((t) => t.generated).length).toBeGreaterThan(300);
		expect(targets.filter((t) => !t.generated).length).toBeGreaterThan(80);

		const failures: string[] = [];
		const check = async (target: Target, id: string) => {
			const { error, requests } = await run(target, id);
			if (error && !(error instanceof NodeOperationError || error instanceof NodeApiError))
				failures.push(`${target.name} ${JSON.stringify(id)}: ${String(error)}`);
			else if (error instanceof NodeOperationError && requests.length > 0)
				failures.push(
					`${target.name} ${JSON.stringify(id)}: refused after ${requests.length} requests`,
				);
			else if (!target.ownRequests(requests, id))
				failures.push(
					`${target.name} ${JSON.stringify(id)}: sent ${requests.map((r) => `${r.operationId} ${r.path}`).join(', ')}`,
				);
		};
		// Every target meets one of the classic attacks; fast-check adds random ones.
		for (const [i, target] of targets.entries()) await check(target, ATTACKS[i % ATTACKS.length]);
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...targets), hostile, async (target, id) => {
				await check(target, id);
			}),
			{ numRuns: 300 },
		);
		expect(failures.slice(0, 20)).toEqual([]);
		expect(rc.emu.errors).toEqual([]);
	}, 240_000);
});
