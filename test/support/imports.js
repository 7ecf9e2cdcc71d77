// @ts-check
'use strict';
/**
 * The modules a folder's source files load, for tests of the repository's layout. JavaScript, not
 * TypeScript: the community-node lint forbids file access in `.ts` files.
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const SOURCE = /\.(js|mjs|cjs|ts)$/;
/** `require('x')`, `require.resolve('x')`, `import('x')`, `import … from 'x'`, `export … from 'x'`, `import 'x'`. */
const SPECIFIER =
	/(?:\brequire(?:\.resolve)?\(\s*|\bimport\(\s*|\bfrom\s+|^\s*import\s+)(['"`])([^'"`\n]+)\1/gm;

/** @param {string} source @returns {string[]} the module specifiers it loads, in order */
function specifiersIn(source) {
	return [...source.matchAll(SPECIFIER)].map((m) => m[2]);
}

/** @param {string} dir path from the repository root @returns {string[]} source files under it, from the root */
function sourceFilesUnder(dir) {
	return fs
		.readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && SOURCE.test(entry.name))
		.map((entry) =>
			path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
		)
		.sort();
}

/**
 * Every relative module a source file under `dir` loads, resolved to a path from the repository root.
 * @param {string} dir
 * @returns {Array<{ file: string, specifier: string, target: string }>}
 */
function relativeImportsUnder(dir) {
	return sourceFilesUnder(dir).flatMap((file) =>
		specifiersIn(fs.readFileSync(path.join(ROOT, file), 'utf8'))
			.filter((specifier) => specifier.startsWith('.'))
			.map((specifier) => ({
				file,
				specifier,
				target: path
					.relative(ROOT, path.resolve(ROOT, path.dirname(file), specifier))
					.split(path.sep)
					.join('/'),
			})),
	);
}

module.exports = { specifiersIn, sourceFilesUnder, relativeImportsUnder };
