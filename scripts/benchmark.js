// @ts-check
'use strict';
/**
 * `npm run benchmark`: how heavy the nodes are for n8n's editor, which loads every node description at
 * start. Builds the package (timed), loads it with n8n-core's PackageDirectoryLoader as n8n does, and
 * measures each node's description (JSON, as the editor receives it). Writes docs/benchmarks.md, keeping
 * the section `npm run bench` writes there (test/bench).
 */
const { execSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const OUT_FILE = path.join(ROOT, 'docs', 'benchmarks.md');
/** The size a single node description must stay under (the test in test/generated/descriptions.test.ts checks it). */
const BUDGET_KB = 256;

async function main() {
	const started = Date.now();
	execSync('npm run build', { cwd: ROOT, stdio: 'ignore' });
	const buildMs = Date.now() - started;

	const { loadPackage } = require('./lib/packageLoader');
	const loadStarted = Date.now();
	const pkg = await loadPackage(ROOT);
	const loadMs = Date.now() - loadStarted;

	const rows = pkg.nodeDescriptions
		.map((/** @type {any} */ d) => {
			const json = JSON.stringify(d);
			const properties = d.properties.length;
			const operations = d.properties
				.filter((/** @type {any} */ p) => p.name === 'operation')
				.reduce((/** @type {number} */ n, /** @type {any} */ p) => n + p.options.length, 0);
			return { name: d.displayName, bytes: Buffer.byteLength(json), properties, operations };
		})
		.sort((/** @type {any} */ a, /** @type {any} */ b) => b.bytes - a.bytes);
	const total = rows.reduce((n, /** @type {any} */ r) => n + r.bytes, 0);
	const parseStarted = process.hrtime.bigint();
	for (let i = 0; i < 10; i++) JSON.parse(JSON.stringify(pkg.nodeDescriptions));
	const parseMs = Number(process.hrtime.bigint() - parseStarted) / 1e6 / 10;
	const kb = (/** @type {number} */ n) => (n / 1024).toFixed(1);

	const lines = [
		'# Benchmarks',
		'',
		'Description sizes and build times: written by `npm run benchmark` (scripts/benchmark.js), figures from one run on the',
		'machine below. Our nodes against the HTTP Request node in a real n8n: the last section, written by `npm run bench` (test/bench).',
		'',
		`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}.`,
		'',
		'## Node descriptions (what the editor loads)',
		'',
		`n8n serves every node's description to the editor at start. Each node below is loaded with n8n-core's`,
		`PackageDirectoryLoader from the build, and measured as JSON. Budget per node: ${BUDGET_KB} KB (checked by a test).`,
		'',
		'| Node | Description (KB) | Properties | Operations |',
		'|---|---|---|---|',
		...rows.map(
			(/** @type {any} */ r) =>
				`| ${r.name} | ${kb(r.bytes)} | ${r.properties} | ${r.operations} |`,
		),
		`| **All ${rows.length} nodes** | **${kb(total)}** | ${rows.reduce((n, /** @type {any} */ r) => n + r.properties, 0)} | ${rows.reduce((n, /** @type {any} */ r) => n + r.operations, 0)} |`,
		'',
		`Largest: ${rows[0].name}, ${kb(rows[0].bytes)} KB. Serializing and parsing all descriptions once takes ${parseMs.toFixed(1)} ms.`,
		'',
		'How they stay small: fields shared by several operations of a resource are one field shown for all of them;',
		'descriptions are the first sentence of the spec text (at most 200 characters); optional parameters sit in',
		'collections; the JSON schemas used to check request bodies live in the code, not in the description.',
		'',
		'## Build and load',
		'',
		'| Step | Time |',
		'|---|---|',
		`| \`npm run build\` (tsc + icons) | ${(buildMs / 1000).toFixed(1)} s |`,
		`| Loading the package (PackageDirectoryLoader, all nodes and credentials) | ${loadMs} ms |`,
		'',
	];
	// `npm run bench` (test/bench) owns its own section of the file: keep it as it is.
	const { sectionOf } = require('./lib/benchReport');
	const benchSection = fs.existsSync(OUT_FILE) ? sectionOf(fs.readFileSync(OUT_FILE, 'utf8')) : '';
	fs.writeFileSync(
		OUT_FILE,
		benchSection ? `${lines.join('\n')}\n${benchSection}\n` : lines.join('\n'),
	);
	console.log(lines.join('\n'));
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
