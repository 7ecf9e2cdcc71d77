// @ts-check
'use strict';
/**
 * Debian's Chromium driven by playwright-core (no browser download: playwright-core never fetches one).
 * Installs the `chromium` package when it is missing and we are root (CI is); otherwise says how.
 */
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps trying hosts this machine cannot reach.
const FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];

/** @returns {number} seconds spent installing (0 when it was there) */
function ensureChromium() {
	if (fs.existsSync(CHROMIUM)) return 0;
	const started = Date.now();
	const root = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!root)
		throw new Error(
			`${CHROMIUM} is missing: run \`sudo apt-get install -y chromium\` (Debian's Chromium) and try again`,
		);
	process.stderr.write('[e2e] installing Debian chromium (apt-get install -y chromium)\n');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const update = spawnSync('apt-get', ['update', '-q'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env,
	});
	if (update.status !== 0) throw new Error('apt-get update failed');
	const install = spawnSync(
		'apt-get',
		['install', '-y', '-q', '--no-install-recommends', 'chromium', 'fonts-liberation'],
		{ stdio: ['ignore', 'ignore', 'inherit'], env },
	);
	if (install.status !== 0 || !fs.existsSync(CHROMIUM))
		throw new Error('apt-get install chromium failed');
	return (Date.now() - started) / 1000;
}

/** @returns {Promise<import('playwright-core').Browser>} */
async function launchChromium() {
	const { chromium } = require('playwright-core');
	return await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

module.exports = { ensureChromium, launchChromium, CHROMIUM, FLAGS };
