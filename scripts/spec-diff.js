// @ts-check
'use strict';
/**
 * `npm run spec:diff -- <other.yml>`: what another RingCentral OpenAPI spec changes against the vendored
 * one (spec/rc-public-openapi.yml): operations added, removed, renamed and newly deprecated.
 *
 * A rename is an operationId that disappears while the same method and path get a new one, or one
 * listed in scripts/config.js RENAMED (an operation that moved to another path). Run it before
 * replacing the vendored spec (see spec/README.md).
 */
const path = require('path');
const { loadSpec } = require('./lib/spec');
const { RENAMED } = require('./config');

/**
 * @typedef {import('./lib/spec').Operation} Operation
 * @param {Operation[]} before
 * @param {Operation[]} after
 * @param {Record<string, string>} [renamed] explicit renames, old operationId → new operationId
 */
function diffOperations(before, after, renamed = RENAMED) {
	const oldById = new Map(before.map((op) => [op.operationId, op]));
	const newById = new Map(after.map((op) => [op.operationId, op]));
	const endpoint = (/** @type {Operation} */ op) => `${op.method} ${op.path}`;
	const newByEndpoint = new Map(after.map((op) => [endpoint(op), op]));

	const gone = before.filter((op) => !newById.has(op.operationId));
	const renames = [];
	const removed = [];
	for (const op of gone) {
		const explicit = renamed[op.operationId] && newById.get(renamed[op.operationId]);
		const successor = explicit || newByEndpoint.get(endpoint(op));
		if (successor && !oldById.has(successor.operationId))
			renames.push({ from: op, to: successor, explicit: Boolean(explicit) });
		else removed.push(op);
	}
	const renamedTo = new Set(renames.map((r) => r.to.operationId));
	return {
		added: after.filter((op) => !oldById.has(op.operationId) && !renamedTo.has(op.operationId)),
		removed,
		renamed: renames,
		deprecated: after.filter(
			(op) =>
				op.deprecated && oldById.has(op.operationId) && !oldById.get(op.operationId)?.deprecated,
		),
	};
}

function main() {
	const file = process.argv[2];
	if (!file) {
		console.error('Usage: npm run spec:diff -- <other rc-public-openapi.yml>');
		process.exit(2);
	}
	const current = loadSpec();
	const other = loadSpec(path.resolve(file));
	const diff = diffOperations(current.operations, other.operations);
	const line = (/** @type {Operation} */ op) =>
		`  ${op.operationId.padEnd(44)} ${op.method.padEnd(6)} ${op.path}  [${op.tag}]`;
	console.log(
		`Vendored spec ${current.version} (${current.operations.length} operations) → ${file} (${other.operations.length} operations)\n`,
	);
	console.log(`Added (${diff.added.length}):`);
	for (const op of diff.added) console.log(`${line(op)}${op.deprecated ? ' (deprecated)' : ''}`);
	console.log(`\nRemoved (${diff.removed.length}):`);
	for (const op of diff.removed) console.log(line(op));
	console.log(`\nRenamed (${diff.renamed.length}):`);
	for (const r of diff.renamed)
		console.log(
			`  ${r.from.operationId} → ${r.to.operationId}${r.explicit ? ' (scripts/config.js RENAMED)' : ''}  ${r.to.method} ${r.to.path}`,
		);
	console.log(`\nNewly deprecated (${diff.deprecated.length}):`);
	for (const op of diff.deprecated) console.log(line(op));
}

if (require.main === module) main();

module.exports = { diffOperations };
