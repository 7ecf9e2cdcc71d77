// @ts-check
'use strict';
/** The hand-written resources and their operation files (a .ts test may not read folders: the lint rules forbid node built-ins there). */
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..', '..');

/**
 * Every `nodes/<Area>/resources/<resource>/` folder, with its `<op>.operation.ts` files.
 * @returns {Array<{ folder: string, indexPath: string, operations: Array<{ file: string, modulePath: string }> }>}
 */
function resourceFolders() {
	const nodes = path.join(root, 'nodes');
	const folders = [];
	for (const area of fs.readdirSync(nodes).sort()) {
		const resources = path.join(nodes, area, 'resources');
		if (!fs.existsSync(resources)) continue;
		for (const name of fs.readdirSync(resources).sort()) {
			const folder = path.join(resources, name);
			if (!fs.statSync(folder).isDirectory()) continue;
			folders.push({
				folder: path.relative(root, folder),
				indexPath: path.join(folder, 'index'),
				operations: fs
					.readdirSync(folder)
					.filter((file) => file.endsWith('.operation.ts'))
					.sort()
					.map((file) => ({ file, modulePath: path.join(folder, file.replace(/\.ts$/, '')) })),
			});
		}
	}
	return folders;
}

module.exports = { resourceFolders };
