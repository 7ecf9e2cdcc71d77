// @ts-check
'use strict';
/**
 * One n8n version under test: the RingCentral emulator (in this process, so tests can look at what
 * n8n sent and steer it), a fresh n8n user folder with this package copied in, the credentials,
 * and the workflows of every scenario imported once.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { N8nInstance, waitUntil } = require('../../../scripts/n8n-instance');
const { startEmulator } = require('../../../scripts/emulator');
const { emulatorCredential, EMULATOR_CREDENTIAL } = require('../../../scripts/lib/examples');

const OWNER = {
	email: 'e2e@example.com',
	password: 'E2e-password1',
	firstName: 'E2E',
	lastName: 'Owner',
};

/** Credentials every version gets (ids are fixed so workflows can reference them). */
const CREDENTIALS = {
	/** The examples' credential, used by most scenarios. */
	main: { ...EMULATOR_CREDENTIAL },
	/** A JWT credential only the minting scenario uses (its mints are counted by its own JWT). */
	jwtMint: {
		id: 'RcE2eJwtMint0001',
		name: 'RingCentral e2e (JWT minting)',
		type: 'ringCentralJwtApi',
	},
	/** An OAuth2 credential with tokens issued by the emulator. */
	oauth2: {
		id: 'RcE2eOAuth200001',
		name: 'RingCentral e2e (OAuth2)',
		type: 'ringCentralOAuth2Api',
	},
};

class VersionContext {
	/**
	 * @param {{ install: Awaited<ReturnType<typeof import('../../../scripts/n8n-install').ensureN8n>>, outputDir: string }} o
	 */
	constructor({ install, outputDir }) {
		this.install = install;
		this.version = install.version;
		this.outputDir = outputDir;
		this.owner = OWNER;
		this.credentials = CREDENTIALS;
		/** @type {Record<string, any>} values scenarios share (seeded data, tokens) */
		this.shared = {};
		/** @type {Array<{ what: string, seconds: number }>} */
		this.timings = [];
	}

	async setup() {
		this.root = fs.mkdtempSync(path.join(os.tmpdir(), `rc-e2e-n8n-${this.version}-`));
		this.filesDir = path.join(this.root, 'files');
		fs.mkdirSync(this.filesDir, { recursive: true });
		this.emu = await startEmulator({
			port: 0,
			host: '127.0.0.1',
			jwtSecret: 'e2e-jwt-secret',
			callLogMaxPerPage: 100,
		});
		this.n8n = new N8nInstance({
			install: this.install,
			userFolder: path.join(this.root, 'n8n'),
			logFile: path.join(this.outputDir, `n8n-${this.version}.log`),
			env: {
				N8N_RESTRICT_FILE_ACCESS_TO: this.filesDir,
				N8N_LOG_LEVEL: 'info',
				GENERIC_TIMEZONE: 'UTC',
				TZ: 'UTC',
			},
		});
		fs.rmSync(this.n8n.logFile, { force: true });
		this.n8n.loadPackage();
		this.mainJwt = this.emu.createJwt({ extensionId: '101', expiresIn: 24 * 3600 });
		// A JWT of its own (each has a random jti), so that the minting scenario counts exactly its mints.
		this.mintJwt = this.emu.createJwt({ extensionId: '101', expiresIn: 24 * 3600 });
		this.oauthTokens = this.emu.issueTokens({ extensionId: '101' });
		const base = {
			serverUrl: this.emu.url,
			clientId: this.emu.client.clientId,
			clientSecret: this.emu.client.clientSecret,
		};
		const started = Date.now();
		await this.n8n.importCredentials([
			emulatorCredential({ ...base, jwt: this.mainJwt }),
			emulatorCredential({
				...base,
				jwt: this.mintJwt,
				id: CREDENTIALS.jwtMint.id,
				name: CREDENTIALS.jwtMint.name,
			}),
			{
				id: CREDENTIALS.oauth2.id,
				name: CREDENTIALS.oauth2.name,
				type: CREDENTIALS.oauth2.type,
				data: {
					environment: 'custom',
					...base,
					grantType: 'authorizationCode',
					oauthTokenData: { ...this.oauthTokens },
				},
			},
		]);
		this.timings.push({ what: 'import credentials', seconds: (Date.now() - started) / 1000 });
	}

