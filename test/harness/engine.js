// @ts-check
'use strict';

/**
 * Runs workflows with n8n's real engine: `Workflow` (n8n-workflow) + `WorkflowExecute`
 * (n8n-core) with `ExecutionLifecycleHooks` and a complete `IWorkflowExecuteAdditionalData`.
 * Declarative nodes go through n8n-core's RoutingNode, programmatic ones through `execute` /
 * `customOperations`, exactly as in n8n.
 */

const n8nWorkflow = require('n8n-workflow');
const { Workflow, NodeHelpers, createRunExecutionData, UnexpectedError } = n8nWorkflow;
const {
	WorkflowExecute,
	ExecutionLifecycleHooks,
	ExternalSecretsProxy,
	BinaryDataService,
} = require('n8n-core');

const { ensureContainer, Container } = require('../../scripts/lib/di');
const { ensureDeduplication } = require('./deduplication');
const { CredentialStore, HarnessCredentialsHelper } = require('./credentials');
const {
	NodeTypes,
	nodeTypeName,
	defaultTypeVersion,
	sourceNodeType,
	SOURCE_NODE_TYPE,
} = require('./node-types');

/** The n8n-core version the tests run on (2.41 by default, 2.8.4 under `npm run test:n8n-2.8`). */
const ENGINE_VERSION = (() => {
	const path = require('node:path');
	let dir = path.dirname(require.resolve('n8n-core'));
	while (!require('node:fs').existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
	return require(path.join(dir, 'package.json')).version;
})();

/**
 * n8n 2.8 refuses a node with parameter issues with a generic "The workflow has issues" error;
 * newer n8n names the node and the issue. Tests expect the specific message where n8n gives it.
 */
const namesParameterIssues = !ENGINE_VERSION.startsWith('2.8.');

/**
 * @typedef {import('n8n-workflow').INodeType} INodeType
 * @typedef {import('n8n-workflow').IVersionedNodeType} IVersionedNodeType
 * @typedef {import('n8n-workflow').INode} INode
 * @typedef {import('n8n-workflow').IConnections} IConnections
 * @typedef {import('n8n-workflow').INodeParameters} INodeParameters
 * @typedef {import('n8n-workflow').INodeExecutionData} INodeExecutionData
 * @typedef {import('n8n-workflow').IBinaryData} IBinaryData
 * @typedef {import('n8n-workflow').IRun} IRun
 * @typedef {import('n8n-workflow').IRunData} IRunData
 * @typedef {import('n8n-workflow').ITaskData} ITaskData
 * @typedef {import('n8n-workflow').IDataObject} IDataObject
 * @typedef {import('n8n-workflow').IWorkflowExecuteAdditionalData} IWorkflowExecuteAdditionalData
 * @typedef {import('n8n-workflow').WorkflowExecuteMode} WorkflowExecuteMode
 * @typedef {import('n8n-workflow').INodeCredentials} INodeCredentials
 */

/**
 * Binary input as tests give it: base64 data plus metadata. Converted by the source node with
 * `prepareBinaryData`.
 * @typedef {{ data: string, mimeType: string, fileName?: string }} BinaryInput
 */

/**
 * An input item: `json`, optional `binary` (either {@link BinaryInput} or stored `IBinaryData`).
 * @typedef {{ json?: IDataObject, binary?: Record<string, BinaryInput | IBinaryData>, pairedItem?: INodeExecutionData['pairedItem'] }} InputItem
 */

let executionCounter = 0;

/**
 * n8n stores a node's error in the run data as a copy of its own properties
 * (`{ ...error, message, stack }`, see WorkflowExecute.reportNodeExecutionError). This restores
 * the class (NodeApiError, NodeOperationError, ...) on a copy so tests can use `instanceof`; all
 * fields (message, description, httpCode, context, node, cause...) are the original ones.
 * @param {any} error
 * @returns {any}
 */
function reviveError(error) {
	if (!error || typeof error !== 'object' || error instanceof Error) return error;
	/** @type {any} */
	const candidate =
		typeof error.name === 'string' ? /** @type {any} */ (n8nWorkflow)[error.name] : undefined;
	const proto =
		typeof candidate === 'function' && candidate.prototype instanceof Error
			? candidate.prototype
			: Error.prototype;
	return Object.assign(Object.create(proto), error);
}

/**
 * A complete additionalData, as n8n's CLI builds it in `WorkflowExecuteAdditionalData.getBase`.
 * @param {{ credentials?: CredentialStore | HarnessCredentialsHelper, hooks?: ExecutionLifecycleHooks, executionId?: string, variables?: IDataObject, baseUrl?: string }} [options]
 * @returns {IWorkflowExecuteAdditionalData}
 */
function createAdditionalData(options = {}) {
	ensureContainer();
	const store = options.credentials ?? new CredentialStore();
	const credentialsHelper =
		store instanceof HarnessCredentialsHelper ? store : new HarnessCredentialsHelper(store);
	const baseUrl = (options.baseUrl ?? 'http://localhost:5678').replace(/\/$/, '');
	const notSupported = (/** @type {string} */ what) => async () => {
		throw new UnexpectedError(`${what} is not supported by the test harness`);
	};
	/** @type {IWorkflowExecuteAdditionalData} */
	const additionalData = {
		credentialsHelper,
		hooks: options.hooks,
		executionId: options.executionId,
		externalSecretsProxy: new ExternalSecretsProxy(),
		executeWorkflow: notSupported('executeWorkflow (sub-workflows)'),
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		currentNodeExecutionIndex: 0,
		restApiUrl: `${baseUrl}/rest`,
		instanceBaseUrl: `${baseUrl}/`,
		formBaseUrl: `${baseUrl}/form`,
		formWaitingBaseUrl: `${baseUrl}/form-waiting`,
		formTestBaseUrl: `${baseUrl}/form-test`,
		webhookBaseUrl: `${baseUrl}/webhook`,
		webhookWaitingBaseUrl: `${baseUrl}/webhook-waiting`,
		webhookTestBaseUrl: `${baseUrl}/webhook-test`,
		mcpBaseUrl: `${baseUrl}/mcp`,
		mcpTestBaseUrl: `${baseUrl}/mcp-test`,
		variables: options.variables ?? {},
		logAiEvent: () => {},
		startRunnerTask: notSupported('Code node task runners'),
		userId: 'harness-user',
		workflowId: 'harness-workflow',
		projectId: 'harness-project',
	};
	return additionalData;
}

/**
 * @param {Record<string, INodeType | IVersionedNodeType> | Array<INodeType | IVersionedNodeType> | NodeTypes | undefined} nodeTypes
 * @returns {NodeTypes}
 */
function toNodeTypes(nodeTypes) {
	const registry = nodeTypes instanceof NodeTypes ? nodeTypes : new NodeTypes();
	if (Array.isArray(nodeTypes)) {
		for (const type of nodeTypes) registry.add(nodeTypeName(type), type);
	} else if (nodeTypes && !(nodeTypes instanceof NodeTypes)) {
		for (const [name, type] of Object.entries(nodeTypes)) registry.add(name, type);
	}
	if (!registry.types.has(SOURCE_NODE_TYPE)) registry.add(SOURCE_NODE_TYPE, sourceNodeType);
	return registry;
}

/**
 * @typedef {object} RunWorkflowOptions
 * @property {Array<Partial<INode> & { name: string, type: string }>} nodes  workflow nodes (id, typeVersion, position and parameters may be omitted)
 * @property {IConnections} [connections]
 * @property {Record<string, INodeType | IVersionedNodeType> | Array<INodeType | IVersionedNodeType> | NodeTypes} nodeTypes
 *   node types by type name, or instances (named `<package>.<description.name>`, see `nodeTypeName`)
 * @property {CredentialStore} [credentials]
 * @property {InputItem[]} [startItems]  input of the start node (default `[{ json: {} }]`)
 * @property {string} [startNode]  name of the node to start at (default: the first node without parents)
 * @property {WorkflowExecuteMode} [mode]  default 'manual'
 * @property {IDataObject} [staticData]  workflow static data (mutated in place by the run)
 * @property {import('n8n-workflow').IWorkflowSettings} [settings]
 * @property {IDataObject} [variables]  `$vars`
 */

/**
 * @typedef {object} WorkflowResult
 * @property {IRun} run  the full run as `workflowExecuteAfter` received it
 * @property {IRunData} runData  run data by node name
 * @property {Error | undefined} error  the workflow's error (the failing node's error), if any
 * @property {string[]} executionOrder  node names in the order they finished
 * @property {import('n8n-workflow').Workflow} workflow
 * @property {IDataObject} staticData  the workflow's static data after the run
 * @property {(nodeName: string, output?: number, runIndex?: number) => INodeExecutionData[]} itemsOf
 */

/**
 * Runs a workflow with n8n's engine.
 * @param {RunWorkflowOptions} options
 * @returns {Promise<WorkflowResult>}
 */
async function runWorkflow(options) {
	ensureContainer();
	await ensureDeduplication();
	const nodeTypes = toNodeTypes(options.nodeTypes);
	const mode = options.mode ?? 'manual';
	const executionId = `harness-${++executionCounter}`;

	/** @type {INode[]} */
	const nodes = options.nodes.map((node, index) => ({
		id: node.id ?? `node-${index}`,
		typeVersion: node.typeVersion ?? 1,
		position: node.position ?? [index * 200, 0],
		parameters: node.parameters ?? {},
		...node,
	}));
	for (const node of nodes) {
		// Apply parameter defaults, as the editor does when the node is added.
		const nodeType = nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
		const withDefaults = NodeHelpers.getNodeParameters(
			nodeType.description.properties,
			node.parameters,
			true,
			false,
			node,
			nodeType.description,
		);
		node.parameters = withDefaults ?? node.parameters;
	}

	const staticData = options.staticData ?? {};
	const workflow = new Workflow({
		id: 'harness-workflow',
		name: 'Harness workflow',
		nodes,
		connections: options.connections ?? {},
		active: false,
		nodeTypes,
		staticData,
		settings: options.settings ?? { executionOrder: 'v1' },
	});

	const startNodeName =
		options.startNode ??
		nodes.find((node) => workflow.getParentNodes(node.name).length === 0)?.name ??
		nodes[0].name;
	const startNode = workflow.getNode(startNodeName);
	if (!startNode) throw new UnexpectedError(`Start node "${startNodeName}" not found`);

	const hooks = new ExecutionLifecycleHooks(mode, executionId, {
		id: 'harness-workflow',
		name: 'Harness workflow',
		active: false,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
		nodes,
		connections: options.connections ?? {},
		activeVersionId: null,
	});
	/** @type {string[]} */
	const executionOrder = [];
	hooks.addHandler('nodeExecuteAfter', (nodeName) => {
		executionOrder.push(nodeName);
	});
	/** @type {Promise<IRun>} */
	const finished = new Promise((resolve) => {
		hooks.addHandler('workflowExecuteAfter', (fullRunData) => resolve(fullRunData));
	});

	const additionalData = createAdditionalData({
		credentials: options.credentials,
		hooks,
		executionId,
		variables: options.variables,
	});

	const startItems = /** @type {INodeExecutionData[]} */ (options.startItems ?? [{ json: {} }]).map(
		(item) => ({ ...item, json: item.json ?? {} }),
	);
	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node: startNode, data: { main: [startItems] }, source: null }],
		},
	});

	const workflowExecute = new WorkflowExecute(additionalData, mode, runExecutionData);
	const returned = await workflowExecute.processRunExecutionData(workflow);
	const run = await Promise.race([finished, Promise.resolve(returned)]);

	const { runData } = run.data.resultData;
	return {
		run,
		runData,
		error: reviveError(run.data.resultData.error),
		executionOrder,
		workflow,
		staticData: /** @type {IDataObject} */ (workflow.staticData),
		itemsOf: (nodeName, output = 0, runIndex = 0) =>
			runData[nodeName]?.[runIndex]?.data?.main?.[output] ?? [],
	};
}

