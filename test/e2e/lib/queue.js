// @ts-check
'use strict';
/**
 * n8n in queue mode on loopback: Postgres and Redis (lib/services.js), a main process (editor, API,
 * trigger activation), workers that run the executions from the Redis queue and two webhook processors
 * that take the webhook calls and queue them (as behind a load balancer), all sharing one encryption key and database; the
 * RingCentral emulator in this process, rate limited (Medium 40 per compressed window, as the benchmark).
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { N8nInstance, waitUntil, delay } = require('../../../scripts/n8n-instance');
const { startEmulator, DEFAULT_RATE_LIMITS } = require('../../../scripts/emulator');
const { ensureServices, startPostgres, startRedis } = require('./services');
const { emulatorCredential } = require('../../../scripts/lib/examples');
const { OWNER } = require('./context');
const { rcNode } = require('./workflows');

/** The limit of RingCentral's Medium group (SMS) per user and app, and the window compressed from 60 s. */
const MEDIUM_LIMIT = 40;
const WINDOW_MS = 5000;
const SMS_PER_EXECUTION = 100;
const FROM = '+16505550101'; // the emulator's number with SmsSender

class QueueCluster {
	/**
	 * @param {{ install: Awaited<ReturnType<typeof import('../../../scripts/n8n-install').ensureN8n>>, outputDir: string, workers?: number, log: (msg: string) => void }} o
	 */
	constructor({ install, outputDir, workers = 2, log }) {
		this.install = install;
		this.outputDir = outputDir;
		this.workerCount = workers;
		this.log = log;
		this.credential = {
			id: 'RcQueueJwt000001',
			name: 'RingCentral queue mode',
			type: 'ringCentralJwtApi',
		};
		/** @type {N8nInstance[]} */
		this.workers = [];
		/** @type {N8nInstance[]} webhook processors; the first one's URL is the public one */
		this.webhooks = [];
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

	/**
	 * Services, emulator, the package in every process's user folder, credential and workflows imported; nothing started yet.
	 * @param {any[] | ((cluster: QueueCluster) => any[])} workflows (a function: of the cluster, whose emulator is then up)
	 */
	async setup(workflows) {
		ensureServices(this.log);
		this.root = fs.mkdtempSync(path.join(os.tmpdir(), `rc-queue-n8n-${this.install.version}-`));
		this.postgres = await this.timed('postgres start', () => startPostgres());
		this.redis = await this.timed('redis start', () =>
			startRedis(path.join(/** @type {string} */ (this.root), 'redis')),
		);
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
			const n8n = new N8nInstance({
				install: this.install,
				userFolder: path.join(/** @type {string} */ (this.root), name),
				logFile: path.join(this.outputDir, `queue-${this.install.version}-${name}.log`),
				...o,
			});
			fs.rmSync(n8n.logFile, { force: true });
			n8n.loadPackage();
			return n8n;
		};
		this.webhooks = ['webhook', 'webhook2'].map((name) =>
			instance(name, { command: 'webhook', env: shared }),
		);
		this.webhook = this.webhooks[0];
		await this.webhook.ports();
		// Webhooks are registered (and RingCentral told) with the webhook processor's URL, as behind a load balancer.
		this.main = instance('main', { env: { ...shared, WEBHOOK_URL: `${this.webhook.url}/` } });
		for (let i = 1; i <= this.workerCount; i++)
			this.workers.push(
				instance(`worker${i}`, { command: 'worker', args: ['--concurrency=2'], env: shared }),
			);
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
		const list = typeof workflows === 'function' ? workflows(this) : workflows;
		await this.timed(`import ${list.length} workflows`, () =>
			/** @type {N8nInstance} */ (this.main).importWorkflows(list),
		);
	}

	/** Main first (it migrates the database), then the webhook processors and the workers side by side. */
	async start() {
		const main = /** @type {N8nInstance} */ (this.main);
		await this.timed('main start', () => main.start());
		await main.setupOwner(OWNER);
		await main.createApiKey();
		await this.timed(
			`${this.webhooks.length} webhook processors and ${this.workers.length} workers start`,
			() => Promise.all([...this.webhooks, ...this.workers].map((p) => p.start())),
		);
	}

