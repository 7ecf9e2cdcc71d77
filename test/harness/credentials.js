// @ts-check
'use strict';

/**
 * Credential storage and an `ICredentialsHelper` that behaves like n8n's CLI
 * `CredentialsHelper` (packages/cli/src/credentials-helper.ts): defaults of the type and its
 * parents, expressions over `$self`, generic/function `authenticate`, `preAuthentication` for
 * expirable properties (persisted), and persistence of refreshed OAuth2 token data.
 */

const {
	ICredentials,
	ICredentialsHelper,
	NodeHelpers,
	Workflow,
	UnexpectedError,
	UserError,
	deepCopy,
	isExpression,
	getCredentialOwnRequestAllowedDomains,
} = require('n8n-workflow');
const { getAdditionalKeys } = require('n8n-core');

const { ensureContainer } = require('../../scripts/lib/di');
const { BUILTIN_CREDENTIAL_TYPES, OAUTH_PINNED_FIELDS } = require('./oauth2-parent');
const { mockNodeTypes, MOCK_NODE } = require('./node-types');

/**
 * @typedef {import('n8n-workflow').ICredentialType} ICredentialType
 * @typedef {import('n8n-workflow').ICredentialDataDecryptedObject} ICredentialDataDecryptedObject
 * @typedef {import('n8n-workflow').INodeCredentialsDetails} INodeCredentialsDetails
 * @typedef {import('n8n-workflow').INodeProperties} INodeProperties
 * @typedef {import('n8n-workflow').INodeParameters} INodeParameters
 * @typedef {import('n8n-workflow').INode} INode
 * @typedef {import('n8n-workflow').IHttpRequestOptions} IHttpRequestOptions
 * @typedef {import('n8n-workflow').IRequestOptionsSimplified} IRequestOptionsSimplified
 * @typedef {import('n8n-workflow').IHttpRequestHelper} IHttpRequestHelper
 * @typedef {import('n8n-workflow').IWorkflowExecuteAdditionalData} IWorkflowExecuteAdditionalData
 * @typedef {import('n8n-workflow').WorkflowExecuteMode} WorkflowExecuteMode
 * @typedef {import('n8n-workflow').IExecuteData} IExecuteData
 * @typedef {import('n8n-workflow').ICredentialsExpressionResolveValues} ICredentialsExpressionResolveValues
 * @typedef {import('n8n-workflow').IWorkflowDataProxyAdditionalKeys} IWorkflowDataProxyAdditionalKeys
 */

/**
 * Counters per credential type, for assertions.
 * @typedef {object} CredentialStats
 * @property {number} preAuthentications  `preAuthentication` calls that minted (ran the type's hook)
 * @property {number} runPreAuthentications  in-memory `runPreAuthentication` calls (OAuth2 path)
 * @property {number} updates  `updateCredentials` calls (persisted data)
 * @property {number} oauthTokenUpdates  `updateCredentialsOauthTokenData` calls (OAuth2 refresh)
 */

/**
 * One persisted change.
 * @typedef {object} CredentialHistoryEntry
 * @property {string} type
 * @property {'update' | 'oauthTokenData' | 'preAuthentication'} kind
 * @property {ICredentialDataDecryptedObject} data  a copy of the stored data after the change
 */

/** @returns {CredentialStats} */
const emptyStats = () => ({
	preAuthentications: 0,
	runPreAuthentications: 0,
	updates: 0,
	oauthTokenUpdates: 0,
});

/**
 * In-memory credential storage: one credential per type; its id and name are the type name.
 * Also the registry of credential types (plus the built-in `oAuth2Api`/`oAuth1Api` parents).
 */
