// @ts-check
'use strict';

/**
 * Calls outside a workflow run, with n8n-core's real contexts: load options / list search
 * (`LoadOptionsContext`) and credential tests (`ExecuteContext` + `RoutingNode`, as n8n's
 * CredentialsTester does). Trigger contexts (`HookContext`, `WebhookContext`, `PollContext`) are in triggers.js.
 */

const { Workflow, NodeHelpers, createRunExecutionData, UnexpectedError } = require('n8n-workflow');
const {
	LoadOptionsContext,
	ExecuteContext,
	RoutingNode,
	CredentialTestContext,
} = require('n8n-core');

const { CredentialStore, HarnessCredentialsHelper } = require('./credentials');
const { createAdditionalData } = require('./engine');
const { NodeTypes, nodeTypeName, defaultTypeVersion } = require('./node-types');

/**
 * @typedef {import('n8n-workflow').INodeType} INodeType
 * @typedef {import('n8n-workflow').IVersionedNodeType} IVersionedNodeType
 * @typedef {import('n8n-workflow').INode} INode
 * @typedef {import('n8n-workflow').INodeParameters} INodeParameters
 * @typedef {import('n8n-workflow').INodeCredentials} INodeCredentials
 * @typedef {import('n8n-workflow').ICredentialDataDecryptedObject} ICredentialDataDecryptedObject
 * @typedef {import('n8n-workflow').INodeCredentialTestResult} INodeCredentialTestResult
 */

/**
 * A workflow holding only the given node (with parameter defaults applied), as n8n builds one for
 * load-options requests.
 * @param {{ nodeType: INodeType | IVersionedNodeType, parameters?: INodeParameters, credentials?: CredentialStore, nodeCredentials?: INodeCredentials, typeVersion?: number, name?: string }} options
 */
function singleNodeWorkflow(options) {
	const { nodeType } = options;
	const type = nodeTypeName(nodeType);
	const typeVersion = options.typeVersion ?? defaultTypeVersion(nodeType);
	const versioned = NodeHelpers.getVersionedNodeType(nodeType, typeVersion);

	/** @type {INodeCredentials} */
	const nodeCredentials = options.nodeCredentials ?? {};
	if (!options.nodeCredentials && options.credentials) {
		for (const { name } of versioned.description.credentials ?? []) {
			if (options.credentials.has(name)) nodeCredentials[name] = { id: name, name };
		}
	}
	const parameters =
		NodeHelpers.getNodeParameters(
			versioned.description.properties,
			options.parameters ?? {},
			true,
			false,
			{ typeVersion },
			versioned.description,
		) ?? {};
	/** @type {INode} */
	const node = {
		id: 'node-under-test',
		name: options.name ?? versioned.description.defaults?.name ?? versioned.description.displayName,
		type,
		typeVersion,
		position: [0, 0],
		parameters,
		...(Object.keys(nodeCredentials).length ? { credentials: nodeCredentials } : {}),
	};
	const workflow = new Workflow({
		id: 'harness-workflow',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: new NodeTypes({ [type]: nodeType }),
	});
	return {
		workflow,
		node: /** @type {INode} */ (workflow.getNode(node.name)),
		nodeType: versioned,
	};
}

/**
 * Calls `methods.loadOptions[methodName]` or `methods.listSearch[methodName]` of a node with a
 * real `LoadOptionsContext`.
 * @param {{ nodeType: INodeType | IVersionedNodeType, methodName: string, parameters?: INodeParameters, credentials?: CredentialStore,
 *   nodeCredentials?: INodeCredentials, typeVersion?: number, kind?: 'loadOptions' | 'listSearch', filter?: string,
 *   paginationToken?: string, path?: string }} options
 *   `kind` defaults to whichever of the two defines `methodName` (loadOptions first);
 *   `path` is the parameter path the request is for (`getCurrentNodeParameter` resolves against it).
 * @returns {Promise<any>} the method's result (options array, or `{ results, paginationToken }`)
 */
async function loadOptions(options) {
	const { workflow, node, nodeType } = singleNodeWorkflow(options);
	const additionalData = createAdditionalData({ credentials: options.credentials });
	additionalData.currentNodeParameters = node.parameters;
	const context = new LoadOptionsContext(workflow, node, additionalData, options.path ?? '');

	const { methods } = nodeType;
	const kind =
		options.kind ?? (methods?.loadOptions?.[options.methodName] ? 'loadOptions' : 'listSearch');
	if (kind === 'loadOptions') {
		const method = methods?.loadOptions?.[options.methodName];
		if (typeof method !== 'function') {
			throw new UnexpectedError(`Node has no loadOptions method "${options.methodName}"`);
		}
		return await method.call(context);
	}
	const method = methods?.listSearch?.[options.methodName];
	if (typeof method !== 'function') {
		throw new UnexpectedError(`Node has no listSearch method "${options.methodName}"`);
	}
	return await method.call(context, options.filter, options.paginationToken);
}

