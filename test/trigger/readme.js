// @ts-check
'use strict';
/** The package README's text (a .ts test may not read files: the lint rules forbid node built-ins there). */
const fs = require('fs');
const path = require('path');

function readme() {
	return fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
}

module.exports = { readme };
