#!/usr/bin/env node
// @ts-check
'use strict';
/**
 * `npm run bench`: this package's nodes against n8n's HTTP Request node doing the same work, in a real
 * n8n (a cached install, see scripts/n8n-install.js) against the RingCentral emulator, side by side in
 * one run. Writes its section of docs/benchmarks.md (see test/bench/README.md).
 *
 * Each measurement is one `n8n execute` (a fresh n8n process); its workflow posts to this process's
 * probe before and after the measured part (lib/workflows.js, lib/probe.js). Ours and the comparison
 * are interleaved round by round (ABBA), so load from other work on the machine hits both alike.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');

const { ensureN8n } = require('../../scripts/n8n-install');
const { N8nInstance, freePort, delay, REPO_ROOT } = require('../../scripts/n8n-instance');
const { startEmulator, DEFAULT_RATE_LIMITS } = require('../../scripts/emulator');
const { emulatorCredential } = require('../../scripts/lib/examples');
const { Probe } = require('./lib/probe');
const { framed, checkpoint, items, ours, httpRequest, countOf } = require('./lib/workflows');
const { renderSection, writeSection, writeQueueBlock } = require('../../scripts/lib/benchReport');

const env = process.env;
const CONFIG = {
	version: env.BENCH_N8N_VERSION || 'latest',
	only: (env.BENCH_ONLY || '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean),
	sms: Number(env.BENCH_SMS || 1000),
	smsRounds: Number(env.BENCH_SMS_ROUNDS || 3),
	calls: Number(env.BENCH_CALLS || 100000),
	exportRounds: Number(env.BENCH_EXPORT_ROUNDS || 2),
	rlSms: Number(env.BENCH_RL_SMS || 400),
	rlLimit: 40, // RingCentral's Medium group (SMS), per user and app per window
	rlWindowMs: Number(env.BENCH_RL_WINDOW_MS || 5000),
	rlRounds: Number(env.BENCH_RL_ROUNDS || 1),
	recordingMb: Number(env.BENCH_RECORDING_MB || 200),
	downloadRounds: Number(env.BENCH_DOWNLOAD_ROUNDS || 2),
	queueRounds: Number(env.BENCH_QUEUE_ROUNDS || 1),
	keep: env.BENCH_KEEP === '1',
	packageRoot: env.BENCH_PACKAGE_ROOT ? path.resolve(env.BENCH_PACKAGE_ROOT) : REPO_ROOT,
	write: env.BENCH_WRITE,
	output: env.BENCH_OUTPUT || path.join(os.tmpdir(), 'n8n-nodes-ringcentral-bench'),
};
const SCENARIOS = ['sms', 'export', 'ratelimit', 'download', 'queue'];
const FROM = '+16505550101'; // the emulator's number with SmsSender
const TO = '+14155550101';
const DAY = 24 * 3600 * 1000;
const RUN_TIMEOUT_MS = 15 * 60 * 1000;

/** @param {string} msg */
function log(msg) {
	process.stderr.write(`[bench] ${msg}\n`);
}

/** Round r runs the variants in this order: A B, B A, A B... (with more variants: rotated). @param {string[]} variants @param {number} round */
function order(variants, round) {
	const rotated = [
		...variants.slice(round % variants.length),
		...variants.slice(0, round % variants.length),
	];
	return round % 2 ? rotated.reverse() : rotated;
}

class Bench {
	/** @param {Awaited<ReturnType<typeof ensureN8n>>} install */
	constructor(install) {
		this.install = install;
		this.root = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-bench-'));
		this.probe = new Probe();
		/** @type {Record<string, any>} */
		this.results = {};
		this.cred = { id: 'RcBenchJwt000001', name: 'RingCentral bench', type: 'ringCentralJwtApi' };
		this.credLimited = {
			id: 'RcBenchJwtRate01',
			name: 'RingCentral bench (rate limits)',
			type: 'ringCentralJwtApi',
		};
	}