	/** Waits until the webhook processor knows a production webhook path (activation reaches it through the database). @param {string} webhookPath */
	async waitForWebhook(webhookPath) {
		const url = `${/** @type {N8nInstance} */ (this.webhook).url}/webhook/${webhookPath}`;
		// A GET of a POST webhook that n8n knows: 404 "…not registered for GET requests. Did you mean to make a POST request?"
		const known = await waitUntil(
			async () => {
				const res = await fetch(url);
				return res.status !== 404 || /not registered for GET/i.test(await res.text());
			},
			{ timeoutMs: 30000, intervalMs: 300 },
		);
		if (!known) throw new Error(`the webhook processor does not know ${url} 30 s after activation`);
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
				list =
					(await main.api('GET', `/executions?workflowId=${workflowId}&includeData=true&limit=50`))
						.data || [];
				return ok(list) ? list : undefined;
			},
			{ timeoutMs, intervalMs: 500 },
		);
		if (found) return found;
		throw new Error(
			`${what} of workflow ${workflowId} after ${timeoutMs / 1000} s: ${JSON.stringify(list.map((e) => ({ id: e.id, status: e.status, finished: e.finished })))}`,
		);
	}

	/** Stops every process (workers and webhook processors first), the emulator and the services. @param {{ keep?: boolean }} [o] */
	async teardown({ keep = false } = {}) {
		await Promise.all(
			[...this.workers, ...this.webhooks].map((p) => p.stop().catch(() => undefined)),
		);
		await this.main?.stop().catch(() => undefined);
		await /** @type {any} */ (this.emu)?.close().catch(() => undefined);
		await this.redis?.stop();
		this.postgres?.stop();
		if (this.root && !keep) fs.rmSync(this.root, { recursive: true, force: true });
	}
}

/**
 * Webhook → 100 items (recipients numbered by the `run` in the call's body) → Send SMS, by this package's
 * Messaging node or (`http`) by n8n's HTTP Request node with default settings and the same credential.
 * @param {{ id: string, path: string, credential: { id: string, name: string, type: string }, http?: { url: string } }} o
 */
