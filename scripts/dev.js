#!/usr/bin/env node
// @ts-check
'use strict';
/**
 * `npm run dev`: a working n8n with this package, against the RingCentral emulator, on loopback.
 *
 *   1. builds the package (`npm run build`),
 *   2. starts the RingCentral emulator with demo data on http://127.0.0.1:8765,
 *   3. installs a real n8n once (scripts/n8n-install.js: cached outside the repo, keyed by version;
 *      fetches Node 24 from the npm registry when n8n needs it),
 *   4. starts n8n on http://127.0.0.1:5678 with this package loaded, a "RingCentral (emulator)" JWT
 *      credential and the example workflows imported (first run), and an owner login,
 *   5. prints the editor URL and the login. Ctrl-C stops all of it.
 *
 * Options: --n8n <version|latest> (default: latest; N8N_VERSION), --port <n8n port> (5678),
 * --emulator-port <port> (8765), --no-build, --fresh (new n8n data folder), --no-examples.
 * n8n's data (workflows, credentials, executions) lives in .n8n-dev/ (git-ignored) and survives
 * restarts; an example is imported again (overwritten) when its file in examples/ changed.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const { ensureN8n, cacheRoot, parseVersion, compare } = require('./n8n-install');
const { N8nInstance, REPO_ROOT } = require('./n8n-instance');
const {
	loadExamples,
	EMULATOR_CREDENTIAL,
	emulatorCredential,
	withSettings,
} = require('./lib/examples');

const OWNER = {
	email: 'demo@example.com',
	password: 'RingCentral-demo1',
	firstName: 'Demo',
	lastName: 'Owner',
};
const JWT_SECRET = 'emulator-demo-secret'; // fixed: the JWT stored in n8n stays valid across restarts

/** @param {string} name */
function arg(name) {
	const i = process.argv.indexOf(name);
	return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (/** @type {string} */ name) => process.argv.includes(name);

/** @param {string} msg */
const say = (msg) => process.stdout.write(`${msg}\n`);

async function main() {
	const userFolder = path.join(REPO_ROOT, '.n8n-dev');
	const n8nPort = Number(arg('--port') || process.env.N8N_PORT || 5678);
	const emulatorPort = Number(arg('--emulator-port') || 8765);

	if (!flag('--no-build')) {
		say('▶ building the package (npm run build)');
		const b = spawnSync('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
		if (b.status !== 0) throw new Error('npm run build failed');
	}

	say(`▶ starting the RingCentral emulator on 127.0.0.1:${emulatorPort}`);
	const { startEmulator } = require('./emulator');
	const emu = await startEmulator({
		port: emulatorPort,
		host: '127.0.0.1',
		jwtSecret: JWT_SECRET,
	}).catch((err) => {
		throw new Error(
			`the emulator cannot listen on 127.0.0.1:${emulatorPort} (${err.code || err.message}); use --emulator-port`,
		);
	});
	const jwt = emu.createJwt({ extensionId: '101', expiresIn: 10 * 365 * 24 * 3600 });

	const n8nVersion = arg('--n8n') || process.env.N8N_VERSION || 'latest';
	say(`▶ n8n ${n8nVersion} (cached under ${cacheRoot()})`);
	const install = await ensureN8n({ version: n8nVersion });
	say(
		`  n8n ${install.version} on Node ${install.nodeVersion}: ${install.cached ? 'cached' : `installed in ${install.seconds.toFixed(0)} s`}`,
	);

	if (flag('--fresh')) fs.rmSync(userFolder, { recursive: true, force: true });
	const stateFile = path.join(userFolder, 'dev-state.json');
	/** @type {{ n8nVersion?: string, imported?: Record<string, string>, credential?: boolean }} */
	const devState = fs.existsSync(stateFile) ? JSON.parse(fs.readFileSync(stateFile, 'utf8')) : {};
	if (devState.n8nVersion && older(install.version, devState.n8nVersion)) {
		throw new Error(
			`.n8n-dev/ was last used by n8n ${devState.n8nVersion}, newer than ${install.version}: use --fresh or --n8n ${devState.n8nVersion}`,
		);
	}

	// Files n8n may write (the call-log CSV example writes there; n8n refuses paths outside it).
	const filesDir = path.join(userFolder, 'files');
	fs.mkdirSync(filesDir, { recursive: true });
	const n8n = new N8nInstance({
		install,
		userFolder,
		port: n8nPort,
		logFile: path.join(userFolder, 'n8n.log'),
		env: { N8N_RESTRICT_FILE_ACCESS_TO: filesDir },
	});
	n8n.loadPackage();

	if (!devState.credential) {
		say('▶ importing the credential "RingCentral (emulator)"');
		await n8n.importCredentials([
			emulatorCredential({
				serverUrl: emu.url,
				clientId: emu.client.clientId,
				clientSecret: emu.client.clientSecret,
				jwt,
			}),
		]);
		devState.credential = true;
	}
	const nodeTypes = availableNodeTypes();
	const examples = flag('--no-examples') ? [] : loadExamples();
	const runnable = examples.filter((e) => e.missingNodeTypes(nodeTypes).length === 0);
	// An example is (re)imported when it is new or its file changed (the nodes' parameters may have too).
	const imported = devState.imported && !Array.isArray(devState.imported) ? devState.imported : {};
	const hash = (/** @type {any} */ wf) =>
		crypto.createHash('sha1').update(JSON.stringify(wf)).digest('hex');
	const fresh = runnable.filter((e) => imported[e.workflow.id] !== hash(e.workflow));
	if (fresh.length) {
		say(
			`▶ importing ${fresh.length} example workflow(s): ${fresh.map((e) => e.workflow.name).join(', ')}`,
		);
		await n8n.importWorkflows(
			fresh.map((e) => withSettings(e.workflow, { exportFolder: filesDir })),
		);
		for (const e of fresh) imported[e.workflow.id] = hash(e.workflow);
	}
	devState.imported = imported;
	devState.n8nVersion = install.version;
	fs.writeFileSync(stateFile, JSON.stringify(devState, null, 2));

	say(
		`▶ starting n8n on 127.0.0.1:${n8nPort} (log: ${path.relative(process.cwd(), n8n.logFile)})`,
	);
	let stopping = false;
	const stop = async (/** @type {number} */ code = 0) => {
		if (stopping) return;
		stopping = true;
		say('\n▶ stopping n8n and the emulator');
		await n8n.stop().catch(() => undefined);
		await emu.close().catch(() => undefined);
		process.exit(code);
	};
	process.on('SIGINT', () => void stop(0));
	process.on('SIGTERM', () => void stop(0));
	try {
		await n8n.start();
		await n8n.setupOwner(OWNER);
	} catch (err) {
		process.stderr.write(`${err instanceof Error ? err.message : err}\n`);
		await stop(1);
		return;
	}
	n8n.server?.on('exit', (code) => {
		if (!stopping) {
			process.stderr.write(`n8n exited (${code}); log: ${n8n.logFile}\n${n8n.logTail(20)}\n`);
			void stop(1);
		}
	});

	const missing = examples.filter((e) => e.missingNodeTypes(nodeTypes).length > 0);
	say('');
	say('────────────────────────────────────────────────────────────────────────');
	say(`  n8n ${install.version} with n8n-nodes-ringcentral is running`);
	say('');
	say(`  Editor     ${n8n.url}`);
	say(`  Login      ${OWNER.email}  /  ${OWNER.password}`);
	say('');
	say(`  RingCentral emulator  ${emu.url}  (demo account: Alice 101, SMS from +16505550101)`);
	say(
		`  Credential "${EMULATOR_CREDENTIAL.name}": RingCentral JWT API, Environment = Custom Server URL`,
	);
	say(`    client id ${emu.client.clientId}, client secret ${emu.client.clientSecret}`);
	if (runnable.length) say(`  Examples   ${runnable.map((e) => e.workflow.name).join(' · ')}`);
	if (missing.length)
		say(
			`  Not imported (their nodes are not in this build yet): ${missing.map((e) => `${e.workflow.name} [${e.missingNodeTypes(nodeTypes).join(', ')}]`).join('; ')}`,
		);
	say('');
	say('  Real account: open the credential, set Environment to Production (or Sandbox) and paste');
	say("  your app's client ID, client secret and JWT. Every workflow using it follows.");
	if (process.stdin.isTTY) {
		say(
			'  Keys: [s] an SMS arrives  [m] a missed call  [v] a voicemail  [q] or Ctrl-C stops n8n and the emulator',
		);
		listenForKeys(emu, () => void stop(0));
	} else say('  Ctrl-C stops n8n and the emulator.');
	say('────────────────────────────────────────────────────────────────────────');
}

/**
 * Demo events from the keyboard: the emulator delivers them to active RingCentral Triggers and they
 * show up in the message store / call log for the examples.
 * @param {any} emu @param {() => void} stop
 */
function listenForKeys(emu, stop) {
	let n = 0;
	process.stdin.setRawMode(true);
	process.stdin.resume();
	process.stdin.on('data', (data) => {
		const key = data.toString();
		if (key === '\u0003' || key === 'q') return stop();
		n++;
		if (key === 's') {
			emu.addInboundSms({ from: '+14155550111', text: `Hi, is the store open today? (${n})` });
			say('  ← SMS from +14155550111 to +16505550101');
		} else if (key === 'm' || key === 'v') {
			emu.simulateCall({
				outcome: key === 'm' ? 'missed' : 'voicemail',
				from: '+14155550122',
				fromName: 'Ken Supplier',
			});
			say(`  ← ${key === 'm' ? 'missed call' : 'voicemail'} from +14155550122 to +16505550101`);
		}
	});
}

/** @param {string} a @param {string} b  whether version a < b (false when either is not x.y.z) */
function older(a, b) {
	const pa = parseVersion(a);
	const pb = parseVersion(b);
	return !!pa && !!pb && compare(pa, pb) < 0;
}

/** Node type names (`n8n-nodes-ringcentral.<name>`) of the nodes package.json lists. */
function availableNodeTypes() {
	const { discoverNodes } = require('./lib/discover');
	return discoverNodes().map((n) => n.type);
}

main().catch((err) => {
	process.stderr.write(`npm run dev: ${err instanceof Error ? err.message : err}\n`);
	process.exit(1);
});