	/** @param {any[]} workflows */
	async importWorkflows(workflows) {
		const started = Date.now();
		await /** @type {N8nInstance} */ (this.n8n).importWorkflows(workflows);
		this.timings.push({
			what: `import ${workflows.length} workflows`,
			seconds: (Date.now() - started) / 1000,
		});
	}

	/** `n8n execute` of an imported workflow; throws with n8n's error when the run failed. @param {string} id */
	async execute(id, { expectFailure = false } = {}) {
		const n8n = /** @type {N8nInstance} */ (this.n8n);
		const result = await n8n.execute(id);
		this.timings.push({ what: `execute ${id}`, seconds: result.seconds });
		if (!expectFailure && !result.ok)
			throw new Error(`n8n ${this.version}: workflow ${id} failed:\n${result.error}`);
		return result;
	}

	/** Requests the emulator received from now on (call `mark()` before acting). */
	mark() {
		const emu = /** @type {any} */ (this.emu);
		const start = emu.requests.length;
		const violations = emu.violations.length;
		return {
			requests: () => emu.requests.slice(start),
			/** @param {string} operationId */
			of: (operationId) =>
				emu.requests.slice(start).filter((/** @type {any} */ r) => r.operationId === operationId),
			violations: () => emu.violations.slice(violations),
		};
	}

	async startServer() {
		const n8n = /** @type {N8nInstance} */ (this.n8n);
		await n8n.start();
		this.timings.push({ what: 'n8n start', seconds: n8n.startSeconds || 0 });
		await n8n.setupOwner(OWNER);
		if (!n8n.apiKey) await n8n.createApiKey();
	}

	async restartServer() {
		const n8n = /** @type {N8nInstance} */ (this.n8n);
		await n8n.stop(); // keeps the API key (the database keeps it too); the login cookie is gone
		await n8n.start();
		this.timings.push({ what: 'n8n restart', seconds: n8n.startSeconds || 0 });
		await n8n.login(OWNER);
	}

	/** Activates a workflow through the public API (publishes it on n8n versions that publish). @param {string} id */
	async activate(id) {
		return await /** @type {N8nInstance} */ (this.n8n).api('POST', `/workflows/${id}/activate`);
	}

	/** @param {string} id */
	async deactivate(id) {
		return await /** @type {N8nInstance} */ (this.n8n).api('POST', `/workflows/${id}/deactivate`);
	}

	/**
	 * Waits until the workflow has at least `count` finished executions; returns them (newest first, with data).
	 * @param {string} workflowId @param {{ count?: number, timeoutMs?: number }} [o]
	 */
	async waitForExecutions(workflowId, { count = 1, timeoutMs = 30000 } = {}) {
		const n8n = /** @type {N8nInstance} */ (this.n8n);
		/** @type {any[]} */
		let finished = [];
		const enough = await waitUntil(
			async () => {
				const list = await n8n.api(
					'GET',
					`/executions?workflowId=${workflowId}&includeData=true&limit=50`,
				);
				finished = (list.data || []).filter(
					(/** @type {any} */ e) =>
						e.finished || e.status === 'success' || e.status === 'error' || e.stoppedAt,
				);
				return finished.length >= count ? finished : undefined;
			},
			{ timeoutMs, intervalMs: 300 },
		);
		if (enough) return enough;
		throw new Error(
			`n8n ${this.version}: ${finished.length} of ${count} executions of workflow ${workflowId} after ${timeoutMs / 1000} s`,
		);
	}

	async teardown({ keep = false } = {}) {
		await this.n8n?.stop().catch(() => undefined);
		await this.emu?.close().catch(() => undefined);
		if (this.root && !keep) fs.rmSync(this.root, { recursive: true, force: true });
	}
}

module.exports = { VersionContext, CREDENTIALS, OWNER };
