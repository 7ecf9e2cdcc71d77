// @ts-check
'use strict';
/**
 * A real n8n (installed by scripts/n8n-install.js) with this package loaded, on loopback:
 * its user folder, the CLI (import, execute), the server (start, stop, owner, REST and public API).
 * Used by `npm run dev` (scripts/dev.js) and the end-to-end tests (test/e2e).
 *
 * The package is *copied* (package.json + dist) into `<userFolder>/.n8n/nodes/node_modules/n8n-nodes-ringcentral`,
 * never symlinked: through a symlink, `require('n8n-workflow')` in dist/ would resolve to this repo's
 * node_modules (a different n8n-workflow than the running n8n's). A copy resolves it the way an installed
 * community package does, through the NODE_PATH n8n sets to its own node_modules.
 */
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { spawn } = require('node:child_process');

const PACKAGE_NAME = 'n8n-nodes-ringcentral';
const REPO_ROOT = path.resolve(__dirname, '..');

/** A free TCP port on 127.0.0.1. */
function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const addr = srv.address();
			srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
		});
	});
}

/** @param {number} ms */
const delay = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Calls `fn` every `intervalMs` until it gives a truthy value (returned) or `timeoutMs` have passed
 * since the first call (undefined); a call that throws ends the wait with that error.
 * @template T
 * @param {() => T | Promise<T>} fn @param {{ timeoutMs: number, intervalMs: number }} o
 * @returns {Promise<T | undefined>}
 */
async function waitUntil(fn, { timeoutMs, intervalMs }) {
	const started = Date.now();
	while (Date.now() - started < timeoutMs) {
		const result = await fn();
		if (result) return result;
		await delay(intervalMs);
	}
	return undefined;
}

/**
 * Whether `needle` occurs in what `file` has from byte `from` on. Each call reads only the bytes added
 * since the previous one (plus `needle.length - 1` before them, for a needle split between two reads).
 * @param {string} file @param {number} from @param {string} needle
 * @returns {() => boolean}
 */
function watchFile(file, from, needle) {
	const pattern = Buffer.from(needle);
	let scanned = from;
	let found = false;
	return () => {
		if (found) return true;
		try {
			const size = fs.statSync(file).size;
			if (size <= scanned) return false;
			const start = Math.max(from, scanned - (pattern.length - 1));
			const buf = Buffer.alloc(size - start);
			const fd = fs.openSync(file, 'r');
			try {
				const n = fs.readSync(fd, buf, 0, buf.length, start);
				found = buf.subarray(0, n).includes(pattern);
				scanned = start + n;
			} finally {
				fs.closeSync(fd);
			}
		} catch {
			/* no log (yet) */
		}
		return found;
	};
}

/**
 * Copies the built package (package.json, dist/, README, LICENSE) to where n8n loads community packages from.
 * @param {string} userFolder @param {string} [packageRoot]
 */
function installPackageCopy(userFolder, packageRoot = REPO_ROOT) {
	const dist = path.join(packageRoot, 'dist');
	if (!fs.existsSync(dist)) throw new Error(`${dist} is missing: run \`npm run build\` first`);
	const target = path.join(userFolder, '.n8n', 'nodes', 'node_modules', PACKAGE_NAME);
	fs.rmSync(target, { recursive: true, force: true });
	fs.mkdirSync(target, { recursive: true });
	fs.copyFileSync(path.join(packageRoot, 'package.json'), path.join(target, 'package.json'));
	fs.cpSync(dist, path.join(target, 'dist'), { recursive: true });
	// n8n's community-package folder has its own package.json (what `npm install` there would create).
	const nodesPkg = path.join(userFolder, '.n8n', 'nodes', 'package.json');
	if (!fs.existsSync(nodesPkg))
		fs.writeFileSync(
			nodesPkg,
			JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2),
		);
	return target;
}

/**
 * The pretty-printed JSON document in a CLI's output (other log lines may come before and after it):
 * from a line that is just "{" to the next line that is just "}".
 * @param {string} text
 */
