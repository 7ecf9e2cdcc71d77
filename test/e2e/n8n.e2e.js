#!/usr/bin/env node
// @ts-check
'use strict';
/**
 * End-to-end tests in a real n8n (`npm run test:e2e`): for each n8n version (E2E_N8N_VERSIONS,
 * default "2.8.4,latest": the oldest supported, on the system Node 20, and the newest 2.x release
 * that installs, on Node 24 from the npm registry), in a fresh n8n user folder with this package
 * copied in and the RingCentral emulator on loopback:
 *
 *   cli phase     workflows run by `n8n execute` (credentials, Messaging, the areas' headline
 *                 operations, every node in package.json, the examples started by "Run now")
 *   server phase  `n8n start`: the editor in Chromium, examples started by a form or the trigger,
 *                 the RingCentral Trigger's lifecycle
 *
 * The list of tests is derived from package.json: a scenario whose nodes are not there is not in
 * the list, and the report at the end says so (nothing is skipped silently).
 *
 * Env: E2E_N8N_VERSIONS, E2E_ONLY (comma-separated scenario ids or prefixes), E2E_OUTPUT (logs,
 * screenshots, report; default <tmp>/n8n-nodes-ringcentral-e2e), E2E_SCREENSHOTS (screenshot
 * folder, e.g. docs/images), E2E_KEEP=1 (keep the n8n user folders).
 */
const { test } = require('node:test');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { ensureN8n } = require('../../scripts/n8n-install');
const { discoverNodes } = require('../../scripts/lib/discover');
const { VersionContext } = require('./lib/context');
const { exampleScenarios } = require('./scenarios/examples');
const { genericScenarios } = require('./scenarios/generic');

/**
 * @typedef {{
 *   id: string, title: string, phase: 'cli' | 'server', requires: string[],
 *   workflows?: (ctx: any) => any[], run: (ctx: any, t?: import('node:test').TestContext) => Promise<void>,
 * }} Scenario
 */

const VERSIONS = (process.env.E2E_N8N_VERSIONS || '2.8.4,latest')
	.split(',')
	.map((v) => v.trim())
	.filter(Boolean);
const OUTPUT = path.resolve(
	process.env.E2E_OUTPUT || path.join(os.tmpdir(), 'n8n-nodes-ringcentral-e2e'),
);
const ONLY = (process.env.E2E_ONLY || '')
	.split(',')
	.map((s) => s.trim())
	.filter(Boolean);
fs.mkdirSync(OUTPUT, { recursive: true });

const nodes = discoverNodes();
const nodeNames = nodes.map((n) => n.name);
const examples = exampleScenarios(nodes);

/** Every scenario, in run order. @type {Scenario[]} */
const ALL = [
	...require('./scenarios/auth'),
	...require('./scenarios/messaging'),
	...require('./scenarios/failures'),
	...require('./scenarios/areas'),
	...require('./scenarios/agent'),
	...genericScenarios(nodes),
	...examples.scenarios,
	...require('./scenarios/editor'),
	...require('./scenarios/trigger'),
	...require('./scenarios/voicemailTranscribed'),
	...require('./scenarios/pollTrigger'),
];

/** @type {Array<{ title: string, reason: string }>} */
const notInList = [...examples.notRun];
/** @type {Scenario[]} */
const scenarios = [];
for (const s of ALL) {
	const missing = s.requires.filter((r) => !nodeNames.includes(r));
	if (missing.length)
		notInList.push({ title: s.title, reason: `needs ${missing.join(', ')} (not in package.json)` });
	else if (ONLY.length && !ONLY.some((o) => s.id === o || s.id.startsWith(o)))
		notInList.push({ title: s.title, reason: 'not selected by E2E_ONLY' });
	else scenarios.push(s);
}

const covered = new Set(scenarios.flatMap((s) => s.requires));
for (const n of nodes)
	if (!covered.has(n.name))
		notInList.push({
			title: `${n.displayName} (${n.type})`,
			reason: 'in package.json, but no scenario runs it',
		});

/** @type {Record<string, any>} */
const report = {
	versions: {},
	nodes: nodeNames,
	notInList,
	scenarios: scenarios.map((s) => s.title),
};

// Interrupted: exit, so that the n8n servers this run started are ended (scripts/n8n-instance.js).
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
	process.on(signal, () => process.exit(130));

// Nothing may hang CI (90 minutes in all): generous limits per step.
const INSTALL_TIMEOUT_MS = 30 * 60 * 1000;
const SCENARIO_TIMEOUT_MS = 5 * 60 * 1000;