class CredentialStore {
	/**
	 * @param {ICredentialType[]} [credentialTypes] credential type instances (e.g. `new RingCentralJwtApi()`)
	 * @param {Record<string, ICredentialDataDecryptedObject>} [data] stored data by type name
	 */
	constructor(credentialTypes = [], data = {}) {
		/** @type {Map<string, ICredentialType>} */
		this.types = new Map(Object.entries(BUILTIN_CREDENTIAL_TYPES));
		for (const type of credentialTypes) this.addType(type);
		/** @type {Map<string, ICredentialDataDecryptedObject>} */
		this.data = new Map();
		/** @type {Record<string, CredentialStats>} */
		this.stats = {};
		/** @type {CredentialHistoryEntry[]} */
		this.history = [];
		for (const [type, values] of Object.entries(data)) this.set(type, values);
	}

	/** @param {ICredentialType} type */
	addType(type) {
		this.types.set(type.name, type);
		return this;
	}

	/** @param {string} name */
	getType(name) {
		const type = this.types.get(name);
		if (!type) {
			throw new UnexpectedError(
				`Unknown credential type "${name}" (not given to the CredentialStore)`,
			);
		}
		return type;
	}

	/**
	 * Stores (replaces) the data of a credential.
	 * @param {string} type
	 * @param {ICredentialDataDecryptedObject} values
	 */
	set(type, values) {
		this.getType(type);
		this.data.set(type, deepCopy(values));
		return this;
	}

	/**
	 * Merges values into the stored data.
	 * @param {string} type
	 * @param {ICredentialDataDecryptedObject} values
	 */
	patch(type, values) {
		this.set(type, { ...(this.data.get(type) ?? {}), ...deepCopy(values) });
		return this;
	}

	/** @param {string} type */
	has(type) {
		return this.data.has(type);
	}

	/**
	 * A copy of the raw stored data (no defaults, expressions unresolved), as n8n's database holds it.
	 * @param {string} type
	 * @returns {ICredentialDataDecryptedObject}
	 */
	get(type) {
		const values = this.data.get(type);
		if (values === undefined) {
			throw new UserError(`No credential of type "${type}" is stored`);
		}
		return deepCopy(values);
	}

	/** Names of the credential types that have stored data. */
	storedTypes() {
		return [...this.data.keys()];
	}

	/**
	 * @param {string} type
	 * @returns {CredentialStats}
	 */
	statsFor(type) {
		return (this.stats[type] ??= emptyStats());
	}

	/**
	 * How many times the type's `preAuthentication` minted a token.
	 * @param {string} type
	 */
	mintCount(type) {
		return this.statsFor(type).preAuthentications;
	}

	/** Resets counters and history (not the data). */
	resetStats() {
		this.stats = {};
		this.history = [];
	}

	/**
	 * A new store with the same types and a copy of the data (counters reset).
	 * @param {Record<string, ICredentialDataDecryptedObject>} [overrides] data replacing the copied data per type
	 */
	clone(overrides = {}) {
		const copy = new CredentialStore([...this.types.values()]);
		for (const [type, values] of this.data) copy.set(type, values);
		for (const [type, values] of Object.entries(overrides)) copy.set(type, values);
		return copy;
	}

	/**
	 * Tests a credential of this store (see `testCredential` in contexts.js).
	 * @param {string} type
	 * @param {ICredentialDataDecryptedObject} [data]  test this data instead of the stored one
	 * @returns {Promise<import('n8n-workflow').INodeCredentialTestResult>}
	 */
	async testCredential(type, data) {
		const { testCredential } = require('./contexts');
		return await testCredential(this, type, data);
	}

	/**
	 * All parent types (following `extends`, depth first, nearest first).
	 * @param {string} name
	 * @returns {string[]}
	 */
	getParentTypes(name) {
		const type = this.types.get(name);
		if (!type?.extends) return [];
		/** @type {string[]} */
		const parents = [];
		for (const parent of type.extends) {
			parents.push(parent, ...this.getParentTypes(parent));
		}
		return parents;
	}