	async setup() {
		this.probeUrl = await this.probe.listen();
		const common = {
			port: 0,
			host: '127.0.0.1',
			accessTokenTtl: 7 * 24 * 3600,
			jwtSecret: 'bench-jwt-secret',
		};
		this.emu = await startEmulator({ ...common });
		this.emuLimited = await startEmulator({
			...common,
			rateLimits: { ...DEFAULT_RATE_LIMITS, Medium: CONFIG.rlLimit },
			rateWindowMs: CONFIG.rlWindowMs,
			penaltyMs: CONFIG.rlWindowMs,
		});
		this.n8n = new N8nInstance({
			install: this.install,
			userFolder: path.join(this.root, 'n8n'),
			logFile: path.join(CONFIG.output, 'n8n.log'),
			env: {
				N8N_DEFAULT_BINARY_DATA_MODE: 'filesystem',
				N8N_LOG_LEVEL: 'info', // the import commands report success at this level
				EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'none',
				EXECUTIONS_DATA_SAVE_ON_ERROR: 'none',
				EXECUTIONS_DATA_SAVE_MANUAL_EXECUTIONS: 'false',
				GENERIC_TIMEZONE: 'UTC',
				TZ: 'UTC',
			},
		});
		fs.rmSync(this.n8n.logFile, { force: true });
		// BENCH_PACKAGE_ROOT: measure another build of the package (a folder with package.json and dist/).
		this.n8n.loadPackage(CONFIG.packageRoot);
		// Access tokens issued up front: no token request falls into a measured part (both nodes use the credential).
		const credential = (
			/** @type {any} */ emu,
			/** @type {string} */ id,
			/** @type {string} */ name,
		) => {
			const tokens = emu.issueTokens({ extensionId: '101' });
			return emulatorCredential({
				id,
				name,
				serverUrl: emu.url,
				clientId: emu.client.clientId,
				clientSecret: emu.client.clientSecret,
				jwt: emu.createJwt({ extensionId: '101', expiresIn: 7 * 24 * 3600 }),
				accessToken: tokens.access_token,
			});
		};
		await this.n8n.importCredentials([
			credential(this.emu, this.cred.id, this.cred.name),
			credential(this.emuLimited, this.credLimited.id, this.credLimited.name),
		]);
	}