/**
 * @typedef {object} RunNodeOptions
 * @property {INodeType | IVersionedNodeType} nodeType  the node under test (an instance)
 * @property {INodeParameters} [parameters]
 * @property {CredentialStore} [credentials]
 * @property {INodeCredentials} [nodeCredentials]  which credentials the node uses (default: every
 *   credential the node declares that has data in the store, id and name = type name)
 * @property {InputItem[]} [items]  input items (default `[{ json: {} }]`)
 * @property {boolean} [continueOnFail]  the node's "On Error: Continue" setting
 * @property {'stopWorkflow' | 'continueRegularOutput' | 'continueErrorOutput'} [onError]
 * @property {number} [typeVersion]  default: the node's default version
 * @property {string} [name]  node name (default: the node's default name or display name)
 * @property {Partial<INode>} [nodeSettings]  more node fields (alwaysOutputData, retryOnFail, ...)
 * @property {IDataObject} [staticData]
 * @property {WorkflowExecuteMode} [mode]
 */

/**
 * @typedef {object} NodeResult
 * @property {INodeExecutionData[]} items  main output 0 of the node under test
 * @property {INodeExecutionData[][]} outputs  all main outputs
 * @property {any} error  the node's error (NodeApiError / NodeOperationError, class restored from the
 *   run data's copy), if the node failed; undefined when it succeeded or continued on fail
 * @property {ITaskData | undefined} taskData  the node's task data (run index 0)
 * @property {IRunData} runData  raw run data of the whole workflow
 * @property {IRun} run
 * @property {INode} node  the node as it ran (parameters with defaults)
 * @property {IDataObject} staticData
 */

