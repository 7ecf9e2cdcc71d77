// @ts-check
'use strict';

/**
 * Engine test harness: runs nodes of this package with n8n's real engine (n8n-core's
 * WorkflowExecute / RoutingNode) and a credentials helper that behaves like n8n's.
 * See README.md.
 */

const {
	runNode,
	runWorkflow,
	createAdditionalData,
	binaryItem,
	readBinary,
	ENGINE_VERSION,
	namesParameterIssues,
} = require('./engine');
const { CredentialStore, HarnessCredentialsHelper } = require('./credentials');
const {
	NodeTypes,
	nodeTypeName,
	defaultTypeVersion,
	PACKAGE_NAME,
	SOURCE_NODE_TYPE,
} = require('./node-types');
const { loadOptions, testCredential, singleNodeWorkflow } = require('./contexts');
const { deduplication } = require('./deduplication');
const { loadPackage, PACKAGE_ROOT } = require('../../scripts/lib/packageLoader');
const {
	hookContext,
	webhookContext,
	pollContext,
	runPoll,
	startWebhookTrigger,
	WebhookTrigger,
	FakeResponse,
	captureLogs,
	startWebhookReceiver,
} = require('./triggers');

module.exports = {
	ENGINE_VERSION,
	namesParameterIssues,
	runNode,
	runWorkflow,
	loadOptions,
	testCredential,
	singleNodeWorkflow,
	hookContext,
	webhookContext,
	pollContext,
	runPoll,
	startWebhookTrigger,
	WebhookTrigger,
	FakeResponse,
	captureLogs,
	startWebhookReceiver,
	loadPackage,
	PACKAGE_ROOT,
	CredentialStore,
	HarnessCredentialsHelper,
	deduplication,
	createAdditionalData,
	binaryItem,
	readBinary,
	NodeTypes,
	nodeTypeName,
	defaultTypeVersion,
	PACKAGE_NAME,
	SOURCE_NODE_TYPE,
};
