// @ts-check
'use strict';
/**
 * Loads this package's nodes straight from their TypeScript sources (transpiled in memory, no build),
 * for scripts that report on them: names of resources and operations, operationIds, description sizes.
 */
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const { AREAS } = require('../config');
const { loadHandWritten } = require('./handwritten');

const ROOT = path.join(__dirname, '..', '..');

let hooked = false;
function hookTypeScript() {
	if (hooked) return;
	hooked = true;
	const extensions = /** @type {any} */ (require).extensions;
	extensions['.ts'] = (/** @type {any} */ module, /** @type {string} */ filename) => {
		const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
			compilerOptions: {
				module: ts.ModuleKind.CommonJS,
				target: ts.ScriptTarget.ES2022,
				esModuleInterop: true,
				resolveJsonModule: true,
			},
			fileName: filename,
		});
		module._compile(outputText, filename);
	};
}

/**
 * @typedef {{ area: string, folder: string, displayName: string, name: string, description: any,
 *   operations: Array<{ operationId: string, resource: string, resourceName: string, operation: string,
 *   operationName: string, handWritten: boolean }> }} LoadedNode
 */

/** Every node of an API area with the operationId of each of its operations. @returns {LoadedNode[]} */
function loadNodes() {
	hookTypeScript();
	const handWritten = loadHandWritten(path.join(ROOT, 'nodes'));
	/** @type {LoadedNode[]} */
	const nodes = [];
	for (const [area, config] of Object.entries(AREAS)) {
		const file = path.join(ROOT, 'nodes', config.folder, `RingCentral${config.folder}.node.ts`);
		const NodeClass = Object.values(require(file))[0];
		const description = new /** @type {any} */ (NodeClass)().description;
		const resources = /** @type {any[]} */ (
			require(path.join(ROOT, 'nodes', config.folder, 'generated', 'index.ts')).generatedResources
		);
		const resourceNames = new Map(
			(
				description.properties.find((/** @type {any} */ p) => p.name === 'resource')?.options ?? []
			).map((/** @type {any} */ o) => [o.value, o.name]),
		);
		/** @param {string} resource @param {string} operation */
		const operationName = (resource, operation) => {
			for (const p of description.properties) {
				if (p.name !== 'operation' || !p.displayOptions?.show?.resource?.includes(resource))
					continue;
				const option = p.options.find((/** @type {any} */ o) => o.value === operation);
				if (option) return option.name;
			}
			return operation;
		};
		const operations = [];
		for (const h of handWritten.filter((x) => x.folder === config.folder)) {
			operations.push({
				operationId: h.operationId,
				resource: h.resource,
				resourceName: String(resourceNames.get(h.resource) ?? h.resource),
				operation: h.operation,
				operationName: operationName(h.resource, h.operation),
				handWritten: true,
			});
		}
		for (const resource of resources) {
			for (const [operation, meta] of Object.entries(resource.meta)) {
				operations.push({
					operationId: /** @type {any} */ (meta).operationId,
					resource: resource.value,
					resourceName: String(resourceNames.get(resource.value) ?? resource.name),
					operation,
					operationName: operationName(resource.value, operation),
					handWritten: false,
				});
			}
		}
		nodes.push({
			area,
			folder: config.folder,
			displayName: description.displayName,
			name: description.name,
			description,
			operations,
		});
	}
	return nodes;
}

module.exports = { loadNodes, ROOT };