/**
 * Runs one node, fed by the harness's source node.
 * @param {RunNodeOptions} options
 * @returns {Promise<NodeResult>}
 */
async function runNode(options) {
	const { nodeType } = options;
	const type = nodeTypeName(nodeType);
	const typeVersion = options.typeVersion ?? defaultTypeVersion(nodeType);
	const versioned = NodeHelpers.getVersionedNodeType(nodeType, typeVersion);
	const name =
		options.name ?? versioned.description.defaults?.name ?? versioned.description.displayName;

	/** @type {INodeCredentials} */
	let nodeCredentials = options.nodeCredentials ?? {};
	if (!options.nodeCredentials && options.credentials) {
		for (const { name: credentialType } of versioned.description.credentials ?? []) {
			if (options.credentials.has(credentialType)) {
				nodeCredentials[credentialType] = { id: credentialType, name: credentialType };
			}
		}
	}

	/** @type {INode & { name: string, type: string }} */
	const node = {
		id: 'node-under-test',
		name,
		type,
		typeVersion,
		position: [200, 0],
		parameters: options.parameters ?? {},
		...(Object.keys(nodeCredentials).length ? { credentials: nodeCredentials } : {}),
		...(options.continueOnFail ? { onError: 'continueRegularOutput' } : {}),
		...(options.onError ? { onError: options.onError } : {}),
		...(options.nodeSettings ?? {}),
	};
	const sourceName = name === 'Source' ? 'Harness Source' : 'Source';
	const result = await runWorkflow({
		nodes: [
			{
				id: 'source',
				name: sourceName,
				type: SOURCE_NODE_TYPE,
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			node,
		],
		connections: {
			[sourceName]: { main: [[{ node: name, type: 'main', index: 0 }]] },
		},
		nodeTypes: { [type]: nodeType },
		credentials: options.credentials,
		startItems: options.items ?? [{ json: {} }],
		startNode: sourceName,
		staticData: options.staticData,
		mode: options.mode,
	});

	const taskData = result.runData[name]?.[0];
	const sourceError = result.runData[sourceName]?.[0]?.error;
	if (sourceError) throw sourceError;
	const outputs = /** @type {INodeExecutionData[][]} */ (taskData?.data?.main ?? []).map(
		(o) => o ?? [],
	);
	return {
		items: outputs[0] ?? [],
		outputs,
		error: reviveError(taskData?.error),
		taskData,
		runData: result.runData,
		run: result.run,
		node: /** @type {INode} */ (result.workflow.getNode(name)),
		staticData: result.staticData,
	};
}

/**
 * An input item with one binary property.
 * @param {Buffer | Uint8Array | string} data  bytes (a string is taken as UTF-8)
 * @param {string} mimeType
 * @param {string} [fileName]
 * @param {{ json?: IDataObject, property?: string }} [options]  JSON of the item; binary property name (default 'data')
 * @returns {InputItem}
 */
function binaryItem(data, mimeType, fileName, options = {}) {
	const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
	return {
		json: options.json ?? {},
		binary: {
			[options.property ?? 'data']: { data: buffer.toString('base64'), mimeType, fileName },
		},
	};
}

/**
 * The bytes of an item's binary property, however n8n stored them.
 * @param {INodeExecutionData} item
 * @param {string} [property] default 'data'
 * @returns {Promise<Buffer>}
 */
async function readBinary(item, property = 'data') {
	const binary = item.binary?.[property];
	if (!binary) {
		throw new UnexpectedError(
			`Item has no binary property "${property}" (has: ${Object.keys(item.binary ?? {}).join(', ') || 'none'})`,
		);
	}
	ensureContainer();
	return await Container.get(BinaryDataService).getAsBuffer(binary);
}

module.exports = {
	runWorkflow,
	runNode,
	createAdditionalData,
	binaryItem,
	readBinary,
	toNodeTypes,
	reviveError,
	ENGINE_VERSION,
	namesParameterIssues,
};
