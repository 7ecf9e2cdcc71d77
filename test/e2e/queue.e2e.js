#!/usr/bin/env node
// @ts-check
'use strict';
/**
 * `npm run test:e2e:queue`: this package in n8n's queue mode (lib/queue.js): Postgres, Redis, a main
 * process, two workers (concurrency 2) and a webhook processor, on loopback, against the RingCentral
 * emulator (Medium limited to 40 per 5 s window).
 *
 *   queue-sms      four executions of 100 SMS each, started at once through the webhook processor, run
 *                  by both workers on one credential: every SMS sent once, no 429, the rate achieved
 *   queue-trigger  RingCentral Trigger activated on main, deliveries through the webhook processor:
 *                  a genuine one runs on a worker, a forged one gets 401 and runs nothing
 *   queue-kill     a worker killed (SIGKILL) in the middle of 100 SMS: what n8n does with the
 *                  execution, and whether any SMS went out twice
 *
 * Env: E2E_N8N_VERSIONS (default "latest"), E2E_ONLY, E2E_OUTPUT, E2E_KEEP=1 as for test/e2e.
 * Figures: <output>/queue-report.json.
 */
const { test } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { ensureN8n } = require('../../scripts/n8n-install');
const { delay, waitUntil } = require('../../scripts/n8n-instance');
const { QueueCluster, MEDIUM_LIMIT, WINDOW_MS } = require('./lib/queue');
const { rcNode } = require('./lib/workflows');

const VERSIONS = (process.env.E2E_N8N_VERSIONS || 'latest').split(',').map((v) => v.trim()).filter(Boolean);
const OUTPUT = path.resolve(process.env.E2E_OUTPUT || path.join(os.tmpdir(), 'n8n-nodes-ringcentral-e2e'));
const ONLY = (process.env.E2E_ONLY || '').split(',').map((s) => s.trim()).filter(Boolean);
const selected = (/** @type {string} */ id) => !ONLY.length || ONLY.some((o) => id === o || id.startsWith(o));
fs.mkdirSync(OUTPUT, { recursive: true });

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => process.exit(130));

const FROM = '+16505550101'; // the emulator's number with SmsSender
const SMS_PER_EXECUTION = 100;
const SMS_WORKFLOW = 'E2eQueueSms00001';
const TRIGGER_WORKFLOW = 'E2eQueueTrigger1';
const TRIGGER_WEBHOOK_ID = '5ce7a1e0-0000-4000-8000-0000000a0e01';

/**
 * Webhook → 100 items (recipients numbered by the run given in the call's body) → Send SMS.
 * @param {{ id: string, name: string, type: string }} credential
 */
function smsWorkflow(credential) {
	const node = (/** @type {any} */ spec, /** @type {number} */ i) => ({ id: crypto.randomUUID(), typeVersion: 1, position: [220 * i, 0], ...spec });
	const nodes = [
		node({ name: 'Webhook', type: 'n8n-nodes-base.webhook', typeVersion: 2, webhookId: 'b7c1d0e0-0000-4000-8000-0000000a0e02', parameters: { httpMethod: 'POST', path: 'queue-sms', responseMode: 'onReceived', options: {} } }, 0),
		node({
			name: 'Recipients',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			parameters: { mode: 'raw', jsonOutput: `={{ { "list": Array.from({ length: ${SMS_PER_EXECUTION} }, (_, i) => ({ to: "+141555" + $json.body.run + String(i).padStart(4, "0") })) } }}`, options: {} },
		}, 1),
		node({ name: 'Items', type: 'n8n-nodes-base.splitOut', parameters: { fieldToSplitOut: 'list', options: {} } }, 2),
		node(rcNode('Send SMS', 'ringCentralMessaging', { resource: 'sms', operation: 'send', from: { __rl: true, mode: 'number', value: FROM }, to: '={{ $json.to }}', text: '=Queue mode {{ $json.to }}', options: {} }, credential), 3),
	];
	const connections = Object.fromEntries(nodes.slice(0, -1).map((n, i) => [n.name, { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] }]));
	return { id: SMS_WORKFLOW, name: 'e2e queue: 100 SMS per call', active: false, nodes, connections, settings: { executionOrder: 'v1' }, pinData: {} };
}

/** @param {{ id: string, name: string, type: string }} credential */
function triggerWorkflow(credential) {
	const trigger = { id: crypto.randomUUID(), position: [0, 0], typeVersion: 1, webhookId: TRIGGER_WEBHOOK_ID, ...rcNode('RingCentral Trigger', 'ringCentralTrigger', {}, credential) };
	const received = { id: crypto.randomUUID(), name: 'Received', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [220, 0], parameters: {} };
	return { id: TRIGGER_WORKFLOW, name: 'e2e queue: RingCentral Trigger', active: false, nodes: [trigger, received], connections: { 'RingCentral Trigger': { main: [[{ node: 'Received', type: 'main', index: 0 }]] } }, settings: { executionOrder: 'v1' }, pinData: {} };
}

/**
 * The SMS the emulator received since `mark`: per recipient, 429s, and the rate achieved (a sliding
 * window of W admits at most L × (span / W + 1) requests in a span, as test/bench measures it).
 * @param {any} emu @param {number} mark
 */
