// @ts-check
'use strict';
/**
 * The files `npm pack` would put into the published tarball (a dry run: nothing is written).
 * JavaScript, not TypeScript: the community-node lint forbids child processes in `.ts` files.
 */
const { execFileSync } = require('node:child_process');
const path = require('node:path');

/** @returns {string[]} paths inside the tarball, sorted */
function packedFiles() {
	const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
		cwd: path.resolve(__dirname, '..', '..'),
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore'],
	});
	const [pack] = JSON.parse(out);
	return pack.files.map((/** @type {{ path: string }} */ file) => file.path).sort();
}

module.exports = { packedFiles };