	/**
	 * The properties of the type merged with its parents' (the child's take precedence), plus the
	 * `oauthTokenData` property for OAuth parents, as n8n's CLI does.
	 * @param {string} name
	 * @returns {INodeProperties[]}
	 */
	getCredentialsProperties(name) {
		const type = this.getType(name);
		if (type.extends === undefined) {
			if (['oAuth1Api', 'oAuth2Api'].includes(name)) {
				return [
					...type.properties,
					{
						displayName: 'oauthTokenData',
						name: 'oauthTokenData',
						type: 'json',
						required: false,
						default: {},
					},
				];
			}
			return type.properties;
		}
		/** @type {INodeProperties[]} */
		const combined = [];
		for (const parent of type.extends) {
			NodeHelpers.mergeNodeProperties(combined, this.getCredentialsProperties(parent));
		}
		NodeHelpers.mergeNodeProperties(combined, type.properties);
		return combined;
	}
}

/**
 * `ICredentials` over plain data (n8n's `Credentials` encrypts with the instance's key provider,
 * which only the CLI configures; storage encryption is irrelevant to node behaviour).
 */
class StoredCredentials extends ICredentials {
	/**
	 * @param {INodeCredentialsDetails} nodeCredentials
	 * @param {string} type
	 * @param {ICredentialDataDecryptedObject} data
	 */
	constructor(nodeCredentials, type, data) {
		super(nodeCredentials, type, JSON.stringify(data));
	}

	async getData() {
		return /** @type {ICredentialDataDecryptedObject} */ (JSON.parse(this.data ?? '{}'));
	}

	getDataToSave() {
		return { id: this.id, name: this.name, type: this.type, data: this.data ?? '' };
	}

	/** @param {ICredentialDataDecryptedObject} data */
	async setData(data) {
		this.data = JSON.stringify(data);
	}

	/**
	 * @param {Partial<ICredentialDataDecryptedObject>} toUpdate
	 * @param {string[]} [toDelete]
	 */
	async updateData(toUpdate, toDelete = []) {
		const data = { ...(await this.getData()), ...toUpdate };
		for (const key of toDelete) delete data[key];
		await this.setData(/** @type {ICredentialDataDecryptedObject} */ (data));
	}
}

/**
 * Restricts the requests a `preAuthentication` hook makes to the credential's allowed domains
 * (n8n's `restrictToCredentialDomains`).
 * @param {IHttpRequestHelper} helpers
 * @param {ICredentialDataDecryptedObject} credentials
 * @returns {IHttpRequestHelper}
 */
function restrictToCredentialDomains(helpers, credentials) {
	return {
		helpers: {
			httpRequest: async (requestOptions) => {
				// n8n before this restriction (2.8) has no such function and restricts nothing.
				const allowedDomains = getCredentialOwnRequestAllowedDomains?.(credentials);
				if (allowedDomains === undefined) {
					return await helpers.helpers.httpRequest(requestOptions);
				}
				if (requestOptions.allowedDomains !== undefined) {
					throw new UserError(
						'This credential restricts requests to specific domains, which cannot be combined with the domains its authentication step asks for.',
					);
				}
				return await helpers.helpers.httpRequest({ ...requestOptions, allowedDomains });
			},
		},
	};
}

/** A workflow with a single mock node, used to resolve expressions outside a run. */
function mockWorkflow() {
	return new Workflow({
		nodes: [MOCK_NODE],
		connections: {},
		active: false,
		nodeTypes: mockNodeTypes,
	});
}

/**
 * `ICredentialsHelper` over a {@link CredentialStore}.
 */
class HarnessCredentialsHelper extends ICredentialsHelper {
	/** @param {CredentialStore} store */
	constructor(store) {
		super();
		this.store = store;
		ensureContainer();
	}

	/** @param {string} name */
	getParentTypes(name) {
		return this.store.getParentTypes(name);
	}

