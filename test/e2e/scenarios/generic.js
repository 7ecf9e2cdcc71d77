// @ts-check
'use strict';
/**
 * Every action node package.json lists, discovered (not named here): a workflow per node that runs
 * read operations needing no input (each resource's first "Get Many"/"Get" whose required
 * parameters all have defaults), up to OPERATIONS_PER_NODE per node, as parallel branches.
 * Checks: the execution succeeds, every branch produced output, and every request n8n sent
 * matched RingCentral's OpenAPI spec and was answered 2xx.
 */
const assert = require('node:assert/strict');
const { manualWorkflow, rcNode, itemsOf, idFor } = require('../lib/workflows');
const { operationsOf, isShown } = require('../../../scripts/lib/discover');

const OPERATIONS_PER_NODE = 2;

/** @param {any} p */
function hasUsableDefault(p) {
	if (p.type === 'resourceLocator') return !!(p.default && p.default.value);
	if (p.type === 'json') return p.default !== undefined && p.default !== '';
	if (p.type === 'boolean' || p.type === 'number' || p.type === 'options')
		return p.default !== undefined;
	if (Array.isArray(p.default)) return p.default.length > 0;
	if (p.default && typeof p.default === 'object') return Object.keys(p.default).length > 0;
	return p.default !== undefined && p.default !== '';
}

/**
 * Read operations of a node that can run with defaults only.
 * @param {any} description
 * @returns {Array<{ resource?: string, operation: string, name: string }>}
 */
function runnableReads(description) {
	/** @type {Array<{ resource?: string, operation: string, name: string, list: boolean }>} */
	const candidates = [];
	for (const { resource, operations } of operationsOf(description)) {
		const ops = operations
			.filter((/** @type {any} */ o) =>
				o.method
					? o.method === 'GET'
					: /^(get|getAll|list)/i.test(o.value) || /^Get\b/.test(o.name),
			)
			.filter(
				(/** @type {any} */ o) =>
					!/content|download|export|recording|attachment|media|sync/i.test(`${o.value} ${o.name}`),
			);
		for (const o of ops) {
			const values = { authentication: 'jwt', resource, operation: o.value, returnAll: false };
			const required = description.properties.filter(
				(/** @type {any} */ p) =>
					p.required &&
					!['authentication', 'resource', 'operation'].includes(p.name) &&
					isShown(p, values),
			);
			if (required.every(hasUsableDefault))
				candidates.push({
					resource,
					operation: o.value,
					name: o.name,
					list: /^Get Many/i.test(o.name) || o.value === 'getAll',
				});
		}
	}
	/** @type {typeof candidates} */
	const picked = [];
	// One per resource, list operations first, until OPERATIONS_PER_NODE.
	for (const wantList of [true, false]) {
		for (const c of candidates) {
			if (picked.length >= OPERATIONS_PER_NODE) break;
			if (c.list !== wantList || picked.some((p) => p.resource === c.resource)) continue;
			picked.push(c);
		}
	}
	return picked;
}

/**
 * @param {import('../../../scripts/lib/discover').DiscoveredNode[]} nodes
 * @returns {import('../n8n.e2e').Scenario[]}
 */
function genericScenarios(nodes) {
	return nodes
		.filter((n) => !n.isTrigger)
		.map((node) => {
			const reads = runnableReads(node.description);
			const id = idFor(`generic:${node.name}`);
			const branchName = (/** @type {{ resource?: string, operation: string }} */ r) =>
				`${r.resource || ''} ${r.operation}`.trim();
			if (!reads.length) return fallbackScenario(node, id, branchName);
			return {
				id: `generic-${node.name}`,
				title: `${node.displayName} (discovered): ${reads.length ? reads.map((r) => `${r.resource}/${r.operation}`).join(', ') : 'no read operation runs with defaults only'}`,
				phase: /** @type {'cli'} */ ('cli'),
				requires: [node.name],
				workflows: (/** @type {any} */ ctx) =>
					reads.length
						? [
								manualWorkflow({
									id,
									name: `e2e discovered: ${node.displayName}`,
									branches: reads.map((r) =>
										rcNode(
											branchName(r),
											node.name,
											{
												...(r.resource ? { resource: r.resource } : {}),
												operation: r.operation,
												returnAll: false,
												limit: 5,
											},
											ctx.credentials.main,
										),
									),
								}),
							]
						: [],
				async run(/** @type {any} */ ctx) {
					assert.ok(
						reads.length > 0,
						`${node.displayName}: no read operation runs with defaults only; give one resource a "Get Many" without required input`,
					);
					const mark = ctx.mark();
					const { run } = await ctx.execute(id);
					for (const r of reads) itemsOf(run, branchName(r)); // ran, no error
					// A 401 is an expired stored token (re-minted and repeated: the auth scenario checks that).
					const failed = mark
						.requests()
						.filter((/** @type {any} */ r) => r.status >= 400 && r.status !== 401);
					assert.deepEqual(
						failed.map((/** @type {any} */ r) => `${r.method} ${r.path} → ${r.status}`),
						[],
						'every request was answered 2xx',
					);
					assert.deepEqual(mark.violations(), [], "every request matched RingCentral's spec");
				},
			};
		});
}

/**
 * A node none of whose operations runs without input (e.g. Analytics: only POST reports with a
 * required body): its first operation runs with an empty input and "continue on error". The
 * request must reach RingCentral's endpoint of that operation, and RingCentral's answer (its
 * validation error, as the real API would give) must come back as an n8n error item.
 * @param {import('../../../scripts/lib/discover').DiscoveredNode} node @param {string} id @param {(r: any) => string} branchName
 * @returns {import('../n8n.e2e').Scenario}
 */
function fallbackScenario(node, id, branchName) {
	const first = operationsOf(node.description).find((/** @type {any} */ r) => r.operations.length);
	const op = first ? { resource: first.resource, operation: first.operations[0].value } : undefined;
	return {
		id: `generic-${node.name}`,
		title: `${node.displayName} (discovered): ${op ? `${op.resource}/${op.operation}` : 'no operation'} with empty input: reaches RingCentral, its validation error becomes an n8n error item`,
		phase: 'cli',
		requires: [node.name],
		workflows: (ctx) =>
			op
				? [
						manualWorkflow({
							id,
							name: `e2e discovered: ${node.displayName}`,
							branches: [
								{
									...rcNode(
										branchName(op),
										node.name,
										{ ...(op.resource ? { resource: op.resource } : {}), operation: op.operation },
										ctx.credentials.main,
									),
									onError: 'continueRegularOutput',
								},
							],
						}),
					]
				: [],
		async run(ctx) {
			assert.ok(op, `${node.displayName} has no operation`);
			const mark = ctx.mark();
			const { run } = await ctx.execute(id);
			const items = itemsOf(run, branchName(op));
			assert.ok(items.length >= 1, 'an output item');
			const requests = mark.of(op.operation);
			assert.ok(
				requests.length >= 1,
				`n8n called RingCentral's ${op.operation} endpoint (got ${mark
					.requests()
					.map((/** @type {any} */ r) => `${r.method} ${r.path}`)
					.join(', ')})`,
			);
			const last = requests[requests.length - 1];
			if (last.status >= 400)
				assert.ok(
					items[0].json.error,
					`RingCentral answered ${last.status}: the item carries the error`,
				);
		},
	};
}

module.exports = { genericScenarios, runnableReads };
