// @ts-check
'use strict';
/**
 * What this build of the package offers, read the way n8n reads it: the nodes and credentials that
 * package.json's `n8n` section lists (built files in dist/). The end-to-end suite derives its test
 * list from this, so a node that lands in package.json is tested without editing the suite.
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE_NAME = 'n8n-nodes-ringcentral';

function packageJson() {
	return JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
}

/**
 * @param {string} file a dist path from package.json
 * @returns {any} an instance of the class the file exports
 */
function instantiate(file) {
	const abs = path.join(ROOT, file);
	if (!fs.existsSync(abs))
		throw new Error(`${file} (listed in package.json) is missing: run \`npm run build\``);
	const mod = require(abs);
	const Cls = Object.values(mod).find((v) => typeof v === 'function');
	if (!Cls) throw new Error(`${file} exports no class`);
	return new /** @type {any} */ (Cls)();
}

/**
 * @typedef {{ type: string, name: string, displayName: string, file: string, description: any,
 *   isTrigger: boolean, isWebhookTrigger: boolean, credentials: string[] }} DiscoveredNode
 */

/** @returns {DiscoveredNode[]} */
function discoverNodes() {
	const pkg = packageJson();
	return (pkg.n8n?.nodes || []).map((/** @type {string} */ file) => {
		const instance = instantiate(file);
		const description = instance.nodeVersions
			? instance.nodeVersions[instance.currentVersion || instance.description.defaultVersion]
					.description
			: instance.description;
		const isTrigger =
			(description.group || []).includes('trigger') || /Trigger$/.test(description.name);
		return {
			type: `${PACKAGE_NAME}.${description.name}`,
			name: description.name,
			displayName: description.displayName,
			file,
			description,
			isTrigger,
			isWebhookTrigger:
				isTrigger && Array.isArray(description.webhooks) && description.webhooks.length > 0,
			credentials: (description.credentials || []).map(
				(/** @type {{ name: string }} */ c) => c.name,
			),
		};
	});
}

/** @returns {string[]} credential type names */
function discoverCredentials() {
	const pkg = packageJson();
	return (pkg.n8n?.credentials || []).map((/** @type {string} */ file) => instantiate(file).name);
}

/**
 * Whether a parameter is shown for these parameter values (n8n's displayOptions, show/hide, equality only).
 * @param {any} property @param {Record<string, unknown>} values
 */
function isShown(property, values) {
	const { show, hide } = property.displayOptions || {};
	const matches = (/** @type {Record<string, unknown[]>} */ rules) =>
		Object.entries(rules).every(([key, allowed]) => {
			if (key.startsWith('@')) return true; // @version and friends
			const v = values[key.replace(/^\//, '')];
			return (
				Array.isArray(allowed) &&
				allowed.some((a) => (typeof a === 'object' && a !== null ? true : a === v))
			);
		});
	if (show && !matches(show)) return false;
	if (
		hide &&
		Object.keys(hide).length &&
		Object.entries(hide).some(
			([key, blocked]) =>
				Array.isArray(blocked) && blocked.includes(values[key.replace(/^\//, '')]),
		)
	)
		return false;
	return true;
}

/** The resources of a node, each with its operations (value, name, HTTP method if declarative). @param {any} description */
function operationsOf(description) {
	const resourceProp = description.properties.find((/** @type {any} */ p) => p.name === 'resource');
	const resources = resourceProp
		? resourceProp.options.map((/** @type {any} */ o) => o.value)
		: [undefined];
	return resources.map((/** @type {string | undefined} */ resource) => {
		const values = resource ? { resource } : {};
		const opProp = description.properties.find(
			(/** @type {any} */ p) => p.name === 'operation' && isShown(p, values),
		);
		const operations = opProp
			? opProp.options.map((/** @type {any} */ o) => ({
					value: o.value,
					name: o.name,
					method: o.routing?.request?.method,
				}))
			: [];
		return { resource, operations };
	});
}

module.exports = {
	discoverNodes,
	discoverCredentials,
	operationsOf,
	isShown,
	packageJson,
	ROOT,
	PACKAGE_NAME,
};
