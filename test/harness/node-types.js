// @ts-check
'use strict';

const path = require('node:path');
const { NodeHelpers, UnexpectedError } = require('n8n-workflow');

/**
 * @typedef {import('n8n-workflow').INodeType} INodeType
 * @typedef {import('n8n-workflow').IVersionedNodeType} IVersionedNodeType
 * @typedef {import('n8n-workflow').INode} INode
 * @typedef {import('n8n-workflow').INodeExecutionData} INodeExecutionData
 * @typedef {import('n8n-workflow').IExecuteFunctions} IExecuteFunctions
 * @typedef {import('n8n-workflow').INodeTypes} INodeTypes
 */

/** Package name used as the node type prefix (`<package>.<node name>`), as n8n loads community nodes. */
const PACKAGE_NAME = (() => {
	try {
		return /** @type {{ name: string }} */ (
			require(path.join(__dirname, '..', '..', 'package.json'))
		).name;
	} catch {
		return 'n8n-nodes-test';
	}
})();

/** Type name of the harness's source node. */
const SOURCE_NODE_TYPE = 'n8n-nodes-harness.source';

/**
 * The full type name n8n gives a node of this package: `<package name>.<description.name>`.
 * @param {INodeType | IVersionedNodeType} nodeType
 * @param {string} [packageName]
 */
function nodeTypeName(nodeType, packageName = PACKAGE_NAME) {
	const { name } = nodeType.description;
	return name.includes('.') ? name : `${packageName}.${name}`;
}

/**
 * The version n8n gives a new node of this type: `defaultVersion`, else the highest version.
 * @param {INodeType | IVersionedNodeType} nodeType
 * @returns {number}
 */
function defaultTypeVersion(nodeType) {
	if ('nodeVersions' in nodeType) {
		return nodeType.description.defaultVersion ?? nodeType.currentVersion;
	}
	const { description } = nodeType;
	if (description.defaultVersion !== undefined) return description.defaultVersion;
	return Array.isArray(description.version)
		? Math.max(...description.version)
		: description.version;
}

/**
 * Minimal `INodeTypes` registry.
 * @implements {INodeTypes}
 */
class NodeTypes {
	/** @param {Record<string, INodeType | IVersionedNodeType>} [types] */
	constructor(types = {}) {
		/** @type {Map<string, INodeType | IVersionedNodeType>} */
		this.types = new Map(Object.entries(types));
	}

	/**
	 * @param {string} name
	 * @param {INodeType | IVersionedNodeType} type
	 */
	add(name, type) {
		this.types.set(name, type);
		return this;
	}

	/** @param {string} name */
	getByName(name) {
		const type = this.types.get(name);
		if (!type) throw new UnexpectedError(`Unknown node type "${name}"`);
		return type;
	}

	/**
	 * @param {string} name
	 * @param {number} [version]
	 */
	getByNameAndVersion(name, version) {
		return NodeHelpers.getVersionedNodeType(this.getByName(name), version);
	}

	getKnownTypes() {
		return {};
	}
}

/**
 * Converts an item's binary given as `{ data: base64, mimeType, fileName }` into stored binary
 * data (prepareBinaryData), so nodes see it exactly as if an upstream node produced it.
 * @type {INodeType}
 */
const sourceNodeType = {
	description: {
		displayName: 'Harness Source',
		name: SOURCE_NODE_TYPE,
		group: ['input'],
		version: 1,
		description: 'Emits the items given to the harness',
		defaults: { name: 'Source' },
		inputs: ['main'],
		outputs: ['main'],
		properties: [],
	},
	/** @this {IExecuteFunctions} */
	async execute() {
		const items = this.getInputData();
		/** @type {INodeExecutionData[]} */
		const out = [];
		for (let i = 0; i < items.length; i++) {
			const { json, binary } = items[i];
			/** @type {INodeExecutionData} */
			const item = { json: json ?? {}, pairedItem: { item: i } };
			if (binary) {
				item.binary = {};
				for (const [key, value] of Object.entries(binary)) {
					if (value.id) {
						item.binary[key] = value;
						continue;
					}
					item.binary[key] = await this.helpers.prepareBinaryData(
						Buffer.from(value.data, 'base64'),
						value.fileName,
						value.mimeType,
					);
				}
			}
			out.push(item);
		}
		return [out];
	},
};

/** The node used to resolve credential expressions outside a run (as n8n's CLI does). */
/** @type {INode} */
const MOCK_NODE = {
	id: 'mock',
	name: '',
	typeVersion: 1,
	type: 'mock',
	position: [0, 0],
	parameters: {},
};

const mockNodeTypes = new NodeTypes({
	mock: /** @type {INodeType} */ ({
		description: /** @type {any} */ ({ properties: [] }),
	}),
});

module.exports = {
	NodeTypes,
	nodeTypeName,
	defaultTypeVersion,
	sourceNodeType,
	mockNodeTypes,
	MOCK_NODE,
	PACKAGE_NAME,
	SOURCE_NODE_TYPE,
};
