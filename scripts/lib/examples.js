// @ts-check
'use strict';
/**
 * The example workflows in examples/*.json: which of this package's node types each one uses, whether
 * this build has them, and the "Settings" node each example starts with (the values to change for an
 * account: numbers, chat, folder). Used by `npm run dev` (imports the runnable ones) and test/e2e.
 */
const fs = require('node:fs');
const path = require('node:path');

const { PACKAGE_NAME, ROOT } = require('./discover');

const EXAMPLES_DIR = path.join(ROOT, 'examples');

/** The credential every example uses (id and name as in the JSON files); dev and e2e import it for the emulator. */
const EMULATOR_CREDENTIAL = {
	id: 'RcEmulatorJwt001',
	name: 'RingCentral (emulator)',
	type: 'ringCentralJwtApi',
};

/**
 * The emulator credential as `n8n import:credentials` takes it (with an access token already issued, if given).
 * @param {{ serverUrl: string, clientId: string, clientSecret: string, jwt: string, accessToken?: string, id?: string, name?: string }} o
 */
function emulatorCredential(o) {
	return {
		id: o.id || EMULATOR_CREDENTIAL.id,
		name: o.name || EMULATOR_CREDENTIAL.name,
		type: EMULATOR_CREDENTIAL.type,
		data: {
			environment: 'custom',
			serverUrl: o.serverUrl,
			clientId: o.clientId,
			clientSecret: o.clientSecret,
			jwtToken: o.jwt,
			...(o.accessToken ? { accessToken: o.accessToken } : {}),
		},
	};
}

/**
 * @typedef {{
 *   file: string, slug: string, workflow: any, nodeTypes: string[],
 *   missingNodeTypes: (available: string[]) => string[],
 *   startsWith: 'manualTrigger' | 'formTrigger' | 'ringCentralTrigger' | 'other',
 *   settings: Record<string, unknown>,
 * }} Example
 */

/** @returns {Example[]} */
function loadExamples() {
	if (!fs.existsSync(EXAMPLES_DIR)) return [];
	return fs
		.readdirSync(EXAMPLES_DIR)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((file) => {
			const workflow = JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8'));
			const nodeTypes = [
				...new Set(
					workflow.nodes
						.map((/** @type {any} */ n) => n.type)
						.filter((/** @type {string} */ t) => t.startsWith(`${PACKAGE_NAME}.`)),
				),
			];
			const types = workflow.nodes.map((/** @type {any} */ n) => n.type);
			const startsWith = types.includes('n8n-nodes-base.manualTrigger')
				? 'manualTrigger'
				: types.includes(`${PACKAGE_NAME}.ringCentralTrigger`)
					? 'ringCentralTrigger'
					: types.includes('n8n-nodes-base.formTrigger')
						? 'formTrigger'
						: 'other';
			return {
				file,
				slug: file.replace(/\.json$/, ''),
				workflow,
				nodeTypes: /** @type {string[]} */ (nodeTypes),
				missingNodeTypes: (/** @type {string[]} */ available) =>
					/** @type {string[]} */ (nodeTypes).filter((t) => !available.includes(t)),
				startsWith,
				settings: settingsOf(workflow),
			};
		});
}

/** @param {any} workflow */
function settingsNode(workflow) {
	return workflow.nodes.find(
		(/** @type {any} */ n) => n.type === 'n8n-nodes-base.set' && /^Settings/.test(n.name),
	);
}

/** The values of an example's Settings node. @param {any} workflow @returns {Record<string, unknown>} */
function settingsOf(workflow) {
	const node = settingsNode(workflow);
	/** @type {Record<string, unknown>} */
	const out = {};
	for (const a of node?.parameters?.assignments?.assignments || []) out[a.name] = a.value;
	return out;
}

/**
 * A copy of the workflow with Settings values replaced (only names that exist), and a new id/name if given.
 * @param {any} workflow @param {Record<string, unknown>} values @param {{ id?: string, name?: string }} [o]
 */
function withSettings(workflow, values, o = {}) {
	const copy = JSON.parse(JSON.stringify(workflow));
	const node = settingsNode(copy);
	for (const a of node?.parameters?.assignments?.assignments || [])
		if (a.name in values) a.value = values[a.name];
	if (o.id) copy.id = o.id;
	if (o.name) copy.name = o.name;
	return copy;
}

module.exports = {
	loadExamples,
	emulatorCredential,
	withSettings,
	settingsOf,
	EMULATOR_CREDENTIAL,
	EXAMPLES_DIR,
};