/**
 * Tests a credential like n8n's CredentialsTester: applies defaults and expressions, then runs the
 * type's `test` request through RoutingNode with the credential's authentication (and its
 * `preAuthentication`, which always runs during a test). With `data`, a copy of the store holding
 * that data is used (the store is not modified); without, the stored credential is tested (a
 * minted token is persisted, as n8n does for saved credentials).
 * @param {CredentialStore} store  holds the credential types (and the data when `data` is omitted)
 * @param {string} type  credential type name
 * @param {ICredentialDataDecryptedObject} [data]
 * @returns {Promise<INodeCredentialTestResult>}
 */
async function testCredential(store, type, data) {
	const credentialStore = data ? store.clone({ [type]: data }) : store;
	const credentialType = credentialStore.getType(type);
	const test = credentialType.test;
	if (!test) {
		return { status: 'Error', message: 'No testing function found for this credential.' };
	}

	const helper = new HarnessCredentialsHelper(credentialStore);
	const additionalData = createAdditionalData({ credentials: helper });
	/** @type {ICredentialDataDecryptedObject} */
	let decrypted;
	try {
		decrypted = await helper.applyDefaultsAndOverwrites(
			additionalData,
			credentialStore.get(type),
			type,
			'internal',
		);
	} catch (error) {
		return { status: 'Error', message: String(error.message) };
	}
	const credentialsDecrypted = { id: type, name: type, type, data: decrypted };

	if (typeof test === 'function') {
		return await /** @type {any} */ (test).call(new CredentialTestContext(), credentialsDecrypted);
	}

	// n8n tests with a copy of its NoOp node carrying the test request as routing.
	/** @type {INodeType} */
	const nodeTypeCopy = {
		description: {
			displayName: 'No Operation, do nothing',
			name: 'n8n-nodes-base.noOp',
			group: ['organization'],
			version: 1,
			description: 'No Operation',
			defaults: { name: 'No Operation, do nothing' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: type, required: true }],
			properties: [
				{
					displayName: 'Temp',
					name: 'temp',
					type: 'string',
					routing: { request: test.request },
					default: '',
				},
			],
		},
	};
	/** @type {INode} */
	const node = {
		id: 'temp',
		parameters: { temp: '' },
		name: 'Temp-Node',
		type: 'n8n-nodes-base.noOp',
		typeVersion: 1,
		position: [0, 0],
		credentials: { [type]: { id: type, name: type } },
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: new NodeTypes({ 'n8n-nodes-base.noOp': nodeTypeCopy }),
	});
	const workflowNode = /** @type {INode} */ (workflow.getNode(node.name));
	const runExecutionData = createRunExecutionData();
	const executeData = { node: workflowNode, data: {}, source: null };
	const context = new ExecuteContext(
		workflow,
		workflowNode,
		additionalData,
		'internal',
		runExecutionData,
		0,
		[],
		{ main: [[{ json: {} }]] },
		executeData,
		[],
	);
	const routingNode = new RoutingNode(context, nodeTypeCopy, credentialsDecrypted);

	/** @type {any} */
	let response;
	try {
		response = await routingNode.runNode();
	} catch (error) {
		if (error.cause?.response) {
			const statusCode = error.cause.response.status;
			const statusMessage = error.cause.response.statusText;
			for (const rule of test.rules ?? []) {
				if (rule.type === 'responseCode' && statusCode === rule.properties.value) {
					return { status: 'Error', message: rule.properties.message };
				}
			}
			if (statusCode < 199 || statusCode > 299) {
				return {
					status: 'Error',
					message: statusMessage || `Received HTTP status code: ${statusCode}`,
				};
			}
		} else if (error.cause?.code) {
			return { status: 'Error', message: error.cause.code };
		}
		return { status: 'Error', message: String(error.message) };
	}

	for (const rule of test.rules ?? []) {
		if (rule.type === 'responseSuccessBody') {
			const responseData = response?.[0]?.[0]?.json;
			const value = String(rule.properties.key)
				.split('.')
				.reduce((obj, key) => (obj == null ? undefined : obj[key]), responseData);
			if (value === rule.properties.value) {
				return { status: 'Error', message: rule.properties.message };
			}
		}
	}
	return { status: 'OK', message: 'Connection successful!' };
}

module.exports = { loadOptions, testCredential, singleNodeWorkflow };
