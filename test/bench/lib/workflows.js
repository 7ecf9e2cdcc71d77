// @ts-check
'use strict';
/**
 * The benchmark workflows, as `n8n import:workflow` takes them. Every one has the same frame:
 *
 *   Start → Checkpoint start → [the work: items, then the measured node(s)] → Checkpoint end → Checkpoint count
 *
 * The checkpoints are HTTP Request nodes (Execute Once) posting to the probe of the benchmark process
 * (probe.js), which reads the n8n process's memory and CPU time while n8n waits for the answer: at
 * "start" it resets the peak (VmHWM), at "end" it reads it. "count" comes after the reading, so what it
 * evaluates (the item counts) does not count towards the peak.
 */
const crypto = require('node:crypto');

const PACKAGE = 'n8n-nodes-ringcentral';
const HTTP_VERSION = 4.2;

/**
 * @typedef {{ name: string, type: string, typeVersion?: number, parameters?: Record<string, unknown>,
 *   credentials?: Record<string, { id: string, name: string }>, executeOnce?: boolean,
 *   onError?: 'stopWorkflow' | 'continueRegularOutput', alwaysOutputData?: boolean }} NodeSpec
 * @typedef {{ id: string, name: string, type: string }} Credential
 */

/**
 * A checkpoint: one POST to the probe, whatever the number of input items.
 * @param {string} name @param {string} url @param {string} [jsonBody] an n8n expression giving the JSON body
 * @returns {NodeSpec}
 */
function checkpoint(name, url, jsonBody = '={}') {
	return {
		name,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: HTTP_VERSION,
		executeOnce: true,
		parameters: {
			method: 'POST',
			url,
			sendBody: true,
			specifyBody: 'json',
			jsonBody,
			options: {},
		},
	};
}

/**
 * A workflow from a list of nodes and edges. Node positions follow the list (branches of one node run
 * top to bottom with n8n's v1 execution order, so the list order is the run order).
 * @param {{ id: string, name: string, nodes: NodeSpec[], edges: Array<[string, string]> }} o
 */
function graph({ id, name, nodes, edges }) {
	/** @type {Record<string, any>} */
	const connections = {};
	for (const [from, to] of edges) {
		connections[from] ??= { main: [[]] };
		connections[from].main[0].push({ node: to, type: 'main', index: 0 });
	}
	return {
		id,
		name,
		active: false,
		nodes: nodes.map((spec, i) => ({
			id: crypto.randomUUID(),
			name: spec.name,
			type: spec.type,
			typeVersion: spec.typeVersion || 1,
			position: [220 * i, 100 * i],
			parameters: spec.parameters || {},
			...(spec.credentials ? { credentials: spec.credentials } : {}),
			...(spec.executeOnce ? { executeOnce: true } : {}),
			...(spec.onError ? { onError: spec.onError } : {}),
			...(spec.alwaysOutputData ? { alwaysOutputData: true } : {}),
		})),
		connections,
		// Nothing of a run is kept in the database: saving 100,000 items would add its own peak.
		settings: {
			executionOrder: 'v1',
			saveDataSuccessExecution: 'none',
			saveDataErrorExecution: 'none',
			saveManualExecutions: false,
			saveExecutionProgress: false,
		},
		pinData: {},
	};
}

/**
 * The frame around the measured part: `work` are the nodes between the start and end checkpoints, run
 * in a chain; `branches` hang off a work node and run before the chain goes on (e.g. a checkpoint
 * between two measured nodes). `count` is the JSON body expression of the count checkpoint.
 * @param {{ id: string, name: string, probeUrl: string, work: NodeSpec[], branches?: Array<{ after: string, node: NodeSpec }>, count?: string }} o
 */
function framed({ id, name, probeUrl, work, branches = [], count = '={}' }) {
	const start = { name: 'Start', type: 'n8n-nodes-base.manualTrigger', parameters: {} };
	// n8n 2.41 answers every expression that reads an HTTP Request node's output with null once that node
	// (with a predefined credential type) has error items: the count is then missing, and taken from the emulator.
	const counter = {
		...checkpoint('Checkpoint count', `${probeUrl}/cp/${id}/count`, count),
		onError: /** @type {const} */ ('continueRegularOutput'),
	};
	const chain = [
		start,
		checkpoint('Checkpoint start', `${probeUrl}/cp/${id}/start`),
		...work,
		checkpoint('Checkpoint end', `${probeUrl}/cp/${id}/end`),
		counter,
	];
	/** @type {Array<[string, string]>} */
	const edges = [];
	for (let i = 1; i < chain.length; i++) edges.push([chain[i - 1].name, chain[i].name]);
	/** @type {NodeSpec[]} */
	const nodes = [];
	for (const node of chain) {
		nodes.push(node);
		for (const b of branches.filter((x) => x.after === node.name)) {
			// Listed (and so placed) before the chain's next node: runs first.
			nodes.push(b.node);
			edges.unshift([node.name, b.node.name]);
		}
	}
	return graph({ id, name, nodes, edges });
}

/**
 * `count` input items `{ i }` (a Set node making the list, Split Out making items of it).
 * @param {number} count @returns {NodeSpec[]}
 */
function items(count) {
	return [
		{
			name: 'List',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			parameters: {
				mode: 'raw',
				jsonOutput: `={{ { "list": Array.from({ length: ${count} }, (_, i) => ({ i })) } }}`,
				options: {},
			},
		},
		{
			name: 'Items',
			type: 'n8n-nodes-base.splitOut',
			typeVersion: 1,
			parameters: { fieldToSplitOut: 'list', options: {} },
		},
	];
}

/** @param {Credential} credential */
function credentialRef(credential) {
	return { [credential.type]: { id: credential.id, name: credential.name } };
}

/**
 * One of this package's nodes.
 * @param {string} name @param {string} nodeName @param {Record<string, unknown>} parameters @param {Credential} credential
 * @param {Partial<NodeSpec>} [extra] @returns {NodeSpec}
 */
function ours(name, nodeName, parameters, credential, extra = {}) {
	return {
		name,
		type: `${PACKAGE}.${nodeName}`,
		parameters: { authentication: 'jwt', ...parameters },
		credentials: credentialRef(credential),
		...extra,
	};
}

/**
 * n8n's HTTP Request node with the package's JWT credential as a predefined credential type (n8n
 * authenticates it exactly as for our nodes).
 * @param {string} name @param {Record<string, unknown>} parameters @param {Credential} credential
 * @param {Partial<NodeSpec>} [extra] @returns {NodeSpec}
 */
function httpRequest(name, parameters, credential, extra = {}) {
	return {
		name,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: HTTP_VERSION,
		parameters: {
			authentication: 'predefinedCredentialType',
			nodeCredentialType: credential.type,
			options: {},
			...parameters,
		},
		credentials: credentialRef(credential),
		...extra,
	};
}

/**
 * JSON body of the count checkpoint: items of a node, and error items (those without the `id` every
 * RingCentral answer has; the HTTP Request node's error objects cannot be read in an expression).
 * @param {string} node
 */
function countOf(node) {
	return `={{ JSON.stringify({ items: $('${node}').all().length, errors: $('${node}').all().filter((item) => item.json.id === undefined).length }) }}`;
}

module.exports = { framed, graph, checkpoint, items, ours, httpRequest, countOf, PACKAGE };
