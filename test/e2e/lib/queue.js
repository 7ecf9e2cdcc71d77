// @ts-check
'use strict';
/**
 * n8n in queue mode on loopback: Postgres and Redis (lib/services.js), a main process (editor, API,
 * trigger activation), workers that run the executions from the Redis queue and a webhook processor
 * that takes the webhook calls and queues them, all sharing one encryption key and database; the
 * RingCentral emulator in this process, rate limited (Medium 40 per compressed window, as the benchmark).
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { N8nInstance, waitUntil } = require('../../../scripts/n8n-instance');
const { startEmulator, DEFAULT_RATE_LIMITS } = require('../../emulator');
const { ensureServices, startPostgres, startRedis } = require('./services');
const { emulatorCredential } = require('./examples');
const { OWNER } = require('./context');

/** The limit of RingCentral's Medium group (SMS) per user and app, and the window compressed from 60 s. */
const MEDIUM_LIMIT = 40;
const WINDOW_MS = 5000;

class QueueCluster {
	/**
	 * @param {{ install: Awaited<ReturnType<typeof import('../../../scripts/n8n-install').ensureN8n>>, outputDir: string, workers?: number, log: (msg: string) => void }} o
	 */
	constructor({ install, outputDir, workers = 2, log }) {
		this.install = install;
		this.outputDir = outputDir;
		this.workerCount = workers;
		this.log = log;
		this.credential = { id: 'RcQueueJwt000001', name: 'RingCentral queue mode', type: 'ringCentralJwtApi' };
		/** @type {N8nInstance[]} */
		this.workers = [];
		/** @type {Array<{ what: string, seconds: number }>} */
		this.timings = [];
	}

	/** @template T @param {string} what @param {() => Promise<T>} fn */
	async timed(what, fn) {
		const started = Date.now();
		const result = await fn();
		this.timings.push({ what, seconds: (Date.now() - started) / 1000 });
		return result;
	}

	/** Services, emulator, the package in every process's user folder, credential and workflows imported; nothing started yet. @param {any[]} workflows */
	async setup(workflows) {
		ensureServices(this.log);
		this.root = fs.mkdtempSync(path.join(os.tmpdir(), `rc-queue-n8n-${this.install.version}-`));
		this.postgres = await this.timed('postgres start', () => startPostgres());
		this.redis = await this.timed('redis start', () => startRedis(path.join(/** @type {string} */ (this.root), 'redis')));
		this.emu = await startEmulator({
			port: 0,
			host: '127.0.0.1',
			jwtSecret: 'queue-jwt-secret',
			accessTokenTtl: 7 * 24 * 3600,
			rateLimits: { ...DEFAULT_RATE_LIMITS, Medium: MEDIUM_LIMIT },
			rateWindowMs: WINDOW_MS,
			penaltyMs: WINDOW_MS,
		});
		const shared = {
			EXECUTIONS_MODE: 'queue',
			N8N_ENCRYPTION_KEY: crypto.randomBytes(24).toString('hex'),
			...this.postgres.env,
			...this.redis.env,
			// A killed worker's job is noticed within seconds, not the default minute.
			QUEUE_WORKER_LOCK_DURATION: '6000',
			QUEUE_WORKER_LOCK_RENEW_TIME: '2000',
			QUEUE_WORKER_STALLED_INTERVAL: '3000',
			GENERIC_TIMEZONE: 'UTC',
			TZ: 'UTC',
			N8N_LOG_LEVEL: 'info',
		};
		const instance = (/** @type {string} */ name, /** @type {any} */ o = {}) => {
			const n8n = new N8nInstance({ install: this.install, userFolder: path.join(/** @type {string} */ (this.root), name), logFile: path.join(this.outputDir, `queue-${this.install.version}-${name}.log`), ...o });
			fs.rmSync(n8n.logFile, { force: true });
			n8n.loadPackage();
			return n8n;
		};
		this.webhook = instance('webhook', { command: 'webhook', env: shared });
		await this.webhook.ports();
		// Webhooks are registered (and RingCentral told) with the webhook processor's URL, as behind a load balancer.
		this.main = instance('main', { env: { ...shared, WEBHOOK_URL: `${this.webhook.url}/` } });
		for (let i = 1; i <= this.workerCount; i++) this.workers.push(instance(`worker${i}`, { command: 'worker', args: ['--concurrency=2'], env: shared }));
		const emu = /** @type {any} */ (this.emu);
		const tokens = emu.issueTokens({ extensionId: '101' });
		await this.timed('import credential', () =>
			/** @type {N8nInstance} */ (this.main).importCredentials([
				emulatorCredential({
					id: this.credential.id,
					name: this.credential.name,
					serverUrl: emu.url,
					clientId: emu.client.clientId,
					clientSecret: emu.client.clientSecret,
					jwt: emu.createJwt({ extensionId: '101', expiresIn: 7 * 24 * 3600 }),
					accessToken: tokens.access_token,
				}),
			]),
		);
		await this.timed(`import ${workflows.length} workflows`, () => /** @type {N8nInstance} */ (this.main).importWorkflows(workflows));
	}

	/** Main first (it migrates the database), then the webhook processor and the workers side by side. */
	async start() {
		const main = /** @type {N8nInstance} */ (this.main);
		await this.timed('main start', () => main.start());
		await main.setupOwner(OWNER);
		await main.createApiKey();
		await this.timed(`webhook processor and ${this.workers.length} workers start`, () =>
			Promise.all([/** @type {N8nInstance} */ (this.webhook).start(), ...this.workers.map((w) => w.start())]),
		);
	}

	/** The execution ids each worker's log says it started. */
	executionsByWorker() {
		return this.workers.map((w) => {
			const text = fs.existsSync(w.logFile) ? fs.readFileSync(w.logFile, 'utf8') : '';
			return [...text.matchAll(/Worker started execution (\d+)/g)].map((m) => m[1]);
		});
	}

	/**
	 * Executions of a workflow (newest first, with data) once `ok` accepts the list.
	 * @param {string} workflowId @param {(list: any[]) => boolean} ok @param {{ timeoutMs?: number, what?: string }} [o]
	 */
	async executions(workflowId, ok, { timeoutMs = 120000, what = 'executions' } = {}) {
		const main = /** @type {N8nInstance} */ (this.main);
		/** @type {any[]} */
		let list = [];
		const found = await waitUntil(
			async () => {
				list = (await main.api('GET', `/executions?workflowId=${workflowId}&includeData=true&limit=50`)).data || [];
				return ok(list) ? list : undefined;
			},
			{ timeoutMs, intervalMs: 500 },
		);
		if (found) return found;
		throw new Error(`${what} of workflow ${workflowId} after ${timeoutMs / 1000} s: ${JSON.stringify(list.map((e) => ({ id: e.id, status: e.status, finished: e.finished })))}`);
	}

	/** Stops every process (workers and webhook processor first), the emulator and the services. @param {{ keep?: boolean }} [o] */
	async teardown({ keep = false } = {}) {
		await Promise.all([...this.workers, this.webhook].map((p) => p?.stop().catch(() => undefined)));
		await this.main?.stop().catch(() => undefined);
		await /** @type {any} */ (this.emu)?.close().catch(() => undefined);
		await this.redis?.stop();
		this.postgres?.stop();
		if (this.root && !keep) fs.rmSync(this.root, { recursive: true, force: true });
	}
}

module.exports = { QueueCluster, MEDIUM_LIMIT, WINDOW_MS };
