#!/usr/bin/env node
// @ts-check
'use strict';
/**
 * Starts the emulator with demo data for manual work (`npm run dev`, curl, n8n):
 *   node scripts/emulator/cli.js [--port 8765] [--host 127.0.0.1] [--rate-limits] [--no-validate]
 */
const { startEmulator, DEFAULT_RATE_LIMITS } = require('./index');

/** @param {string} name */
function arg(name) {
	const i = process.argv.indexOf(name);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
	const started = Date.now();
	const emu = await startEmulator({
		port: Number(arg('--port') || 8765),
		host: arg('--host') || '127.0.0.1',
		rateLimits: process.argv.includes('--rate-limits') ? { ...DEFAULT_RATE_LIMITS } : false,
		validate: !process.argv.includes('--no-validate'),
		jwtSecret: arg('--jwt-secret') || 'emulator-demo-secret',
	});
	const jwt = emu.createJwt({ extensionId: '101' });
	const lines = [
		`RingCentral emulator listening on ${emu.url} (spec loaded in ${emu.spec.loadMs} ms, ready in ${Date.now() - started} ms)`,
		`  server URL     ${emu.url}`,
		`  client id      ${emu.client.clientId}`,
		`  client secret  ${emu.client.clientSecret}`,
		`  JWT (ext 101)  ${jwt}`,
		`  authorize      ${emu.url}/restapi/oauth/authorize   token ${emu.url}/restapi/oauth/token`,
		'  users          101 Alice Admin (default), 102 Bob Builder, 103 Carol Queue (Department), 104 Dan Disabled',
		'  SMS from       +16505550101 (SmsSender, MmsSender); A2P from +16505550199',
	];
	process.stdout.write(`${lines.join('\n')}\n`);
	const stop = () => emu.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((err) => {
	process.stderr.write(`${err && err.stack}\n`);
	process.exit(1);
});