	/**
	 * One `n8n execute` of a workflow, followed by the probe. Succeeds when every checkpoint arrived (the
	 * CLI may still fail afterwards, printing a run too large for one string).
	 * @param {string} workflowId
	 */
	async execute(workflowId) {
		const n8n = /** @type {N8nInstance} */ (this.n8n);
		await n8n.ports();
		const brokerPort = await freePort();
		const outFile = path.join(this.root, 'last-run.out');
		const out = fs.openSync(outFile, 'w');
		const started = Date.now();
		const child = spawn(
			this.install.nodeBin,
			[this.install.n8nBin, 'execute', `--id=${workflowId}`],
			{
				// BENCH_CPU_PROFILE=<dir>: a V8 CPU profile of each n8n run, to see where its time goes.
				env: {
					...n8n.env({ brokerPort }),
					...(env.BENCH_CPU_PROFILE
						? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${path.resolve(env.BENCH_CPU_PROFILE)}` }
						: {}),
				},
				cwd: n8n.userFolder,
				stdio: ['ignore', out, out],
			},
		);
		fs.closeSync(out);
		const run = this.probe.follow(/** @type {number} */ (child.pid), workflowId);
		const code = await new Promise((resolve) => {
			const timer = setTimeout(() => {
				log(`${workflowId}: still running after ${RUN_TIMEOUT_MS / 1000} s, killed`);
				child.kill('SIGKILL');
			}, RUN_TIMEOUT_MS);
			child.on('exit', (c, signal) => {
				clearTimeout(timer);
				resolve(c ?? signal);
			});
		});
		this.probe.stop();
		const missing = ['start', 'end'].filter((c) => !run.checkpoints[c]);
		if (missing.length) {
			const size = fs.statSync(outFile).size;
			const fd = fs.openSync(outFile, 'r');
			const tail = Buffer.alloc(Math.min(size, 6000));
			fs.readSync(fd, tail, 0, tail.length, size - tail.length);
			fs.closeSync(fd);
			throw new Error(
				`${workflowId}: n8n execute exited (${code}) without checkpoint(s) ${missing.join(', ')}; output ends:\n${tail.toString('utf8')}`,
			);
		}
		const cp = run.checkpoints;
		return {
			exitCode: code,
			processSeconds: (Date.now() - started) / 1000,
			wallMs: cp.end.at - cp.start.at,
			cpuMs: cp.end.cpuMs - cp.start.cpuMs,
			emulatorCpuMs: cp.end.benchCpuMs - cp.start.benchCpuMs,
			startRssKb: cp.start.rssKb,
			peakKb: run.peakReset ? cp.end.hwmKb : NaN,
			sampledPeakKb: run.sampledMaxKb,
			addedKb: (run.peakReset ? cp.end.hwmKb : run.sampledMaxKb) - cp.start.rssKb,
			checkpoints: cp,
			/** @type {any} what n8n counted (see workflows.js: missing when n8n cannot evaluate it) */
			count: cp.count ? cp.count.body : {},
		};
	}

	/**
	 * Runs the variants of a scenario interleaved for `rounds` rounds; `before`/`after` prepare and check each run.
	 * @param {string} scenario @param {Record<string, string>} variants name → workflow id @param {number} rounds
	 * @param {{ before?: (variant: string) => any, after: (variant: string, run: any, state: any) => any }} hooks
	 */
	async rounds(scenario, variants, rounds, hooks) {
		/** @type {Record<string, any[]>} */
		const byVariant = Object.fromEntries(Object.keys(variants).map((v) => [v, []]));
		for (let round = 0; round < rounds; round++) {
			for (const variant of order(Object.keys(variants), round)) {
				const state = hooks.before ? await hooks.before(variant) : undefined;
				const run = await this.execute(variants[variant]);
				const figures = await hooks.after(variant, run, state);
				byVariant[variant].push({
					...figures,
					round,
					wallMs: run.wallMs,
					cpuMs: run.cpuMs,
					startRssKb: run.startRssKb,
					peakKb: run.peakKb,
					sampledPeakKb: run.sampledPeakKb,
					addedKb: run.addedKb,
					exitCode: run.exitCode,
					processSeconds: run.processSeconds,
				});
				const shown = Object.fromEntries(
					Object.entries(figures).filter(([k]) => !k.startsWith('_')),
				);
				log(
					`${scenario} round ${round + 1}/${rounds} ${variant}: ${(run.wallMs / 1000).toFixed(2)} s, CPU ${(run.cpuMs / 1000).toFixed(2)} s, +${(run.addedKb / 1024).toFixed(0)} MB over ${(run.startRssKb / 1024).toFixed(0)} MB ${JSON.stringify(shown)}`,
				);
			}
		}
		return byVariant;
	}

	/** 1. Per-item overhead: N SMS, no rate limit. */
	smsWorkflows() {
		const n = CONFIG.sms;
		const text = '=Benchmark message {{ $json.i }}';
		return {
			ours: framed({
				id: 'BenchSmsOurs0001',
				name: `bench: ${n} SMS (RingCentral Messaging)`,
				probeUrl: /** @type {string} */ (this.probeUrl),
				work: [
					...items(n),
					ours(
						'Send SMS',
						'ringCentralMessaging',
						{
							resource: 'sms',
							operation: 'send',
							from: { __rl: true, mode: 'number', value: FROM },
							to: TO,
							text,
							options: {},
						},
						this.cred,
					),
				],
				count: countOf('Send SMS'),
			}),
			http: framed({
				id: 'BenchSmsHttp0001',
				name: `bench: ${n} SMS (HTTP Request)`,
				probeUrl: /** @type {string} */ (this.probeUrl),
				work: [
					...items(n),
					httpRequest('Send SMS', smsRequest(/** @type {any} */ (this.emu).url), this.cred),
				],
				count: countOf('Send SMS'),
			}),
		};
	}

	async runSms() {
		const emu = /** @type {any} */ (this.emu);
		const n = CONFIG.sms;
		const byVariant = await this.rounds(
			'sms',
			{ ours: 'BenchSmsOurs0001', http: 'BenchSmsHttp0001' },
			CONFIG.smsRounds,
			{
				before: () => emu.requests.length,
				after: (_v, run, mark) => {
					const sent = emu.requests
						.slice(mark)
						.filter((/** @type {any} */ r) => r.operationId === 'createSMSMessage');
					const ok = sent.filter((/** @type {any} */ r) => r.status === 200).length;
					if (ok !== n || run.count.items !== n || run.count.errors !== 0)
						throw new Error(
							`sms: expected ${n} SMS sent once each, got ${ok} answered 200 of ${sent.length} requests, ${run.count.items} items, ${run.count.errors} errors`,
						);
					return {
						items: run.count.items,
						requests: sent.length,
						perItemMs: run.wallMs / n,
						cpuPerItemMs: run.cpuMs / n,
						emulatorCpuPerItemMs: run.emulatorCpuMs / n,
					};
				},
			},
		);
		return { n, byVariant };
	}

	/** 2. Export of the call log with Return All. */
	exportWorkflows() {
		const { from, to } = this.callWindow();
		const dateFrom = new Date(from - 3600 * 1000).toISOString();
		const dateTo = new Date(to + 3600 * 1000).toISOString();
		const url = `${/** @type {any} */ (this.emu).url}/restapi/v1.0/account/~/extension/~/call-log?dateFrom=${encodeURIComponent(dateFrom)}&dateTo=${encodeURIComponent(dateTo)}&view=Simple&perPage=1000`;
		return {
			ours: framed({
				id: 'BenchExportOurs1',
				name: `bench: export ${CONFIG.calls} call log records (RingCentral Voice)`,
				probeUrl: /** @type {string} */ (this.probeUrl),
				work: [
					ours(
						'Call log',
						'ringCentralVoice',
						{
							resource: 'callLog',
							operation: 'getAll',
							dateRange: 'custom',
							dateFrom,
							dateTo,
							returnAll: true,
							filters: {},
							options: {},
							simplify: false,
						},
						this.cred,
					),
				],
				count: `={{ JSON.stringify({ items: $('Call log').all().length, first: $('Call log').first().json.id }) }}`,
			}),
			http: framed({
				id: 'BenchExportHttp1',
				name: `bench: export ${CONFIG.calls} call log records (HTTP Request + Split Out)`,
				probeUrl: /** @type {string} */ (this.probeUrl),
				work: [
					httpRequest(
						'Call log pages',
						{
							method: 'GET',
							url,
							options: {
								pagination: {
									pagination: {
										paginationMode: 'responseContainsNextURL',
										nextURL: '={{ $response.body.navigation.nextPage.uri }}',
										paginationCompleteWhen: 'other',
										completeExpression: '={{ !$response.body.navigation.nextPage }}',
									},
								},
							},
						},
						this.cred,
					),
					{
						name: 'Call log',
						type: 'n8n-nodes-base.splitOut',
						typeVersion: 1,
						parameters: { fieldToSplitOut: 'records', options: {} },
					},
				],
				// The peak of the HTTP Request node alone, before Split Out makes items of the pages.
				branches: [
					{
						after: 'Call log pages',
						node: checkpoint('Checkpoint pages', `${this.probeUrl}/cp/BenchExportHttp1/pages`),
					},
				],
				count: `={{ JSON.stringify({ items: $('Call log').all().length, pages: $('Call log pages').all().length, first: $('Call log').first().json.id }) }}`,
			}),
		};
	}

	callWindow() {
		// A window of its own, weeks back: the demo calls (last days) are outside it.
		const to = Date.now() - 10 * DAY;
		return { from: to - 20 * DAY, to };
	}

	async runExport() {
		const emu = /** @type {any} */ (this.emu);
		const n = CONFIG.calls;
		const byVariant = await this.rounds(
			'export',
			{ ours: 'BenchExportOurs1', http: 'BenchExportHttp1' },
			CONFIG.exportRounds,
			{
				before: () => emu.requests.length,
				after: (variant, run, mark) => {
					const pages = emu.requests
						.slice(mark)
						.filter((/** @type {any} */ r) => r.operationId === 'readUserCallLog');
					if (run.count.items !== n || pages.some((/** @type {any} */ p) => p.status !== 200))
						throw new Error(
							`export ${variant}: ${run.count.items} items of ${n}, pages ${pages.map((/** @type {any} */ p) => p.status).join(',')}`,
						);
					const pagesCp = run.checkpoints.pages;
					return {
						items: run.count.items,
						requests: pages.length,
						// HTTP Request alone (before Split Out): its own peak and time.
						...(pagesCp
							? {
									pagesWallMs: pagesCp.at - run.checkpoints.start.at,
									pagesAddedKb: pagesCp.hwmKb - run.checkpoints.start.rssKb,
								}
							: {}),
					};
				},
			},
		);
		return { n, byVariant };
	}

	/** 3. Under rate limits: N SMS, Medium group limited, a compressed window. */
	rateLimitWorkflows() {
		const n = CONFIG.rlSms;
		const text = '=Rate-limited message {{ $json.i }}';
		return {
			ours: framed({
				id: 'BenchRateOurs001',
				name: `bench: ${n} SMS under rate limits (RingCentral Messaging)`,
				probeUrl: /** @type {string} */ (this.probeUrl),
				work: [
					...items(n),
					ours(
						'Send SMS',
						'ringCentralMessaging',
						{
							resource: 'sms',
							operation: 'send',
							from: { __rl: true, mode: 'number', value: FROM },
							to: TO,
							text,
							options: {},
						},
						this.credLimited,
						{ onError: 'continueRegularOutput' },
					),
				],
				count: countOf('Send SMS'),
			}),
			http: framed({
				id: 'BenchRateHttp001',
				name: `bench: ${n} SMS under rate limits (HTTP Request)`,
				probeUrl: /** @type {string} */ (this.probeUrl),
				work: [
					...items(n),
					httpRequest(
						'Send SMS',
						smsRequest(/** @type {any} */ (this.emuLimited).url, text),
						this.credLimited,
						{ onError: 'continueRegularOutput' },
					),
				],
				count: countOf('Send SMS'),
			}),
		};
	}

	async runRateLimit() {
		const emu = /** @type {any} */ (this.emuLimited);
		const n = CONFIG.rlSms;
		const L = CONFIG.rlLimit;
		const W = CONFIG.rlWindowMs;
		const byVariant = await this.rounds(
			'ratelimit',
			{ ours: 'BenchRateOurs001', http: 'BenchRateHttp001' },
			CONFIG.rlRounds,
			{
				before: async () => {
					// A fresh window for each run (no penalty or requests of the previous run left).
					await delay(W + 100);
					emu.rateLimiter.reset();
					return emu.requests.length;
				},
				after: (variant, run, mark) => {
					const sent = emu.requests
						.slice(mark)
						.filter((/** @type {any} */ r) => r.operationId === 'createSMSMessage');
					const ok = sent.filter((/** @type {any} */ r) => r.status === 200);
					// Each item is one SMS: the items whose SMS was not sent failed (n8n's own count, when it has one, must agree).
					const failed = n - ok.length;
					if (ok.length > n)
						throw new Error(`ratelimit ${variant}: ${ok.length} SMS for ${n} items (sent twice)`);
					if (run.count.errors !== undefined && run.count.errors !== failed)
						throw new Error(
							`ratelimit ${variant}: n8n counted ${run.count.errors} error items, the emulator ${failed} unsent SMS`,
						);
					const times = ok.map((/** @type {any} */ r) => Date.parse(r.time));
					const spanMs = times.length ? Math.max(...times) - Math.min(...times) : 0;
					// A sliding window of W admits at most L × (span / W + 1) requests in a span: the share of that the node used.
					const rate = ok.length / (L * (spanMs / W + 1));
					const t0 = sent.length ? Date.parse(sent[0].time) : 0;
					return {
						_timeline: sent.map((/** @type {any} */ r) => [Date.parse(r.time) - t0, r.status]),
						items: run.count.items,
						failed,
						countedByN8n: run.count.errors !== undefined,
						sent: ok.length,
						requests: sent.length,
						rejected429: sent.filter((/** @type {any} */ r) => r.status === 429).length,
						spanMs,
						rate,
					};
				},
			},
		);
		return { n, limit: L, windowMs: W, byVariant };
	}

	/** 4. A large recording downloaded in filesystem binary mode (and, by ours, one twice its size: does the memory grow with it?). */
	downloadWorkflows() {
		const rec = /** @type {any} */ (this.recording);
		const double = /** @type {any} */ (this.doubleRecording);
		const binaryOf = `($('Download').first().binary || {}).data || null`;
		const count = `={{ JSON.stringify({ items: $('Download').all().length, binary: ${binaryOf}, json: $('Download').first().json }) }}`;
		const common = { probeUrl: /** @type {string} */ (this.probeUrl), count };
		return {
			ours: framed({
				...common,
				id: 'BenchDownOurs001',
				name: `bench: download a ${CONFIG.recordingMb} MB recording (RingCentral Voice)`,
				work: [
					ours(
						'Download',
						'ringCentralVoice',
						{
							resource: 'callRecordings',
							operation: 'download',
							recording: { __rl: true, mode: 'id', value: rec.id },
							binaryPropertyName: 'data',
						},
						this.cred,
					),
				],
			}),
			http: framed({
				...common,
				id: 'BenchDownHttp001',
				name: `bench: download a ${CONFIG.recordingMb} MB recording (HTTP Request)`,
				work: [
					httpRequest(
						'Download',
						{
							method: 'GET',
							url: rec.contentUri,
							options: {
								response: { response: { responseFormat: 'file', outputPropertyName: 'data' } },
							},
						},
						this.cred,
					),
				],
			}),
			double: framed({
				...common,
				id: 'BenchDownDouble1',
				name: `bench: download a ${CONFIG.recordingMb * 2} MB recording (RingCentral Voice)`,
				work: [
					ours(
						'Download',
						'ringCentralVoice',
						{
							resource: 'callRecordings',
							operation: 'download',
							recording: { __rl: true, mode: 'id', value: double.id },
							binaryPropertyName: 'data',
						},
						this.cred,
					),
				],
			}),
			idle: framed({
				...common,
				id: 'BenchDownIdle001',
				name: 'bench: no download (n8n itself)',
				work: [{ name: 'Download', type: 'n8n-nodes-base.noOp', parameters: {} }],
			}),
		};
	}

	async runDownload() {
		const size = CONFIG.recordingMb * 1024 * 1024;
		const byVariant = await this.rounds(
			'download',
			{
				ours: 'BenchDownOurs001',
				http: 'BenchDownHttp001',
				double: 'BenchDownDouble1',
				idle: 'BenchDownIdle001',
			},
			CONFIG.downloadRounds,
			{
				after: (variant, run) => {
					const binary = run.count.binary;
					if (variant !== 'idle' && (!binary || !String(binary.id || '').startsWith('filesystem')))
						throw new Error(
							`download ${variant}: no binary in the filesystem store: ${JSON.stringify(run.count).slice(0, 500)}`,
						);
					return {
						items: run.count.items,
						fileSize: binary ? binary.fileSize : undefined,
						binaryId: binary ? String(binary.id).split(':')[0] : undefined,
					};
				},
			},
		);
		return { size, doubleSize: size * 2, byVariant };
	}

	/**
	 * 5. Queue mode: scenario 1 of `npm run test:e2e:queue` (four executions of 100 SMS at once on two workers),
	 * by ours and by the HTTP Request node, in a cluster of its own (Postgres, Redis, main, workers, webhook processor).
	 */
	async runQueue() {
		const {
			QueueCluster,
			smsWorkflow,
			smsLoad,
			MEDIUM_LIMIT,
			WINDOW_MS,
			SMS_PER_EXECUTION,
		} = require('../e2e/lib/queue');
		const cluster = new QueueCluster({ install: this.install, outputDir: CONFIG.output, log });
		const variants = {
			ours: { id: 'BenchQueueOurs01', path: 'bench-queue-ours' },
			http: { id: 'BenchQueueHttp01', path: 'bench-queue-http' },
		};
		/** @type {Record<string, any[]>} */
		const byVariant = { ours: [], http: [] };
		try {
			await cluster.setup((/** @type {any} */ c) => [
				smsWorkflow({ ...variants.ours, credential: c.credential }),
				smsWorkflow({ ...variants.http, credential: c.credential, http: { url: c.emu.url } }),
			]);
			await cluster.start();
			for (const { id, path: webhookPath } of Object.values(variants)) {
				await /** @type {any} */ (cluster.main).api('POST', `/workflows/${id}/activate`);
				await cluster.waitForWebhook(webhookPath);
			}
			for (let round = 0; round < CONFIG.queueRounds; round++) {
				for (const variant of order(Object.keys(variants), round)) {
					const v = /** @type {{ id: string, path: string }} */ (
						/** @type {any} */ (variants)[variant]
					);
					const figures = await smsLoad(cluster, { workflowId: v.id, path: v.path });
					const run = {
						...figures,
						round,
						wallMs: figures.seconds * 1000,
						failed: 4 * SMS_PER_EXECUTION - figures.sent,
						twice: figures.sentTwice.length,
					};
					byVariant[variant].push(run);
					log(
						`queue round ${round + 1}/${CONFIG.queueRounds} ${variant}: ${JSON.stringify({ ...run, sentTwice: undefined })}`,
					);
				}
			}
		} finally {
			await cluster.teardown({ keep: CONFIG.keep });
		}
		return { n: 4 * SMS_PER_EXECUTION, limit: MEDIUM_LIMIT, windowMs: WINDOW_MS, byVariant };
	}

	async run() {
		const wanted = CONFIG.only.length
			? SCENARIOS.filter((s) => CONFIG.only.includes(s))
			: SCENARIOS;
		const emu = /** @type {any} */ (this.emu);
		/** @type {any[]} */
		const workflows = [];
		if (wanted.includes('export')) {
			const started = Date.now();
			const { from, to } = this.callWindow();
			emu.addCallLogRecords({ count: CONFIG.calls, from, to });
			this.seedSeconds = (Date.now() - started) / 1000;
			log(`seeded ${CONFIG.calls} call log records in ${this.seedSeconds.toFixed(1)} s`);
			workflows.push(...Object.values(this.exportWorkflows()));
		}
		if (wanted.includes('download')) {
			this.recording = emu.addCallLogRecord({
				recording: 'Automatic',
				recordingSize: CONFIG.recordingMb * 1024 * 1024,
				durationSec: 3600,
			}).recording;
			this.doubleRecording = emu.addCallLogRecord({
				recording: 'Automatic',
				recordingSize: CONFIG.recordingMb * 2 * 1024 * 1024,
				durationSec: 7200,
			}).recording;
			workflows.push(...Object.values(this.downloadWorkflows()));
		}
		if (wanted.includes('sms')) workflows.push(...Object.values(this.smsWorkflows()));
		if (wanted.includes('ratelimit')) workflows.push(...Object.values(this.rateLimitWorkflows()));
		fs.mkdirSync(path.join(CONFIG.output, 'workflows'), { recursive: true });
		for (const wf of workflows)
			fs.writeFileSync(
				path.join(CONFIG.output, 'workflows', `${wf.id}.json`),
				JSON.stringify(wf, null, 2),
			);
		await /** @type {N8nInstance} */ (this.n8n).importWorkflows(workflows);

		const load = [os.loadavg()[0]];
		const started = Date.now();
		if (wanted.includes('sms')) this.results.sms = await this.runSms();
		if (wanted.includes('export')) this.results.export = await this.runExport();
		if (wanted.includes('ratelimit')) this.results.ratelimit = await this.runRateLimit();
		if (wanted.includes('download')) this.results.download = await this.runDownload();
		if (wanted.includes('queue')) this.results.queue = await this.runQueue();
		load.push(os.loadavg()[0]);
		this.results.meta = {
			n8nVersion: this.install.version,
			nodeVersion: this.install.nodeVersion,
			machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB`,
			loadAverage: load,
			seconds: (Date.now() - started) / 1000,
			date: new Date().toISOString().slice(0, 10),
			scenarios: wanted,
			config: CONFIG,
			seedSeconds: this.seedSeconds,
			emulatorErrors: emu.errors.length + /** @type {any} */ (this.emuLimited).errors.length,
			violations: emu.violations.length + /** @type {any} */ (this.emuLimited).violations.length,
			strays: this.probe.strays,
		};
		return this.results;
	}

	async teardown() {
		await this.probe.close();
		await /** @type {any} */ (this.emu)?.close();
		await /** @type {any} */ (this.emuLimited)?.close();
		if (!CONFIG.keep) fs.rmSync(this.root, { recursive: true, force: true });
	}
}

/**
 * The Send SMS request for the HTTP Request node: RingCentral's body as JSON, one request per item.
 * @param {string} baseUrl @param {string} [text]
 */
function smsRequest(baseUrl, text = '=Benchmark message {{ $json.i }}') {
	const expression = text.slice(1).replace('{{ $json.i }}', '" + $json.i + "');
	return {
		method: 'POST',
		url: `${baseUrl}/restapi/v1.0/account/~/extension/~/sms`,
		sendBody: true,
		specifyBody: 'json',
		jsonBody: `={{ JSON.stringify({ from: { phoneNumber: "${FROM}" }, to: [{ phoneNumber: "${TO}" }], text: "${expression}" }) }}`,
	};
}

async function main() {
	fs.mkdirSync(CONFIG.output, { recursive: true });
	if (!fs.existsSync(path.join(CONFIG.packageRoot, 'dist', 'nodes')))
		throw new Error(
			`${CONFIG.packageRoot}/dist is missing: run \`npm run build\` first (\`npm run bench\` does)`,
		);
	const install = await ensureN8n({ version: CONFIG.version });
	log(
		`n8n ${install.version} on Node ${install.nodeVersion} (${install.cached ? 'cached' : 'installed'}); output in ${CONFIG.output}`,
	);
	const bench = new Bench(install);
	try {
		await bench.setup();
		const results = await bench.run();
		fs.writeFileSync(path.join(CONFIG.output, 'results.json'), JSON.stringify(results, null, 2));
		const section = renderSection(results);
		fs.writeFileSync(path.join(CONFIG.output, 'benchmarks.md'), section);
		const complete = SCENARIOS.every((s) => results[s]);
		const queueOnly =
			Object.keys(results)
				.filter((k) => k !== 'meta')
				.join() === 'queue';
		if (CONFIG.write === '1' || (CONFIG.write !== '0' && complete)) {
			writeSection(path.join(REPO_ROOT, 'docs', 'benchmarks.md'), section);
			log('docs/benchmarks.md updated');
		} else if (CONFIG.write !== '0' && queueOnly) {
			writeQueueBlock(path.join(REPO_ROOT, 'docs', 'benchmarks.md'), results);
			log('docs/benchmarks.md: queue-mode block updated');
		} else {
			log(
				`docs/benchmarks.md left as it is (${complete ? 'BENCH_WRITE=0' : 'not every scenario ran; BENCH_WRITE=1 writes anyway'})`,
			);
		}
		process.stdout.write(`${section}\n`);
	} finally {
		await bench.teardown();
	}
}

if (require.main === module) {
	main().catch((err) => {
		process.stderr.write(`[bench] ${err && err.stack ? err.stack : err}\n`);
		process.exit(1);
	});
}

module.exports = { order };
