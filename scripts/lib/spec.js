// @ts-check
'use strict';
/**
 * RingCentral's public OpenAPI spec, vendored in `spec/` (see spec/README.md for its source and how to
 * update it). YAML 1.2 (js-yaml CORE schema): `On`/`Off` stay strings.
 */
const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');

const SPEC_DIR = path.join(__dirname, '..', '..', 'spec');
const SPEC_FILE = path.join(SPEC_DIR, 'rc-public-openapi.yml');

/**
 * Where the vendored spec comes from: `ringcentral-open-api-parser <version>` is named in every generated
 * file's header (the spec's own `info.version` is a placeholder).
 * @returns {{ package: string, version: string, repository: string, commit: string, specDate: string }}
 */
function specSource() {
	return JSON.parse(fs.readFileSync(path.join(SPEC_DIR, 'source.json'), 'utf8'));
}

function specVersion() {
	return specSource().version;
}

/**
 * @typedef {{ name: string, in: 'path'|'query'|'header'|'cookie', required: boolean, description?: string,
 *   schema: any, example?: any, explode?: boolean, style?: string }} Parameter
 * @typedef {{ operationId: string, method: string, path: string, tag: string, area: string,
 *   summary: string, description: string, deprecated: boolean, throttlingGroup?: string,
 *   appPermission?: string, userPermission?: string, parameters: Parameter[],
 *   requestBody?: { required: boolean, content: Record<string, any> }, responses: Record<string, any> }} Operation
 */

/** @typedef {{ definition: any, version: string, operations: Operation[], tagAreas: Record<string, string>, areas: string[] }} LoadedSpec */

/** @type {Map<string, LoadedSpec>} */
const cache = new Map();

/**
 * The vendored spec, or another copy of it (`npm run spec:diff -- <file>`).
 * @param {string} [file]
 * @returns {LoadedSpec}
 */
function loadSpec(file = SPEC_FILE) {
	const cached = cache.get(file);
	if (cached) return cached;
	const definition = /** @type {any} */ (
		yaml.load(fs.readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA })
	);
	/** @type {Record<string, string>} */
	const tagAreas = {};
	const areas = [];
	for (const group of definition['x-tagGroups']) {
		areas.push(group.name);
		// A tag listed in two groups (e.g. "Video Configuration") belongs to the first.
		for (const tag of group.tags) tagAreas[tag] ??= group.name;
	}
	/** @type {Operation[]} */
	const operations = [];
	for (const [p, item] of Object.entries(definition.paths)) {
		for (const [method, op] of Object.entries(/** @type {Record<string, any>} */ (item))) {
			if (!op || typeof op !== 'object' || !op.operationId) continue;
			const byKey = new Map();
			for (const raw of [...(item.parameters || []), ...(op.parameters || [])]) {
				const param = resolve(definition, raw);
				byKey.set(`${param.in}:${param.name}`, param);
			}
			const tag = (op.tags || [])[0];
			operations.push({
				operationId: op.operationId,
				method: method.toUpperCase(),
				path: p,
				tag,
				area: tagAreas[tag],
				summary: op.summary || op.operationId,
				description: op.description || '',
				deprecated: Boolean(op.deprecated),
				throttlingGroup: op['x-throttling-group'],
				appPermission: op['x-app-permission'],
				userPermission: op['x-user-permission'],
				parameters: [...byKey.values()].map((param) => ({
					...param,
					required: Boolean(param.required),
					schema: resolve(definition, param.schema || {}),
				})),
				requestBody: op.requestBody ? resolve(definition, op.requestBody) : undefined,
				responses: op.responses || {},
			});
		}
	}
	operations.sort((a, b) => a.operationId.localeCompare(b.operationId, 'en'));
	const loaded = {
		definition,
		version: file === SPEC_FILE ? specVersion() : path.basename(file),
		operations,
		tagAreas,
		areas,
	};
	cache.set(file, loaded);
	return loaded;
}

/**
 * Follows `$ref`s until a concrete object.
 * @param {any} definition
 * @param {any} node
 */
function resolve(definition, node) {
	let current = node;
	for (let i = 0; current && current.$ref && i < 20; i++) {
		current = current.$ref
			.replace(/^#\//, '')
			.split('/')
			.reduce(
				(/** @type {any} */ obj, /** @type {string} */ key) =>
					obj ? obj[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined,
				definition,
			);
	}
	return current;
}

/**
 * A schema with `$ref` resolved and `allOf` merged into one object schema (properties and required
 * united). `oneOf`/`anyOf` stay as alternatives.
 * @param {any} definition
 * @param {any} schema
 * @returns {any}
 */
function flatten(definition, schema) {
	const s = resolve(definition, schema) || {};
	if (!Array.isArray(s.allOf) || s.allOf.length === 0) return s;
	/** @type {any} */
	const merged = {
		...s,
		allOf: undefined,
		properties: { ...(s.properties || {}) },
		required: [...(s.required || [])],
	};
	delete merged.allOf;
	for (const part of s.allOf) {
		const p = flatten(definition, part);
		if (p.type && !merged.type) merged.type = p.type;
		Object.assign(merged.properties, p.properties || {});
		merged.required.push(...(p.required || []));
		for (const key of ['oneOf', 'anyOf'])
			if (p[key]) merged[key] = [...(merged[key] || []), ...p[key]];
		if (!merged.description && p.description) merged.description = p.description;
		if (p.enum && !merged.enum) merged.enum = p.enum;
		if (p.items && !merged.items) merged.items = p.items;
	}
	if (Object.keys(merged.properties).length && !merged.type) merged.type = 'object';
	if (!merged.required.length) delete merged.required;
	else merged.required = [...new Set(merged.required)];
	return merged;
}

/** Whether a schema is a string, number, integer or boolean (an enum of those included). @param {any} definition @param {any} schema */
function isScalar(definition, schema) {
	const s = flatten(definition, schema);
	if (s.oneOf || s.anyOf) return false;
	return (
		['string', 'integer', 'number', 'boolean'].includes(s.type) ||
		(!s.type && Array.isArray(s.enum))
	);
}

/** Whether a schema is an array of scalars. @param {any} definition @param {any} schema */
function isScalarArray(definition, schema) {
	const s = flatten(definition, schema);
	return s.type === 'array' && s.items !== undefined && isScalar(definition, s.items);
}

module.exports = {
	loadSpec,
	resolve,
	flatten,
	isScalar,
	isScalarArray,
	SPEC_FILE,
	specVersion,
	specSource,
};
