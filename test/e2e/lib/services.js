// @ts-check
'use strict';
/**
 * Postgres and Redis for n8n's queue mode, as plain local processes in a temporary folder, on
 * 127.0.0.1 and free ports: Debian's `postgresql` and `redis-server`, installed with apt-get when
 * missing (CI runs as root). Nothing is left behind: stop() ends them and removes their data.
 */
const fs = require('node:fs');
const path = require('node:path');
const net = require('node:net');
const os = require('node:os');
const { execFileSync, spawn } = require('node:child_process');

const { freePort, waitUntil } = require('../../../scripts/n8n-instance');

const PG_ROOT = '/usr/lib/postgresql';

/** Stops what is still running when this process ends, however it ends. @type {Set<() => void>} */
const atExit = new Set();
process.on('exit', () => {
	for (const stop of atExit) stop();
});

/** The newest Postgres server installed by Debian's packages, or undefined. */
function postgresBin() {
	if (!fs.existsSync(PG_ROOT)) return undefined;
	const versions = fs
		.readdirSync(PG_ROOT)
		.filter((v) => fs.existsSync(path.join(PG_ROOT, v, 'bin', 'pg_ctl')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length ? path.join(PG_ROOT, versions[0], 'bin') : undefined;
}

function redisBin() {
	return fs.existsSync('/usr/bin/redis-server') ? '/usr/bin/redis-server' : undefined;
}

/** Installs what is missing (`apt-get update` once, then `apt-get install -y`). @param {(msg: string) => void} log */
function ensureServices(log) {
	const missing = [!postgresBin() && 'postgresql', !redisBin() && 'redis-server'].filter(Boolean);
	if (!missing.length) return;
	log(`installing ${missing.join(', ')} with apt-get`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
	execFileSync(
		'apt-get',
		['install', '-y', '-q', '--no-install-recommends', .../** @type {string[]} */ (missing)],
		{ stdio: 'inherit', env },
	);
	if (!postgresBin() || !redisBin())
		throw new Error(`apt-get install ${missing.join(' ')} did not provide pg_ctl and redis-server`);
}

/**
 * Runs a Postgres tool; as root through the `postgres` user (initdb refuses root), else as oneself.
 * @param {string} tool @param {string[]} args
 */
function pg(tool, args) {
	const bin = path.join(/** @type {string} */ (postgresBin()), tool);
	const asRoot = process.getuid?.() === 0;
	return execFileSync(
		asRoot ? 'runuser' : bin,
		asRoot ? ['-u', 'postgres', '--', bin, ...args] : args,
		{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
	);
}

/**
 * A Postgres cluster of its own in a temporary folder (trust authentication on 127.0.0.1 only), with
 * database `n8n`; stop() removes the folder.
 */
async function startPostgres() {
	const port = await freePort();
	// A folder of its own (not inside another 0700 one: the server runs as the postgres user).
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-queue-postgres-'));
	const data = path.join(dir, 'data');
	if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', dir]);
	pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
	const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c max_connections=60`;
	pg('pg_ctl', [
		'-D',
		data,
		'-l',
		path.join(dir, 'postgres.log'),
		'-o',
		options,
		'-w',
		'-t',
		'60',
		'start',
	]);
	const stopNow = () => {
		atExit.delete(stopNow);
		try {
			pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
		} catch {
			/* not running */
		}
		fs.rmSync(dir, { recursive: true, force: true });
	};
	atExit.add(stopNow);
	pg('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'n8n']);
	return {
		port,
		env: {
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(port),
			DB_POSTGRESDB_DATABASE: 'n8n',
			DB_POSTGRESDB_USER: 'postgres',
			DB_POSTGRESDB_PASSWORD: 'n8n',
		},
		stop: stopNow,
	};
}

/**
 * A Redis of its own (no persistence, data folder `dir`).
 * @param {string} dir
 */
async function startRedis(dir) {
	const port = await freePort();
	fs.mkdirSync(dir, { recursive: true });
	const child = spawn(
		/** @type {string} */ (redisBin()),
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--save',
			'',
			'--appendonly',
			'no',
			'--dir',
			dir,
		],
		{
			stdio: ['ignore', fs.openSync(path.join(dir, 'redis.log'), 'a'), 'inherit'],
		},
	);
	const exited = new Promise((resolve) => child.once('exit', resolve));
	const killNow = () => child.exitCode === null && child.kill('SIGKILL');
	atExit.add(killNow);
	const up = await waitUntil(
		() =>
			new Promise((resolve) => {
				const socket = net.connect(port, '127.0.0.1');
				socket.once('connect', () => {
					socket.write('PING\r\n');
					socket.once('data', (d) => {
						socket.destroy();
						resolve(String(d).startsWith('+PONG'));
					});
				});
				socket.once('error', () => resolve(false));
			}),
		{ timeoutMs: 20000, intervalMs: 100 },
	);
	if (!up) {
		child.kill('SIGKILL');
		throw new Error(
			`redis-server did not answer on port ${port}; log: ${path.join(dir, 'redis.log')}`,
		);
	}
	return {
		port,
		env: { QUEUE_BULL_REDIS_HOST: '127.0.0.1', QUEUE_BULL_REDIS_PORT: String(port) },
		async stop() {
			atExit.delete(killNow);
			if (child.exitCode === null) child.kill('SIGTERM');
			await exited;
		},
	};
}

module.exports = { ensureServices, startPostgres, startRedis };
