// @ts-check
'use strict';

/**
 * Dependency-injection setup for n8n-core.
 *
 * n8n-core resolves a few services from its DI container (`@n8n/di`) at run time:
 * - `OutboundHttp` (@n8n/backend-network): every `helpers.httpRequest*` call goes through it;
 *   its SSRF protection is off by default (`N8N_SSRF_PROTECTION_ENABLED`), so requests to
 *   127.0.0.1 (the emulator) pass.
 * - `InstanceSettings`: constructed by every node execution context; its constructor reads or
 *   creates `<n8nFolder>/config`, so the harness points its config at a temporary folder.
 * - `BinaryDataService`: without `init()` it has no storage manager and keeps binary data
 *   inline (base64 in `IBinaryData.data`), like n8n's own test harness does.
 * - `LockService` (@n8n/backend-common): OAuth2 refreshes run under an in-process lease.
 * - `Logger`, `ErrorReporter`, `ExecutionContextService`: constructible as they are.
 *
 * n8n-core ships its own nested copies of `@n8n/di`, `@n8n/config`, `@n8n/backend-common` and
 * `@n8n/backend-network` (newer than the hoisted ones), so they must be required from
 * n8n-core's location, or the container the harness configures is not the one n8n-core reads.
 */

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { createRequire } = require('node:module');

const coreRequire = createRequire(require.resolve('n8n-core'));

const di = coreRequire('@n8n/di');
const config = coreRequire('@n8n/config');
const backendCommon = coreRequire('@n8n/backend-common');
/** @returns {any} a module n8n-core may not have (older n8n, e.g. 2.8, has no `@n8n/backend-network`) */
function optionalCoreRequire(/** @type {string} */ name) {
	try {
		return coreRequire(name);
	} catch {
		return undefined;
	}
}
const backendNetwork = optionalCoreRequire('@n8n/backend-network');

const { Container } = di;

let initialized = false;
/** @type {string | undefined} */
let tempRoot;

/** Temporary folder used as the n8n user folder of the harness (created on first use). */
function harnessFolder() {
	if (!tempRoot) {
		tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-harness-'));
		const root = tempRoot;
		process.once('exit', () => {
			try {
				fs.rmSync(root, { recursive: true, force: true });
			} catch {
				// best effort
			}
		});
	}
	return tempRoot;
}

/**
 * Configures the DI container n8n-core uses. Idempotent.
 * @param {{ logLevel?: 'error' | 'warn' | 'info' | 'debug' | 'silent' }} [options]
 */
function ensureContainer(options = {}) {
	if (initialized) return Container;
	initialized = true;

	const folder = harnessFolder();
	const instanceSettingsConfig = Object.assign(new config.InstanceSettingsConfig(), {
		n8nFolder: path.join(folder, '.n8n'),
		userHome: folder,
		encryptionKey: 'n8n-harness-encryption-key',
		enforceSettingsFilePermissions: false,
	});
	Container.set(config.InstanceSettingsConfig, instanceSettingsConfig);

	// Quiet logger unless asked otherwise (n8n logs token refreshes at debug level).
	const globalConfig = Container.get(config.GlobalConfig);
	const level = options.logLevel ?? /** @type {any} */ (process.env.HARNESS_LOG_LEVEL) ?? 'silent';
	globalConfig.logging.level = level;
	globalConfig.logging.outputs = ['console'];

	// Instantiate eagerly so configuration problems surface here, not inside a node run.
	Container.get(backendCommon.Logger);
	if (backendNetwork) Container.get(backendNetwork.OutboundHttp);
	if (backendCommon.LockService) Container.get(backendCommon.LockService);
	return Container;
}

module.exports = {
	Container,
	coreRequire,
	ensureContainer,
	harnessFolder,
	backendCommon,
	backendNetwork,
	config,
};
