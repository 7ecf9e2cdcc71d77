// @ts-check
'use strict';
/**
 * Hand-written operations win over generated ones. Each node folder may have a `specOverrides.ts`
 * exporting tables `{ [resource]: { [operation]: { operationId, ... } } }` (OperationMetaTable).
 * They are read with TypeScript's transpiler (the file only imports types), never edited.
 */
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const ts = require('typescript');

/**
 * @typedef {{ folder: string, resource: string, operation: string, operationId: string, file: string }} HandWritten
 */

/**
 * @param {string} [nodesDir] the package's `nodes/` folder by default
 * @returns {HandWritten[]}
 */
function loadHandWritten(nodesDir = path.join(__dirname, '..', '..', 'nodes')) {
	/** @type {HandWritten[]} */
	const out = [];
	for (const folder of fs.readdirSync(nodesDir).sort()) {
		const file = path.join(nodesDir, folder, 'specOverrides.ts');
		if (!fs.existsSync(file)) continue;
		const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
			compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
		});
		const module = { exports: /** @type {Record<string, any>} */ ({}) };
		const requireStub = (/** @type {string} */ id) => {
			throw new Error(
				`${path.relative(process.cwd(), file)} imports "${id}" at run time; the generator reads it without its imports`,
			);
		};
		vm.runInNewContext(outputText, { module, exports: module.exports, require: requireStub });
		for (const table of Object.values(module.exports)) {
			if (!table || typeof table !== 'object') continue;
			for (const [resource, operations] of Object.entries(table)) {
				if (!operations || typeof operations !== 'object') continue;
				for (const [operation, meta] of Object.entries(
					/** @type {Record<string, any>} */ (operations),
				)) {
					if (meta && typeof meta.operationId === 'string') {
						out.push({
							folder,
							resource,
							operation,
							operationId: meta.operationId,
							file: path.relative(path.dirname(nodesDir), file),
						});
					}
				}
			}
		}
	}
	return out;
}

module.exports = { loadHandWritten };
