// @ts-check
'use strict';
/**
 * Workflow JSON for the end-to-end tests, as `n8n import:workflow` takes it, and helpers to read
 * the run data `n8n execute --rawOutput` prints.
 */
const crypto = require('node:crypto');
const { PACKAGE_NAME } = require('../../../scripts/lib/discover');

/** A 16-character n8n-style id, stable for a given seed. @param {string} seed */
function idFor(seed) {
	return `E2e${crypto.createHash('sha1').update(seed).digest('hex').slice(0, 13)}`;
}

/**
 * @typedef {{ name: string, type: string, parameters?: Record<string, unknown>, typeVersion?: number,
 *   credentials?: Record<string, { id: string, name: string }>, webhookId?: string,
 *   onError?: 'stopWorkflow' | 'continueRegularOutput' | 'continueErrorOutput' }} NodeSpec
 */

/**
 * A workflow started by a Manual Trigger ("Start"): `chain` nodes run one after another; `branches`
 * nodes each hang off the trigger (parallel branches).
 * @param {{ id: string, name: string, chain?: NodeSpec[], branches?: NodeSpec[], start?: NodeSpec }} o
 */
function manualWorkflow({ id, name, chain = [], branches = [], start }) {
	const trigger = start || { name: 'Start', type: 'n8n-nodes-base.manualTrigger', parameters: {} };
	/** @type {any[]} */
	const nodes = [];
	/** @type {Record<string, any>} */
	const connections = {};
	const add = (/** @type {NodeSpec} */ spec, /** @type {[number, number]} */ position) => {
		nodes.push({
			id: crypto.randomUUID(),
			name: spec.name,
			type: spec.type,
			typeVersion: spec.typeVersion || 1,
			position,
			parameters: spec.parameters || {},
			...(spec.credentials ? { credentials: spec.credentials } : {}),
			...(spec.webhookId ? { webhookId: spec.webhookId } : {}),
			...(spec.onError ? { onError: spec.onError } : {}),
		});
	};
	add(trigger, [0, 0]);
	let previous = trigger.name;
	chain.forEach((spec, i) => {
		add(spec, [220 * (i + 1), 0]);
		connections[previous] = { main: [[{ node: spec.name, type: 'main', index: 0 }]] };
		previous = spec.name;
	});
	if (branches.length) {
		branches.forEach((spec, i) => add(spec, [220, 160 * i]));
		connections[trigger.name] = {
			main: [branches.map((b) => ({ node: b.name, type: 'main', index: 0 }))],
		};
	}
	return {
		id,
		name,
		active: false,
		nodes,
		connections,
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/**
 * One of this package's nodes, authenticated with a credential.
 * @param {string} name @param {string} nodeName e.g. 'ringCentralMessaging'
 * @param {Record<string, unknown>} parameters @param {{ id: string, name: string, type: string }} credential
 * @returns {NodeSpec}
 */
function rcNode(name, nodeName, parameters, credential) {
	const authentication = credential.type === 'ringCentralOAuth2Api' ? 'oAuth2' : 'jwt';
	return {
		name,
		type: `${PACKAGE_NAME}.${nodeName}`,
		parameters: { authentication, ...parameters },
		credentials: { [credential.type]: { id: credential.id, name: credential.name } },
	};
}

/**
 * The items a node output in a run (main output `output`, run `runIndex`).
 * @param {any} run the IRun printed by `n8n execute --rawOutput`
 * @param {string} node @param {number} [output] @param {number} [runIndex]
 * @returns {Array<{ json: any, binary?: any }>}
 */
function itemsOf(run, node, output = 0, runIndex = 0) {
	const task = run?.data?.resultData?.runData?.[node]?.[runIndex];
	if (!task)
		throw new Error(
			`node "${node}" did not run (ran: ${Object.keys(run?.data?.resultData?.runData || {}).join(', ')})`,
		);
	if (task.error)
		throw new Error(`node "${node}" failed: ${task.error.message} ${task.error.description || ''}`);
	return task.data?.main?.[output] || [];
}

/** @param {any} run @param {string} node */
function ran(run, node) {
	return !!run?.data?.resultData?.runData?.[node];
}

module.exports = { manualWorkflow, rcNode, itemsOf, ran, idFor };
