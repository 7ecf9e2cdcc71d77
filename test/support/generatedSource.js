// @ts-check
'use strict';
/**
 * Loads TypeScript the generator produced in memory (`build().files`) as if it were on disk at `file`,
 * so a test can run a node built from a simulated spec. Plain JavaScript: the nodes' lint forbids file
 * paths and code from strings in `.ts` files.
 */
const path = require('path');
const ts = require('typescript');

const ROOT = path.join(__dirname, '..', '..');

/**
 * @param {string} file path relative to the package root, e.g. `nodes/Ai/generated/audio.ts`
 * @param {string} source
 * @returns {Record<string, any>} the module's exports
 */
function loadGeneratedSource(file, source) {
	const { outputText } = ts.transpileModule(source, {
		compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
	});
	const module = { exports: {} };
	const requireFrom = (/** @type {string} */ id) =>
		require(path.resolve(ROOT, path.dirname(file), id));
	new Function('require', 'module', 'exports', outputText)(requireFrom, module, module.exports);
	return module.exports;
}

module.exports = { loadGeneratedSource };