	/**
	 * @param {string} credentialType
	 * @param {string} nodeType
	 */
	isCredentialUsableByNode(credentialType, nodeType) {
		const type = this.store.types.get(credentialType);
		if (!type || !type.restrictToSupportedNodes) return true;
		return (type.supportedNodes ?? []).some(
			(name) => name === nodeType || nodeType.endsWith(`.${name}`),
		);
	}

	/** @param {string} type */
	getCredentialsProperties(type) {
		return this.store.getCredentialsProperties(type);
	}

	/**
	 * @param {INodeCredentialsDetails} nodeCredentials
	 * @param {string} type
	 */
	storeKey(nodeCredentials, type) {
		const key = nodeCredentials?.id ?? nodeCredentials?.name ?? type;
		if (!this.store.has(key)) {
			throw new UserError(`Credential with ID "${key}" does not exist for type "${type}".`);
		}
		return key;
	}

	/**
	 * @param {INodeCredentialsDetails} nodeCredentials
	 * @param {string} type
	 * @returns {Promise<import('n8n-workflow').ICredentials>}
	 */
	async getCredentials(nodeCredentials, type) {
		const key = this.storeKey(nodeCredentials, type);
		return new StoredCredentials({ id: key, name: key }, type, this.store.get(key));
	}

	/**
	 * Adds the credential type's authentication to a request.
	 * @param {ICredentialDataDecryptedObject} credentials
	 * @param {string} typeName
	 * @param {IHttpRequestOptions | IRequestOptionsSimplified} requestOptions
	 * @param {Workflow} [workflow]
	 * @param {INode} [node]
	 * @returns {Promise<IHttpRequestOptions>}
	 */
	async authenticate(credentials, typeName, requestOptions, workflow, node) {
		const credentialType = this.store.getType(typeName);
		const { authenticate } = credentialType;
		if (!authenticate) return /** @type {IHttpRequestOptions} */ (requestOptions);

		if (typeof authenticate === 'function') {
			return await authenticate(credentials, /** @type {IHttpRequestOptions} */ (requestOptions));
		}

		if (typeof authenticate === 'object' && authenticate.type === 'generic') {
			const wf = workflow ?? mockWorkflow();
			const activeNode = node ?? MOCK_NODE;
			/** @type {Record<string, any>} */
			const options = requestOptions;
			if (options.headers === undefined) options.headers = {};
			for (const [outerKey, outerValue] of Object.entries(authenticate.properties)) {
				for (const [key, value] of Object.entries(outerValue ?? {})) {
					const keyResolved = this.resolveValue(key, { $credentials: credentials }, wf, activeNode);
					const valueResolved = this.resolveValue(
						/** @type {string} */ (value),
						{ $credentials: credentials },
						wf,
						activeNode,
					);
					if (!options[outerKey]) options[outerKey] = {};
					options[outerKey][keyResolved] = valueResolved;
				}
			}
		}
		return /** @type {IHttpRequestOptions} */ (requestOptions);
	}

	/**
	 * @param {string} parameterValue
	 * @param {IWorkflowDataProxyAdditionalKeys} additionalKeys
	 * @param {Workflow} workflow
	 * @param {INode} node
	 * @returns {string}
	 */
	resolveValue(parameterValue, additionalKeys, workflow, node) {
		if (!isExpression(parameterValue)) return parameterValue;
		const value = workflow.expression.getSimpleParameterValue(
			node,
			parameterValue,
			'internal',
			additionalKeys,
			undefined,
			'',
		);
		if (!value) return '';
		return value.toString();
	}

