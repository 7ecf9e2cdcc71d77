// @ts-check
'use strict';
/**
 * The official RingCentral OpenAPI spec, loaded once per process, patched for its known defects,
 * wrapped in openapi-backend for routing, request validation and mock responses.
 */
const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');
const { OpenAPIBackend } = require('openapi-backend');
const addFormats = require('ajv-formats').default;

const SPEC_FILE = path.join(__dirname, '..', '..', '..', 'spec', 'rc-public-openapi.yml');

/**
 * @typedef {{ operationId: string, method: string, path: string, throttlingGroup: string,
 *   appPermission?: string, userPermission?: string, deprecated: boolean, tags: string[] }} OperationInfo
 * @typedef {{ api: any, definition: any, operations: Record<string, OperationInfo>,
 *   loadMs: number, appPermissions: string[] }} LoadedSpec
 */

/** @type {LoadedSpec | undefined} */
let cached;

/**
 * Patches applied to the parsed spec (never to the file). Each one names its reason.
 * @param {any} def
 */
function patchSpec(def) {
	// 1. /restapi/oauth/token and /revoke reference `OauthBasicScheme`, which is not defined.
	def.components.securitySchemes = def.components.securitySchemes || {};
	def.components.securitySchemes.OauthBasicScheme = { type: 'http', scheme: 'basic' };

	// 2. An empty `allOf: []` breaks schema compilation (none in 0.15.9, kept for other versions).
	// 3. openapi-backend splits `explode: false` query params on commas even for scalars, turning
	//    `page=2` into ['2'] (fails `type: integer`) and `perPage=max` into ['max']. `explode` only
	//    matters for arrays and objects, so drop it from scalar parameters.
	/** @param {any} node */
	const walk = (node) => {
		if (Array.isArray(node)) return node.forEach(walk);
		if (!node || typeof node !== 'object') return;
		if (Array.isArray(node.allOf) && node.allOf.length === 0) delete node.allOf;
		if (
			node.in === 'query' &&
			node.explode === false &&
			node.schema &&
			!isArraySchema(def, node.schema)
		) {
			delete node.explode;
		}
		// 4. Bulk operations declare comma-separated ids as `in: path` arrays (e.g. messageId);
		//    openapi-backend never splits path params, so every single-id call would fail. Validate
		//    them as strings.
		if (node.in === 'path' && node.schema && isArraySchema(def, node.schema))
			node.schema = { type: 'string' };
		// 5. A few patterns escape `"` (`\"`), which is invalid in the Unicode regular expressions ajv
		//    compiles (user role names): the same pattern without the needless escape.
		if (typeof node.pattern === 'string' && node.pattern.includes('\\"'))
			node.pattern = node.pattern.replace(/\\"/g, '"');
		for (const key of Object.keys(node)) walk(node[key]);
	};
	walk(def.paths);
	walk(def.components.parameters);
	walk(def.components.schemas);
	// 7. Subscription ids are UUIDs (36 characters, as the spec's own SubscriptionInfo example shows), but
	//    the SubscriptionId path parameter caps them at 20: reading, renewing or deleting any real one failed.
	const subscriptionId = def.components.parameters && def.components.parameters.SubscriptionId;
	if (subscriptionId && subscriptionId.schema && subscriptionId.schema.maxLength === 20)
		delete subscriptionId.schema.maxLength;
	// 8. patchContact says "an attribute passed with the null value is removed", but its body schema (shared
	//    with createContact) allows no null: that operation gets its own copy whose properties are nullable.
	const patchContact =
		def.paths[
			'/restapi/v1.0/account/{accountId}/extension/{extensionId}/address-book/contact/{contactId}'
		]?.patch;
	const patchBody =
		patchContact &&
		patchContact.requestBody &&
		patchContact.requestBody.content &&
		patchContact.requestBody.content['application/json'];
	if (patchBody && patchBody.schema) {
		const schema = JSON.parse(
			JSON.stringify(
				patchBody.schema.$ref ? resolveRef(def, patchBody.schema.$ref) : patchBody.schema,
			),
		);
		for (const [key, property] of Object.entries(
			/** @type {Record<string, any>} */ (schema.properties || {}),
		)) {
			// `nullable` beside a `$ref` is ignored: inline the referenced schema.
			schema.properties[key] = {
				...(property.$ref ? JSON.parse(JSON.stringify(resolveRef(def, property.$ref))) : property),
				nullable: true,
			};
		}
		patchBody.schema = schema;
	}
	return def;
}

/**
 * @param {any} def
 * @param {any} schema
 * @returns {boolean}
 */
function isArraySchema(def, schema) {
	if (schema.$ref) schema = resolveRef(def, schema.$ref);
	if (schema.type === 'array' || schema.type === 'object') return true;
	const alts = schema.oneOf || schema.anyOf;
	return Array.isArray(alts) && alts.some((/** @type {any} */ s) => isArraySchema(def, s));
}

/**
 * @param {any} def
 * @param {string} ref
 */
function resolveRef(def, ref) {
	return ref
		.replace(/^#\//, '')
		.split('/')
		.reduce((obj, key) => (obj ? obj[key] : undefined), def);
}

/**
 * Loads (once per process) and returns the patched spec with its openapi-backend instance.
 * @returns {Promise<LoadedSpec>}
 */
async function loadSpec() {
	if (cached) return cached;
	const started = Date.now();
	const definition = patchSpec(
		yaml.load(fs.readFileSync(SPEC_FILE, 'utf8'), { schema: yaml.CORE_SCHEMA }),
	);
	const api = new OpenAPIBackend({
		definition,
		quick: true,
		validate: true,
		coerceTypes: true,
		customizeAjv: (ajv) => {
			addFormats(ajv);
			return ajv;
		},
	});
	// openapi-backend wants a notFound handler when handlers are used; we only use its router/validator.
	api.register('notFound', () => undefined);
	await api.init();
	// openapi-backend rebuilds its list of ~600 operations on every lookup (about 4 ms a request, more
	// than the rest of the emulator's work); the definition does not change after init, so list it once.
	const routerOperations = api.router.getOperations();
	api.router.getOperations = () => routerOperations;

	/** @type {Record<string, OperationInfo>} */
	const operations = {};
	const permissions = new Set();
	for (const [p, item] of Object.entries(definition.paths)) {
		for (const [method, op] of Object.entries(/** @type {Record<string, any>} */ (item))) {
			if (!op || typeof op !== 'object' || !op.operationId) continue;
			if (op['x-app-permission']) permissions.add(op['x-app-permission']);
			operations[op.operationId] = {
				operationId: op.operationId,
				method: method.toUpperCase(),
				path: p,
				throttlingGroup: op['x-throttling-group'] || 'NoThrottling',
				appPermission: op['x-app-permission'],
				userPermission: op['x-user-permission'],
				deprecated: !!op.deprecated,
				tags: op.tags || [],
			};
		}
	}
	cached = {
		api,
		definition,
		operations,
		loadMs: Date.now() - started,
		appPermissions: [...permissions].sort(),
	};
	return cached;
}

/**
 * Finds the spec operation for a request.
 * @param {LoadedSpec} spec
 * @param {string} method
 * @param {string} pathname
 * @returns {OperationInfo | undefined}
 */
function matchOperation(spec, method, pathname) {
	const key = `${method.toUpperCase()} ${pathname}`;
	if (matched.has(key)) return matched.get(key);
	const op = spec.api.router.matchOperation({
		method: method.toLowerCase(),
		path: pathname,
		headers: {},
		query: {},
	});
	const info = op ? spec.operations[op.operationId] : undefined;
	// Remembered because matching tries every path template of the spec (a regex each); bounded, as
	// paths carry ids.
	if (matched.size >= 10000) matched.clear();
	matched.set(key, info);
	return info;
}
/** @type {Map<string, OperationInfo | undefined>} */
const matched = new Map();

/**
 * Validates a request against its operation. Returns the ajv errors ([] when valid).
 * @param {LoadedSpec} spec
 * @param {{ method: string, path: string, rawQuery: string, headers: Record<string, any>, body: any }} req
 * @param {string} operationId
 * @returns {any[]}
 */
function validateRequest(spec, req, operationId) {
	const operation = spec.api.getOperation(operationId);
	const result = spec.api.validator.validateRequest(
		{
			method: req.method.toLowerCase(),
			path: req.path,
			query: req.rawQuery,
			headers: req.headers,
			body: req.body,
		},
		operation,
	);
	return result.valid ? [] : result.errors || [];
}

/**
 * A mock response built from the spec's examples/schemas, with "next page" links removed so
 * paging clients terminate.
 * @param {LoadedSpec} spec
 * @param {string} operationId
 * @returns {{ status: number, body: any, contentType?: string }}
 */
function mockResponse(spec, operationId) {
	const operation = spec.api.getOperation(operationId);
	// 6. openapi-backend's mock generator recurses forever on self-referencing schemas (SCIM schemas):
	//    answer those with an empty object.
	let status = 200;
	/** @type {any} */
	let mock = {};
	try {
		({ status, mock } = spec.api.mockResponseForOperation(operationId));
	} catch (err) {
		if (!(err instanceof RangeError)) throw err;
		const codes = Object.keys(operation.responses || {}).filter((c) => /^2/.test(c));
		status = Number(codes[0] || 200);
	}
	const response = operation.responses && operation.responses[String(status)];
	const content = response && response.content ? Object.keys(response.content) : [];
	/** @param {any} node */
	const strip = (node) => {
		if (Array.isArray(node)) return node.forEach(strip);
		if (!node || typeof node !== 'object') return;
		for (const key of ['nextPage', 'nextPageToken', 'nextPageUri']) delete node[key];
		if (node.syncInfo) node.syncInfo.olderRecordsExist = false;
		if (node.paging && typeof node.paging === 'object' && 'totalPages' in node.paging) {
			const count = Array.isArray(node.records) ? node.records.length : 0;
			Object.assign(node.paging, {
				page: 1,
				totalPages: 1,
				totalElements: count,
				pageStart: 0,
				pageEnd: Math.max(0, count - 1),
			});
		}
		Object.values(node).forEach(strip);
	};
	strip(mock);
	return { status, body: mock, contentType: content[0] };
}

/**
 * The request-body schema of an operation for a content type (for multipart coercion).
 * @param {LoadedSpec} spec
 * @param {string} operationId
 * @param {string} contentType
 */
function requestBodySchema(spec, operationId, contentType) {
	const operation = spec.api.getOperation(operationId);
	const content = operation && operation.requestBody && operation.requestBody.content;
	const entry = content && content[contentType];
	let schema = entry && entry.schema;
	if (schema && schema.$ref) schema = resolveRef(spec.definition, schema.$ref);
	return schema;
}

module.exports = {
	loadSpec,
	matchOperation,
	validateRequest,
	mockResponse,
	requestBodySchema,
	resolveRef,
	SPEC_FILE,
};