test(
	'install n8n (cached outside the repo, keyed by version)',
	{ timeout: INSTALL_TIMEOUT_MS },
	async (t) => {
		const started = Date.now();
		// The versions install side by side (network-bound); a cached version takes a second.
		const installs = await Promise.all(VERSIONS.map((v) => ensureN8n({ version: v })));
		for (const [i, install] of installs.entries()) {
			report.versions[install.version] = {
				requested: VERSIONS[i],
				node: install.nodeVersion,
				install: install.cached
					? `cached (${install.seconds.toFixed(1)} s)`
					: `installed in ${install.seconds.toFixed(0)} s`,
				skipped: install.skipped || [],
			};
			t.diagnostic(
				`n8n ${install.version} (requested ${VERSIONS[i]}) on Node ${install.nodeVersion}: ${report.versions[install.version].install}`,
			);
		}
		report.installSeconds = (Date.now() - started) / 1000;
		installed.push(...installs);
	},
);

/** @type {Awaited<ReturnType<typeof ensureN8n>>[]} */
const installed = [];

for (const [index, requested] of VERSIONS.entries()) {
	test(`n8n ${requested}`, async (t) => {
		const install = installed[index];
		if (!install) throw new Error(`n8n ${requested} is not installed (see the install test)`);
		const started = Date.now();
		const ctx = new VersionContext({ install, outputDir: OUTPUT });
		Object.assign(ctx, { nodes, exampleIds: [] });
		const entry = (report.versions[install.version] = {
			...(report.versions[install.version] || {}),
			results: [],
		});
		let failed = false;
		try {
			await ctx.setup();
			const workflows = scenarios.flatMap((s) => (s.workflows ? s.workflows(ctx) : []));
			await ctx.importWorkflows(workflows);
			Object.assign(ctx, {
				exampleIds: examples.scenarios.flatMap((s) =>
					s.workflows ? s.workflows(ctx).map((w) => w.id) : [],
				),
			});
			const runPhase = async (/** @type {'cli' | 'server'} */ phase) => {
				for (const s of scenarios.filter((x) => x.phase === phase)) {
					const t0 = Date.now();
					let ok = true;
					await t.test(s.title, { timeout: SCENARIO_TIMEOUT_MS }, async (st) => {
						try {
							await s.run(ctx, st);
						} catch (err) {
							ok = false;
							failed = true;
							throw err;
						}
					});
					entry.results.push({ title: s.title, phase, ok, seconds: (Date.now() - t0) / 1000 });
				}
			};
			await runPhase('cli');
			if (scenarios.some((s) => s.phase === 'server')) {
				await t.test(
					'n8n start, owner login, API key',
					{ timeout: SCENARIO_TIMEOUT_MS },
					async () => {
						await ctx.startServer();
					},
				);
				await runPhase('server');
			}
		} finally {
			await ctx.shared.browser?.close().catch(() => undefined);
			entry.seconds = (Date.now() - started) / 1000;
			entry.timings = ctx.timings;
			entry.screenshots = ctx.shared.screenshots || [];
			entry.notes = [ctx.shared.blacklistNote].filter(Boolean);
			entry.log = ctx.n8n?.logFile;
			await ctx.teardown({ keep: failed || process.env.E2E_KEEP === '1' });
		}
	});
}

test('report', (t) => {
	const lines = ['# n8n-nodes-ringcentral end-to-end report', ''];
	lines.push(`Nodes in package.json: ${nodeNames.join(', ')}`, '');
	for (const [version, v] of Object.entries(report.versions)) {
		const execs = (v.timings || []).filter((/** @type {any} */ x) => /^execute /.test(x.what));
		const cli = execs.reduce((/** @type {number} */ a, /** @type {any} */ x) => a + x.seconds, 0);
		lines.push(
			`## n8n ${version} (Node ${v.node}; requested ${v.requested})`,
			`- install: ${v.install}${v.skipped?.length ? `; newer releases that do not install: ${v.skipped.join('; ')}` : ''}`,
			`- run: ${v.seconds ? `${v.seconds.toFixed(0)} s` : 'did not run'} (${execs.length} \`n8n execute\` runs, ${cli.toFixed(0)} s)`,
		);
		for (const r of v.results || [])
			lines.push(
				`  - ${r.ok ? 'passed' : 'FAILED'} (${r.seconds.toFixed(1)} s, ${r.phase}) ${r.title}`,
			);
		for (const note of v.notes || []) lines.push(`- note: ${note}`);
		if (v.screenshots?.length) lines.push(`- screenshots: ${v.screenshots.join(', ')}`);
		if (v.log) lines.push(`- n8n log: ${v.log}`);
		lines.push('');
	}
	lines.push('## Not in this run', '');
	if (!notInList.length) lines.push('- nothing: every scenario ran');
	for (const n of notInList) lines.push(`- ${n.title}: ${n.reason}`);
	lines.push('', `Install step: ${report.installSeconds?.toFixed(0)} s`);
	const text = lines.join('\n');
	fs.writeFileSync(path.join(OUTPUT, 'report.md'), `${text}\n`);
	fs.writeFileSync(path.join(OUTPUT, 'report.json'), JSON.stringify(report, null, 2));
	t.diagnostic(`report: ${path.join(OUTPUT, 'report.md')}`);
	process.stdout.write(`\n${text}\n\n`);
});
