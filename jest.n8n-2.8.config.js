// Jest against the oldest supported n8n (2.8.4): n8n-core and n8n-workflow (and all they load) come
// from its install by `npm run n8n:install` / the e2e suite, not from this package's devDependencies.
const path = require('node:path');
const { cacheRoot } = require('./scripts/n8n-install');
const base = require('./jest.config');

const modules = path.join(cacheRoot(), 'n8n-2.8.4', 'node_modules');
module.exports = {
	...base,
	moduleNameMapper: {
		'^(n8n-core|n8n-workflow)$': path.join(modules, '$1'),
	},
};