function extractJson(text) {
	const lines = text.split('\n');
	const start = lines.findIndex((l) => l === '{');
	if (start < 0) return undefined;
	for (let end = start + 1; end < lines.length; end++) {
		if (lines[end] !== '}') continue;
		try {
			return JSON.parse(lines.slice(start, end + 1).join('\n'));
		} catch {
			/* a nested "}" at column 0 cannot happen in JSON.stringify(_, null, 2); keep looking anyway */
		}
	}
	return undefined;
}

/**
 * A JSON request (Content-Type and Accept application/json, then `headers`); the response with its body
 * as text and parsed (the text when it is not JSON, undefined when empty). Never throws for an HTTP status.
 * @param {string} method @param {string} url @param {unknown} body @param {Record<string, string>} headers
 * @returns {Promise<{ res: Response, text: string, json: any }>}
 */
async function requestJson(method, url, body, headers) {
	const res = await fetch(url, {
		method,
		headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await res.text();
	/** @type {any} */
	let json;
	try {
		json = text ? JSON.parse(text) : undefined;
	} catch {
		json = text;
	}
	return { res, text, json };
}

/** The line each long-running n8n command logs once it is ready. */
const READY_LINES = {
	start: 'Editor is now accessible',
	worker: 'n8n worker is now ready',
	webhook: 'Webhook listener waiting for requests',
};

/** Servers started by this process: ended with it, whatever way it ends (they run in their own process group). */
const running = new Set();
process.on('exit', () => {
	for (const pid of running) {
		try {
			process.kill(-pid, 'SIGKILL');
		} catch {
			/* gone */
		}
	}
});

class N8nInstance {
	/**
	 * @param {{
	 *   install: { version: string, nodeBin: string, n8nBin: string },
	 *   userFolder: string,
	 *   port?: number,
	 *   env?: NodeJS.ProcessEnv,
	 *   logFile?: string,
	 *   command?: 'start' | 'worker' | 'webhook',
	 *   args?: string[],
	 * }} options `command` (queue mode): the main process (default), a worker (`port` is then its health
	 * check's) or a webhook processor; `args` follow it (e.g. `--concurrency=2`)
	 */
	constructor(options) {
		this.command = options.command || 'start';
		this.args = options.args || [];
		this.install = options.install;
		this.userFolder = options.userFolder;
		this.port = options.port || 0;
		this.brokerPort = 0;
		this.extraEnv = options.env || {};
		this.logFile = options.logFile || path.join(options.userFolder, 'n8n.log');
		/** @type {import('node:child_process').ChildProcess | undefined} */
		this.server = undefined;
		/** @type {string | undefined} */
		this.cookie = undefined;
		/** @type {string | undefined} */
		this.apiKey = undefined;
		fs.mkdirSync(this.userFolder, { recursive: true });
	}

	get url() {
		return `http://127.0.0.1:${this.port}`;
	}

	async ports() {
		if (!this.port) this.port = await freePort();
		if (!this.brokerPort) this.brokerPort = await freePort();
	}

	/** @param {{ brokerPort?: number }} [o] @returns {NodeJS.ProcessEnv} */
	env(o = {}) {
		return {
			...process.env,
			N8N_USER_FOLDER: this.userFolder,
			N8N_PORT: String(this.port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
			N8N_PROTOCOL: 'http',
			WEBHOOK_URL: `${this.url}/`,
			N8N_EDITOR_BASE_URL: `${this.url}/`,
			N8N_RUNNERS_BROKER_PORT: String(o.brokerPort || this.brokerPort),
			N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
			N8N_SECURE_COOKIE: 'false',
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_HIRING_BANNER_ENABLED: 'false',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
			N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
			N8N_VERIFIED_PACKAGES_ENABLED: 'false', // no fetch of n8n's list of verified packages (no internet here)
			N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL || 'info',
			DB_SQLITE_POOL_SIZE: '2',
			NODE_ENV: 'production',
			...(this.command === 'worker'
				? {
						QUEUE_HEALTH_CHECK_ACTIVE: 'true',
						QUEUE_HEALTH_CHECK_PORT: String(this.port),
						N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
					}
				: {}),
			...this.extraEnv,
		};
	}

	/** Copies the built package into this instance's community-package folder. */
	loadPackage(packageRoot = REPO_ROOT) {
		return installPackageCopy(this.userFolder, packageRoot);
	}

	/**
	 * Runs an n8n CLI command (import:*, execute, export:*, user-management:*...).
	 * @param {string[]} args @param {{ timeoutMs?: number }} [o] killed (SIGKILL) after timeoutMs
	 * @returns {Promise<{ code: number | null, stdout: string, stderr: string, seconds: number }>}
	 */
	async cli(args, { timeoutMs = 180000 } = {}) {
		await this.ports();
		// The CLI starts its own task-runner broker: give it a port of its own, the server may be running.
		const brokerPort = await freePort();
		const started = Date.now();
		return await new Promise((resolve, reject) => {
			const child = spawn(this.install.nodeBin, [this.install.n8nBin, ...args], {
				env: this.env({ brokerPort }),
				cwd: this.userFolder,
				stdio: ['ignore', 'pipe', 'pipe'],
			});
			let stdout = '';
			let stderr = '';
			const timer = setTimeout(() => {
				stderr += `\n[n8n-instance] n8n ${args[0]} still running after ${timeoutMs / 1000} s: killed\n`;
				child.kill('SIGKILL');
			}, timeoutMs);
			child.stdout.on('data', (d) => (stdout += d));
			child.stderr.on('data', (d) => (stderr += d));
			child.on('error', reject);
			child.on('exit', (code) => {
				clearTimeout(timer);
				fs.appendFileSync(
					this.logFile,
					`\n$ n8n ${args.join(' ')} (exit ${code})\n${stdout}${stderr}`,
				);
				resolve({ code, stdout, stderr, seconds: (Date.now() - started) / 1000 });
			});
		});
	}

	/**
	 * Imports credentials (`data` as plain objects: n8n encrypts them on import).
	 * @param {Array<{ id: string, name: string, type: string, data: object }>} credentials
	 */
	async importCredentials(credentials) {
		const file = path.join(this.userFolder, `credentials-${Date.now()}.json`);
		fs.writeFileSync(file, JSON.stringify(credentials, null, 2));
		const r = await this.cli(['import:credentials', `--input=${file}`]);
		fs.rmSync(file, { force: true });
		if (r.code !== 0 || !/Successfully imported/i.test(r.stdout + r.stderr))
			throw new Error(`n8n import:credentials failed (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
		return r;
	}

	/**
	 * Imports workflows (one file each, `--separate`).
	 * @param {Array<Record<string, any>>} workflows
	 */
	async importWorkflows(workflows) {
		if (!workflows.length) return undefined;
		const dir = path.join(this.userFolder, `workflows-${Date.now()}`);
		fs.mkdirSync(dir, { recursive: true });
		workflows.forEach((wf, i) =>
			fs.writeFileSync(
				path.join(dir, `${String(i).padStart(3, '0')}.json`),
				JSON.stringify(wf, null, 2),
			),
		);
		const r = await this.cli(['import:workflow', '--separate', `--input=${dir}`]);
		fs.rmSync(dir, { recursive: true, force: true });
		if (r.code !== 0 || !/Successfully imported/i.test(r.stdout + r.stderr))
			throw new Error(`n8n import:workflow failed (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
		return r;
	}

	/**
	 * `n8n execute --id=<id> --rawOutput`: the run's IRun as JSON, or the error.
	 * @param {string} id
	 * @returns {Promise<{ ok: boolean, run?: any, error?: string, seconds: number, stdout: string, stderr: string }>}
	 */
	async execute(id) {
		const r = await this.cli(['execute', `--id=${id}`, '--rawOutput']);
		const run = extractJson(r.stdout);
		const ok = r.code === 0 && !!run && !run.data?.resultData?.error;
		const error = ok
			? undefined
			: run?.data?.resultData?.error?.message ||
				(r.stdout + r.stderr)
					.split('\n')
					.filter(
						(l) =>
							l.trim() &&
							!/^\s*(Initializing|Version|Loading|Migrations|Finished|Start|n8n Task Broker|Registered runner)/i.test(
								l,
							),
					)
					.slice(-15)
					.join('\n');
		return { ok, run, error, seconds: r.seconds, stdout: r.stdout, stderr: r.stderr };
	}

	/**
	 * Starts `n8n start` (or the `command` given) and waits until it logs that it is ready and /healthz
	 * answers (for `start`: the database is migrated and the REST API is up).
	 */
	async start({ timeoutMs = 120000 } = {}) {
		if (this.server) throw new Error('n8n is already running');
		await this.ports();
		const out = fs.openSync(this.logFile, 'a');
		fs.writeSync(out, `\n$ n8n ${[this.command, ...this.args].join(' ')} (port ${this.port})\n`);
		// Only this start's output counts: an earlier start's lines in the same (appended) log do not.
		const loggedReady = watchFile(this.logFile, fs.fstatSync(out).size, READY_LINES[this.command]);
		const child = spawn(this.install.nodeBin, [this.install.n8nBin, this.command, ...this.args], {
			env: this.env(),
			cwd: this.userFolder,
			stdio: ['ignore', out, out],
			detached: true, // its own process group: stop() ends n8n and its task runners, nothing else
		});
		fs.closeSync(out);
		this.server = child;
		if (child.pid) running.add(child.pid);
		/** @type {number | null | undefined} */
		let exitCode;
		child.on('exit', (code) => {
			exitCode = code;
			running.delete(child.pid);
			if (this.server === child) this.server = undefined;
		});
		const started = Date.now();
		const ready = await waitUntil(
			async () => {
				if (exitCode !== undefined)
					throw new Error(
						`n8n exited (${exitCode}) while starting; log: ${this.logFile}\n${this.logTail()}`,
					);
				try {
					if (this.command !== 'start')
						return loggedReady() && (await fetch(`${this.url}/healthz`)).ok;
					// Ready: the database is migrated (/healthz/readiness) and the editor's REST API answers.
					const readiness = await fetch(`${this.url}/healthz/readiness`);
					const res = readiness.ok ? await fetch(`${this.url}/rest/settings`) : readiness;
					return res.ok && loggedReady();
				} catch {
					return false; // not yet
				}
			},
			{ timeoutMs, intervalMs: 250 },
		);
		if (ready) {
			this.startSeconds = (Date.now() - started) / 1000;
			return this;
		}
		throw new Error(
			`n8n did not answer within ${timeoutMs / 1000} s; log: ${this.logFile}\n${this.logTail()}`,
		);
	}

	logTail(lines = 30) {
		try {
			return fs.readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n');
		} catch {
			return '';
		}
	}

	/** Kills the server at once (SIGKILL to its process group), as a crash would; resolves once it is gone. */
	async kill() {
		const child = this.server;
		if (!child?.pid || child.exitCode !== null) return;
		const exited = new Promise((resolve) => child.once('exit', resolve));
		process.kill(-child.pid, 'SIGKILL');
		await exited;
		this.server = undefined;
	}

	/** Stops the server (SIGTERM to its process group, SIGKILL after `graceMs`). */
	async stop({ graceMs = 20000 } = {}) {
		const child = this.server;
		if (!child || child.exitCode !== null || !child.pid) {
			this.server = undefined;
			return;
		}
		const exited = new Promise((resolve) => child.once('exit', resolve));
		const signal = (/** @type {NodeJS.Signals} */ sig) => {
			try {
				process.kill(-(/** @type {number} */ (child.pid)), sig);
			} catch {
				/* already gone */
			}
		};
		signal('SIGTERM');
		const timedOut = await Promise.race([
			exited.then(() => false),
			delay(graceMs).then(() => true),
		]);
		if (timedOut) {
			signal('SIGKILL');
			await exited;
		}
		this.server = undefined;
		this.cookie = undefined;
	}

	/**
	 * A request to the REST API (the editor's), with the login cookie.
	 * @param {string} method @param {string} p @param {unknown} [body]
	 * @returns {Promise<any>}
	 */
	async rest(method, p, body) {
		const { res, text, json } = await requestJson(method, `${this.url}/rest${p}`, body, {
			...(this.cookie ? { Cookie: this.cookie } : {}),
			'browser-id': 'n8n-nodes-ringcentral-e2e',
		});
		const setCookie = res.headers.get('set-cookie');
		if (setCookie && /n8n-auth=/.test(setCookie))
			this.cookie = /** @type {string} */ (/n8n-auth=[^;]*/.exec(setCookie)?.[0]);
		if (!res.ok)
			throw Object.assign(
				new Error(
					`${method} /rest${p}: HTTP ${res.status} ${typeof json === 'object' ? JSON.stringify(json) : text.slice(0, 300)}`,
				),
				{
					status: res.status,
					body: json,
				},
			);
		return json && typeof json === 'object' && 'data' in json ? json.data : json;
	}

	/**
	 * The public API (`/api/v1`), with the API key made by `createApiKey()`.
	 * @param {string} method @param {string} p @param {unknown} [body]
	 * @returns {Promise<any>}
	 */
	async api(method, p, body) {
		if (!this.apiKey) throw new Error('no API key: call createApiKey() first');
		const { res, text, json } = await requestJson(method, `${this.url}/api/v1${p}`, body, {
			'X-N8N-API-KEY': this.apiKey,
		});
		if (!res.ok)
			throw Object.assign(
				new Error(`${method} /api/v1${p}: HTTP ${res.status} ${text.slice(0, 500)}`),
				{ status: res.status, body: json },
			);
		return json;
	}

	/**
	 * Creates the owner account on a fresh instance (or logs in when it exists).
	 * @param {{ email: string, password: string, firstName?: string, lastName?: string }} owner
	 */
	async setupOwner(owner) {
		const settings = await this.rest('GET', '/settings');
		const needsSetup = settings?.userManagement?.showSetupOnFirstLoad !== false;
		if (needsSetup) {
			try {
				await this.rest('POST', '/owner/setup', {
					email: owner.email,
					password: owner.password,
					firstName: owner.firstName || 'Demo',
					lastName: owner.lastName || 'Owner',
				});
				return 'created';
			} catch (err) {
				if (!/already|400/i.test(String(err))) throw err;
			}
		}
		await this.login(owner);
		return 'existing';
	}

	/** @param {{ email: string, password: string }} owner */
	async login(owner) {
		await this.rest('POST', '/login', {
			emailOrLdapLoginId: owner.email,
			email: owner.email,
			password: owner.password,
		});
	}

	/** An API key for the public API (all scopes the instance offers). */
	async createApiKey(label = 'n8n-nodes-ringcentral') {
		/** @type {string[] | undefined} */
		let scopes;
		try {
			scopes = await this.rest('GET', '/api-keys/scopes');
		} catch {
			scopes = undefined;
		}
		const created = await this.rest('POST', '/api-keys', {
			label: `${label} ${Date.now()}`,
			expiresAt: null,
			...(scopes ? { scopes } : {}),
		});
		this.apiKey = created.rawApiKey || created.apiKey;
		if (!this.apiKey)
			throw new Error(`POST /rest/api-keys gave no key: ${JSON.stringify(created).slice(0, 300)}`);
		return this.apiKey;
	}
}

module.exports = { N8nInstance, freePort, delay, waitUntil, REPO_ROOT };