	/**
	 * Runs the type's `preAuthentication` when its expirable property is empty, when the
	 * credentials expired (a 401 was received), or when the credential is being tested; persists
	 * the result.
	 * @param {IHttpRequestHelper} helpers
	 * @param {ICredentialDataDecryptedObject} credentials
	 * @param {string} typeName
	 * @param {INode} node
	 * @param {boolean} credentialsExpired
	 * @returns {Promise<ICredentialDataDecryptedObject | undefined>}
	 */
	async preAuthentication(helpers, credentials, typeName, node, credentialsExpired) {
		const credentialType = this.store.getType(typeName);
		const expirableProperty = credentialType.properties.find(
			(property) => property.type === 'hidden' && property?.typeOptions?.expirable === true,
		);
		if (expirableProperty?.name === undefined) return undefined;

		const isTestingCredentials =
			node?.parameters?.temp === '' && node?.type === 'n8n-nodes-base.noOp';

		if (typeof credentialType.preAuthentication !== 'function') return undefined;
		if (
			credentials[expirableProperty.name] !== '' &&
			!credentialsExpired &&
			!isTestingCredentials
		) {
			return undefined;
		}

		this.store.statsFor(typeName).preAuthentications++;
		const output = await credentialType.preAuthentication.call(
			restrictToCredentialDomains(helpers, credentials),
			credentials,
		);
		if (output[expirableProperty.name] === undefined) return undefined;

		if (node.credentials) {
			const nodeCredentials = node.credentials[credentialType.name];
			const storedData = await (
				await this.getCredentials(nodeCredentials, credentialType.name)
			).getData();
			/** @type {ICredentialDataDecryptedObject} */
			const dataToPersist = { ...storedData };
			for (const [key, value] of Object.entries(output)) {
				if (key === expirableProperty.name || !isExpression(storedData[key])) {
					dataToPersist[key] = /** @type {any} */ (value);
				}
			}
			await this.updateCredentials(
				nodeCredentials,
				credentialType.name,
				dataToPersist,
				'preAuthentication',
			);
			return Object.assign(credentials, output);
		}
		return undefined;
	}

	/**
	 * In-memory `preAuthentication` (no expirable guard, no persistence); n8n-core calls it on
	 * every OAuth2 request.
	 * @param {IHttpRequestHelper} helpers
	 * @param {ICredentialDataDecryptedObject} credentials
	 * @param {string} typeName
	 * @returns {Promise<ICredentialDataDecryptedObject | undefined>}
	 */
	async runPreAuthentication(helpers, credentials, typeName) {
		const credentialType = this.store.getType(typeName);
		if (typeof credentialType.preAuthentication !== 'function') return undefined;
		this.store.statsFor(typeName).runPreAuthentications++;
		const output = await credentialType.preAuthentication.call(
			restrictToCredentialDomains(helpers, credentials),
			credentials,
		);
		return /** @type {ICredentialDataDecryptedObject | undefined} */ (output ?? undefined);
	}

	/**
	 * The credential's data with defaults applied and expressions resolved (or raw).
	 * @param {IWorkflowExecuteAdditionalData} additionalData
	 * @param {INodeCredentialsDetails} nodeCredentials
	 * @param {string} type
	 * @param {WorkflowExecuteMode} mode
	 * @param {IExecuteData} [executeData]
	 * @param {boolean} [raw]
	 * @param {ICredentialsExpressionResolveValues} [expressionResolveValues]
	 * @returns {Promise<ICredentialDataDecryptedObject>}
	 */
	async getDecrypted(
		additionalData,
		nodeCredentials,
		type,
		mode,
		executeData,
		raw,
		expressionResolveValues,
	) {
		const key = this.storeKey(nodeCredentials, type);
		const stored = this.store.get(key);
		if (raw === true) return stored;
		return await this.applyDefaultsAndOverwrites(
			additionalData,
			stored,
			type,
			mode,
			executeData,
			expressionResolveValues,
		);
	}