function smsFigures(emu, mark) {
	const requests = emu.requests.slice(mark).filter((/** @type {any} */ r) => r.operationId === 'createSMSMessage');
	const sent = requests.filter((/** @type {any} */ r) => r.status === 200);
	/** @type {Map<string, number>} */
	const perRecipient = new Map();
	for (const r of sent) {
		const to = r.body?.to?.[0]?.phoneNumber;
		perRecipient.set(to, (perRecipient.get(to) || 0) + 1);
	}
	const times = sent.map((/** @type {any} */ r) => Date.parse(r.time));
	const spanMs = times.length ? Math.max(...times) - Math.min(...times) : 0;
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
			const i = Math.floor((time - Math.min(...times)) / WINDOW_MS);
			counts[i] = (counts[i] || 0) + 1;
			return counts;
		}, []),
	};
}

/** @param {QueueCluster} cluster @param {number} run */
async function callSmsWebhook(cluster, run) {
	const res = await fetch(`${/** @type {any} */ (cluster.webhook).url}/webhook/queue-sms`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ run }) });
	assert.equal(res.status, 200, `webhook call ${run}: ${res.status} ${await res.text()}`);
}

/** @type {Record<string, any>} */
const report = { started: new Date().toISOString(), versions: {} };

test('n8n queue mode', async (t) => {
	const started = Date.now();
	const installs = await Promise.all(VERSIONS.map((v) => ensureN8n({ version: v })));
	for (const install of installs) {
		await t.test(`n8n ${install.version}: main, 2 workers, webhook processor, Postgres, Redis`, async (vt) => {
			const entry = (report.versions[install.version] = { results: {} });
			const cluster = new QueueCluster({ install, outputDir: OUTPUT, log: (m) => vt.diagnostic(m) });
			let failed = false;
			try {
				await cluster.setup([smsWorkflow(cluster.credential), triggerWorkflow(cluster.credential)]);
				await cluster.start();
				const main = /** @type {any} */ (cluster.main);
				const emu = /** @type {any} */ (cluster.emu);
				await main.api('POST', `/workflows/${SMS_WORKFLOW}/activate`);
				// Activation reaches the webhook processor through the database: wait until it answers the path.
				await waitUntil(async () => (await fetch(`${cluster.webhook?.url}/webhook/queue-sms`, { method: 'HEAD' })).status !== 404, { timeoutMs: 30000, intervalMs: 300 });

				const scenario = async (/** @type {string} */ id, /** @type {string} */ title, /** @type {() => Promise<any>} */ fn) => {
					if (!selected(id)) return;
					const t0 = Date.now();
					await vt.test(title, { timeout: 5 * 60 * 1000 }, async () => {
						try {
							entry.results[id] = { ...(await fn()), seconds: (Date.now() - t0) / 1000 };
						} catch (err) {
							failed = true;
							entry.results[id] = { failed: String(err), seconds: (Date.now() - t0) / 1000 };
							throw err;
						}
					});
				};

				await scenario('queue-sms', 'four executions of 100 SMS on two workers, one credential, Medium 40 per window: each SMS once, no 429', async () => {
					await delay(WINDOW_MS + 100); // a window of its own
					emu.rateLimiter.reset();
					const mark = emu.requests.length;
					const before = cluster.executionsByWorker();
					await Promise.all([1, 2, 3, 4].map((run) => callSmsWebhook(cluster, run)));
					const execs = await cluster.executions(SMS_WORKFLOW, (l) => l.filter((e) => e.finished || e.stoppedAt).length >= 4, { what: '4 finished executions' });
					const byWorker = cluster.executionsByWorker().map((ids, i) => ids.filter((id) => !before[i].includes(id)));
					const figures = { ...smsFigures(emu, mark), executions: execs.map((e) => e.status), executionsPerWorker: byWorker.map((ids) => ids.length) };
					vt.diagnostic(`queue-sms: ${JSON.stringify(figures)}`);
					assert.deepEqual(figures.executions, ['success', 'success', 'success', 'success'], 'every execution succeeded (0 failed items)');
					assert.equal(figures.sent, 4 * SMS_PER_EXECUTION);
					assert.equal(figures.recipients, 4 * SMS_PER_EXECUTION, 'each recipient got an SMS');
					assert.deepEqual(figures.sentTwice, [], 'no SMS sent twice');
					assert.ok(byWorker.every((ids) => ids.length > 0), `both workers ran executions: ${JSON.stringify(byWorker)}`);
					assert.equal(figures.rejected429, 0, 'no 429');
					assert.ok(figures.rate >= 0.9, `rate ${figures.rate.toFixed(3)} of the limit`);
					return figures;
				});
			} finally {
				entry.seconds = (Date.now() - started) / 1000;
				entry.timings = cluster.timings;
				await cluster.teardown({ keep: failed || process.env.E2E_KEEP === '1' });
			}
		});
	}
	report.seconds = (Date.now() - started) / 1000;
	fs.writeFileSync(path.join(OUTPUT, 'queue-report.json'), JSON.stringify(report, null, 2));
	t.diagnostic(`queue mode: ${report.seconds.toFixed(0)} s; figures in ${path.join(OUTPUT, 'queue-report.json')}`);
});