function smsWorkflow({ id, path: webhookPath, credential, http }) {
	const node = (/** @type {any} */ spec, /** @type {number} */ i) => ({
		id: crypto.randomUUID(),
		typeVersion: 1,
		position: [220 * i, 0],
		...spec,
	});
	const text = 'Queue mode " + $json.to + "';
	const send = http
		? {
				name: 'Send SMS',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				credentials: { [credential.type]: { id: credential.id, name: credential.name } },
				parameters: {
					method: 'POST',
					url: `${http.url}/restapi/v1.0/account/~/extension/~/sms`,
					authentication: 'predefinedCredentialType',
					nodeCredentialType: credential.type,
					sendBody: true,
					specifyBody: 'json',
					jsonBody: `={{ JSON.stringify({ from: { phoneNumber: "${FROM}" }, to: [{ phoneNumber: $json.to }], text: "${text}" }) }}`,
					options: {},
				},
			}
		: rcNode(
				'Send SMS',
				'ringCentralMessaging',
				{
					resource: 'sms',
					operation: 'send',
					from: { __rl: true, mode: 'number', value: FROM },
					to: '={{ $json.to }}',
					text: '=Queue mode {{ $json.to }}',
					options: {},
				},
				credential,
			);
	// Failed items are counted (by the emulator: the SMS it did not accept) instead of stopping the execution.
	Object.assign(send, { onError: 'continueRegularOutput' });
	const nodes = [
		node(
			{
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				webhookId: crypto.randomUUID(),
				parameters: {
					httpMethod: 'POST',
					path: webhookPath,
					responseMode: 'onReceived',
					options: {},
				},
			},
			0,
		),
		node(
			{
				name: 'Recipients',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				parameters: {
					mode: 'raw',
					jsonOutput: `={{ { "list": Array.from({ length: ${SMS_PER_EXECUTION} }, (_, i) => ({ to: "+141555" + $json.body.run + String(i).padStart(4, "0") })) } }}`,
					options: {},
				},
			},
			1,
		),
		node(
			{
				name: 'Items',
				type: 'n8n-nodes-base.splitOut',
				parameters: { fieldToSplitOut: 'list', options: {} },
			},
			2,
		),
		node(send, 3),
	];
	const connections = Object.fromEntries(
		nodes
			.slice(0, -1)
			.map((n, i) => [n.name, { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] }]),
	);
	return {
		id,
		name: `queue: ${SMS_PER_EXECUTION} SMS per call (${http ? 'HTTP Request' : 'RingCentral Messaging'})`,
		active: false,
		nodes,
		connections,
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/**
 * The SMS the emulator received since `mark`: per recipient, 429s, and the rate achieved (a sliding
 * window of W admits at most L × (span / W + 1) requests in a span, as test/bench measures it).
 * @param {any} emu @param {number} mark
 */
function smsFigures(emu, mark) {
	const requests = emu.requests
		.slice(mark)
		.filter((/** @type {any} */ r) => r.operationId === 'createSMSMessage');
	const sent = requests.filter((/** @type {any} */ r) => r.status === 200);
	/** @type {Map<string, number>} */
	const perRecipient = new Map();
	for (const r of sent) {
		const to = r.body?.to?.[0]?.phoneNumber;
		perRecipient.set(to, (perRecipient.get(to) || 0) + 1);
	}
	const times = sent.map((/** @type {any} */ r) => Date.parse(r.time));
	const first = Math.min(...times);
	const spanMs = times.length ? Math.max(...times) - first : 0;
	return {
		requests: requests.length,
		sent: sent.length,
		rejected429: requests.filter((/** @type {any} */ r) => r.status === 429).length,
		recipients: perRecipient.size,
		sentTwice: [...perRecipient].filter(([, n]) => n > 1).map(([to, n]) => `${to} ×${n}`),
		spanMs,
		rate: sent.length / (MEDIUM_LIMIT * (spanMs / WINDOW_MS + 1)),
		// SMS sent in each window from the first one on (how the limit was filled).
		perWindow: times.reduce((/** @type {number[]} */ counts, /** @type {number} */ time) => {
			const i = Math.floor((time - first) / WINDOW_MS);
			counts[i] = (counts[i] || 0) + 1;
			return counts;
		}, []),
	};
}

/** Starts one execution through the webhook processor. @param {QueueCluster} cluster @param {string} webhookPath @param {number} run */
async function callSmsWebhook(cluster, webhookPath, run) {
	const res = await fetch(
		`${/** @type {N8nInstance} */ (cluster.webhook).url}/webhook/${webhookPath}`,
		{
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ run }),
		},
	);
	if (res.status !== 200) throw new Error(`webhook call ${run}: ${res.status} ${await res.text()}`);
}

/**
 * Scenario 1: four executions of 100 SMS started at once, in a rate window of their own; the emulator's
 * figures, the executions' statuses and how many each worker ran.
 * @param {QueueCluster} cluster @param {{ workflowId: string, path: string }} o
 */
async function smsLoad(cluster, { workflowId, path: webhookPath }) {
	const emu = /** @type {any} */ (cluster.emu);
	await delay(WINDOW_MS + 100); // nothing of an earlier run left in the window
	emu.rateLimiter.reset();
	const mark = emu.requests.length;
	const before = cluster.executionsByWorker();
	const started = Date.now();
	await Promise.all([1, 2, 3, 4].map((run) => callSmsWebhook(cluster, webhookPath, run)));
	const execs = await cluster.executions(
		workflowId,
		(l) =>
			l.filter((e) => !before.flat().includes(String(e.id)) && (e.finished || e.stoppedAt))
				.length >= 4,
		{ what: '4 finished executions' },
	);
	const byWorker = cluster
		.executionsByWorker()
		.map((ids, i) => ids.filter((id) => !before[i].includes(id)));
	const mine = execs.filter((e) => byWorker.flat().includes(String(e.id)));
	return {
		...smsFigures(emu, mark),
		seconds: (Date.now() - started) / 1000,
		executions: mine.map((e) => e.status),
		executionsPerWorker: byWorker.map((ids) => ids.length),
	};
}

module.exports = {
	QueueCluster,
	MEDIUM_LIMIT,
	WINDOW_MS,
	SMS_PER_EXECUTION,
	smsWorkflow,
	smsFigures,
	callSmsWebhook,
	smsLoad,
};
