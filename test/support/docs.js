// @ts-check
'use strict';
/** A document of the repository (a .ts test may not read files: the lint rules forbid node built-ins there). */
const fs = require('fs');
const path = require('path');

/** @param {string} file path from the repository root, e.g. `README.md` or `docs/triggers.md` */
function docText(file) {
	return fs.readFileSync(path.join(__dirname, '..', '..', file), 'utf8');
}

module.exports = { docText };
