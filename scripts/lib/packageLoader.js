// @ts-check
'use strict';

/**
 * Loads a built package exactly as n8n does, with n8n-core's `PackageDirectoryLoader`.
 */

const fs = require('node:fs');
const path = require('node:path');
const { PackageDirectoryLoader } = require('n8n-core');

const { ensureContainer } = require('./di');

/** Root folder of this package (where package.json is). */
const PACKAGE_ROOT = path.resolve(__dirname, '..', '..');

/**
 * @typedef {import('n8n-workflow').INodeType} INodeType
 * @typedef {import('n8n-workflow').IVersionedNodeType} IVersionedNodeType
 * @typedef {import('n8n-workflow').ICredentialType} ICredentialType
 * @typedef {import('n8n-workflow').INodeTypeDescription} INodeTypeDescription
 */

/**
 * @typedef {object} LoadedPackage
 * @property {PackageDirectoryLoader} loader
 * @property {string} root  absolute package directory
 * @property {string} packageName
 * @property {{ name: string, version: string, n8n?: { nodes?: string[], credentials?: string[], n8nNodesApiVersion?: number, strict?: boolean } }} packageJson
 * @property {Record<string, INodeType | IVersionedNodeType>} nodeTypes  loaded node types by (short) name
 * @property {Record<string, ICredentialType>} credentialTypes  loaded credential types by name
 * @property {Record<string, { className: string, sourcePath: string }>} knownNodes
 * @property {Record<string, { className: string, sourcePath: string, extends?: string[], supportedNodes?: string[] }>} knownCredentials
 * @property {INodeTypeDescription[]} nodeDescriptions  one per node version, as n8n serves them
 * @property {ICredentialType[]} credentialDescriptions
 * @property {(iconUrl: string) => string} iconFile  absolute file of an `iconUrl` the loader produced
 * @property {(file: string) => boolean} fileExists  whether a file (absolute, or relative to the root) exists
 */

/**
 * @param {string} [root]  package directory (with package.json and the built dist/); default: this package
 * @returns {Promise<LoadedPackage>}
 */
async function loadPackage(root = PACKAGE_ROOT) {
	ensureContainer();
	const absoluteRoot = path.resolve(root);
	const loader = new PackageDirectoryLoader(absoluteRoot);
	await loader.loadAll();
	const packageName = loader.packageName;
	/** @type {Record<string, INodeType | IVersionedNodeType>} */
	const nodeTypes = {};
	for (const [name, data] of Object.entries(loader.nodeTypes)) nodeTypes[name] = data.type;
	/** @type {Record<string, ICredentialType>} */
	const credentialTypes = {};
	for (const [name, data] of Object.entries(loader.credentialTypes))
		credentialTypes[name] = data.type;
	const prefix = `icons/${packageName}/`;
	return {
		loader,
		root: absoluteRoot,
		packageName,
		packageJson: /** @type {any} */ (loader).packageJson,
		nodeTypes,
		credentialTypes,
		knownNodes: loader.known.nodes,
		knownCredentials: /** @type {any} */ (loader.known.credentials),
		nodeDescriptions: loader.types.nodes,
		credentialDescriptions: loader.types.credentials,
		iconFile: (iconUrl) =>
			path.join(absoluteRoot, iconUrl.startsWith(prefix) ? iconUrl.slice(prefix.length) : iconUrl),
		fileExists: (file) => fs.existsSync(path.resolve(absoluteRoot, file)),
	};
}

module.exports = { loadPackage, PACKAGE_ROOT };
