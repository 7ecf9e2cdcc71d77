// @ts-check
'use strict';
/**
 * Contract-test cases: for every operation of a node, node parameters filled with values derived from
 * RingCentral's OpenAPI spec (its examples, enums, defaults, formats), independent of the generator's
 * own choices. Every field of the operation is filled, optional ones included, so each encoding
 * (query arrays, dates, enums, multipart, JSON bodies) reaches the emulator's spec validation.
 */
const { loadSpec, flatten } = require('../../scripts/lib/spec');
const { sampleOf } = require('../../scripts/lib/samples');

/**
 * @typedef {{ name: string, type: string, default?: any, options?: any[], routing?: any,
 *   displayOptions?: { show?: Record<string, any[]> }, required?: boolean }} Property
 * @typedef {{ resource: string, operation: string, operationId: string, parameters: Record<string, any>,
 *   binaryFields: string[], path: string, pathParameters: Record<string, string> }} OperationCase
 * (`path`: the spec's path template; `pathParameters`: node parameter name → its `{name}` in the path)
 */

/**
 * @param {Property} property
 * @param {Record<string, any>} values
 */
function isShown(property, values) {
	const show = property.displayOptions?.show;
	if (!show) return true;
	return Object.entries(show).every(
		([key, allowed]) => Array.isArray(allowed) && allowed.includes(values[key]),
	);
}

/**
 * A node parameter value for a spec schema, in the shape the n8n field type expects.
 * @param {any} definition
 * @param {Property} property
 * @param {any} schema
 * @param {string} specName
 */
function valueFor(definition, property, schema, specName) {
	const s = schema ? flatten(definition, schema) : {};
	let sample = schema ? sampleOf(definition, schema, { name: specName }) : undefined;
	switch (property.type) {
		case 'options': {
			const values = (property.options || []).map((o) => o.value);
			return values.includes(sample) ? sample : values[0];
		}
		case 'multiOptions':
			return [(property.options || [])[0]?.value].filter((v) => v !== undefined);
		case 'number':
			return typeof sample === 'number' ? sample : Number(sample) || 1;
		case 'boolean':
			return typeof sample === 'boolean' ? sample : true;
		case 'dateTime':
			return '2024-01-15T10:00:00.000Z';
		case 'json':
			return JSON.stringify(sample ?? {});
		default:
			if (s.type === 'array')
				return (Array.isArray(sample) ? sample : [sample]).filter((v) => v !== undefined).join(',');
			if (sample === undefined || sample === null) return 'sample';
			return typeof sample === 'object' ? JSON.stringify(sample) : String(sample);
	}
}

/**
 * @param {any} definition
 * @param {any} op spec operation (scripts/lib/spec.js)
 * @param {'query'|'body'} type
 * @param {string} name
 */
function schemaOf(definition, op, type, name) {
	if (type === 'query')
		return op.parameters.find((/** @type {any} */ p) => p.in === 'query' && p.name === name)
			?.schema;
	const content = op.requestBody?.content ?? {};
	for (const contentType of ['multipart/form-data', 'application/json', ...Object.keys(content)]) {
		const body = content[contentType] && flatten(definition, content[contentType].schema);
		if (body?.properties?.[name]) return body.properties[name];
	}
	return undefined;
}

/**
 * Every operation of a node description, with parameters from the spec.
 * @param {{ properties: any[] }} description
 * @param {Record<string, Record<string, { operationId?: string }>>} metaTable resource → operation → meta
 * @param {{ only?: (resource: string, operation: string) => boolean }} [options]
 * @returns {OperationCase[]}
 */
function operationCases(description, metaTable, options = {}) {
	const { definition, operations } = loadSpec();
	const byId = new Map(operations.map((op) => [op.operationId, op]));
	/** @type {OperationCase[]} */
	const cases = [];
	for (const [resource, ops] of Object.entries(metaTable)) {
		for (const [operation, meta] of Object.entries(ops)) {
			if (options.only && !options.only(resource, operation)) continue;
			const op = meta.operationId ? byId.get(meta.operationId) : undefined;
			if (!op) throw new Error(`${resource}.${operation}: no spec operation ${meta.operationId}`);
			/** @type {Record<string, any>} */
			const parameters = { resource, operation, authentication: 'jwt' };
			/** @type {string[]} */
			const binaryFields = [];
			/** @type {Record<string, string>} */
			const pathParameters = {};
			const pathNames = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
			for (const property of description.properties) {
				if (['resource', 'operation', 'authentication'].includes(property.name)) continue;
				if (!isShown(property, parameters)) continue;
				const send = property.routing?.send;
				if (property.name === 'returnAll') parameters.returnAll = false;
				else if (property.name === 'limit') parameters.limit = 3;
				else if (property.name === 'binaryPropertyName') parameters.binaryPropertyName = 'data';
				else if (property.name.startsWith('inputBinaryField')) {
					const field = `file${String(binaryFields.length)}`;
					binaryFields.push(field);
					parameters[property.name] = field;
				} else if (property.type === 'collection') {
					/** @type {Record<string, any>} */
					const collection = {};
					for (const option of property.options || []) {
						const optionSend = option.routing?.send;
						if (!optionSend?.property) continue; // headers: optional, left out
						collection[option.name] = valueFor(
							definition,
							option,
							schemaOf(definition, op, optionSend.type, optionSend.property),
							optionSend.property,
						);
					}
					parameters[property.name] = collection;
				} else if (property.name === 'body' && property.type === 'json') {
					const content = op.requestBody?.content ?? {};
					const type = Object.keys(content).find((t) => /json/.test(t));
					parameters.body = JSON.stringify(
						type ? (sampleOf(definition, content[type].schema) ?? {}) : {},
					);
				} else if (send?.property) {
					parameters[property.name] = valueFor(
						definition,
						property,
						schemaOf(definition, op, send.type, send.property),
						send.property,
					);
				} else {
					const specName = pathNames.find(
						(n) => property.name === n || property.name === `${n}Path`,
					);
					if (!specName) continue;
					pathParameters[property.name] = specName;
					const param = op.parameters.find(
						(/** @type {any} */ p) => p.in === 'path' && p.name === specName,
					);
					if (specName === 'accountId' || specName === 'extensionId')
						parameters[property.name] = '~';
					else if (param?.example !== undefined && property.type === 'string')
						parameters[property.name] = String(param.example);
					else
						parameters[property.name] = valueFor(
							definition,
							property,
							param?.schema ?? { type: 'string' },
							specName,
						);
				}
			}
			cases.push({
				resource,
				operation,
				operationId: op.operationId,
				parameters,
				binaryFields,
				path: op.path,
				pathParameters,
			});
		}
	}
	return cases;
}

module.exports = { operationCases };