	/**
	 * @param {IWorkflowExecuteAdditionalData} additionalData
	 * @param {ICredentialDataDecryptedObject} decryptedDataOriginal
	 * @param {string} type
	 * @param {WorkflowExecuteMode} mode
	 * @param {IExecuteData} [executeData]
	 * @param {ICredentialsExpressionResolveValues} [expressionResolveValues]
	 * @returns {Promise<ICredentialDataDecryptedObject>}
	 */
	async applyDefaultsAndOverwrites(
		additionalData,
		decryptedDataOriginal,
		type,
		mode,
		executeData,
		expressionResolveValues,
	) {
		const credentialsProperties = this.getCredentialsProperties(type);

		// Hidden OAuth endpoint/flow fields belong to the type: stored values are ignored.
		const storedData = { ...decryptedDataOriginal };
		for (const field of OAUTH_PINNED_FIELDS) {
			if (credentialsProperties.some((p) => p.name === field && p.type === 'hidden')) {
				delete storedData[field];
			}
		}

		let decryptedData = /** @type {ICredentialDataDecryptedObject} */ (
			NodeHelpers.getNodeParameters(
				credentialsProperties,
				/** @type {INodeParameters} */ (storedData),
				true,
				false,
				null,
				null,
			)
		);

		if (decryptedDataOriginal.oauthTokenData !== undefined) {
			decryptedData.oauthTokenData = /** @type {any} */ (decryptedDataOriginal.oauthTokenData);
		}
		for (const field of ['allowedHttpRequestDomains', 'allowedDomains']) {
			if (decryptedData[field] === undefined && decryptedDataOriginal[field] !== undefined) {
				decryptedData[field] = decryptedDataOriginal[field];
			}
		}

		const additionalKeys = getAdditionalKeys(additionalData, mode, null, { isCredential: true });

		if (expressionResolveValues) {
			try {
				decryptedData = /** @type {ICredentialDataDecryptedObject} */ (
					expressionResolveValues.workflow.expression.getParameterValue(
						/** @type {INodeParameters} */ (decryptedData),
						expressionResolveValues.runExecutionData,
						expressionResolveValues.runIndex,
						expressionResolveValues.itemIndex,
						expressionResolveValues.node.name,
						expressionResolveValues.connectionInputData,
						mode,
						additionalKeys,
						executeData,
						false,
						decryptedData,
					)
				);
			} catch (e) {
				e.message += ' [Error resolving credentials]';
				throw e;
			}
		} else {
			const workflow = mockWorkflow();
			decryptedData = /** @type {ICredentialDataDecryptedObject} */ (
				workflow.expression.getComplexParameterValue(
					MOCK_NODE,
					/** @type {INodeParameters} */ (decryptedData),
					mode,
					additionalKeys,
					undefined,
					undefined,
					decryptedData,
				)
			);
		}
		return decryptedData;
	}

	/**
	 * Persists credential data.
	 * @param {INodeCredentialsDetails} nodeCredentials
	 * @param {string} type
	 * @param {ICredentialDataDecryptedObject} data
	 * @param {'update' | 'preAuthentication'} [kind]
	 */
	async updateCredentials(nodeCredentials, type, data, kind = 'update') {
		const key = this.storeKey(nodeCredentials, type);
		this.store.set(key, data);
		this.store.statsFor(type).updates++;
		this.store.history.push({ type, kind, data: this.store.get(key) });
	}

	/**
	 * Persists refreshed OAuth2 token data (n8n-core calls this after a refresh).
	 * @param {INodeCredentialsDetails} nodeCredentials
	 * @param {string} type
	 * @param {ICredentialDataDecryptedObject} data
	 * @param {IWorkflowExecuteAdditionalData} _additionalData
	 */
	async updateCredentialsOauthTokenData(nodeCredentials, type, data, _additionalData) {
		const key = this.storeKey(nodeCredentials, type);
		this.store.patch(key, { oauthTokenData: data.oauthTokenData });
		this.store.statsFor(type).oauthTokenUpdates++;
		this.store.history.push({ type, kind: 'oauthTokenData', data: this.store.get(key) });
	}
}

module.exports = {
	CredentialStore,
	HarnessCredentialsHelper,
	StoredCredentials,
	restrictToCredentialDomains,
	mockWorkflow,
};
