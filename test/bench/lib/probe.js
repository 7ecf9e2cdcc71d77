// @ts-check
'use strict';
/**
 * The benchmark's view of the n8n process: memory (VmRSS, VmHWM) and CPU time from /proc, and the
 * checkpoint server the workflows post to (see workflows.js).
 *
 * Peak memory of a measured part: at the start checkpoint the kernel's peak-RSS counter of the n8n
 * process is reset (`echo 5 > /proc/<pid>/clear_refs`, Linux ≥ 4.0), at the end checkpoint VmHWM is
 * the highest RSS since then; a sampler (every 25 ms) checks it independently.
 */
const fs = require('node:fs');
const http = require('node:http');
const { execFileSync } = require('node:child_process');

const TICKS = (() => {
	try {
		return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
	} catch {
		return 100;
	}
})();

/** @param {number} pid @returns {{ rssKb: number, hwmKb: number } | undefined} */
function memory(pid) {
	try {
		const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = (/** @type {string} */ key) =>
			Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] || 0);
		return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
	} catch {
		return undefined;
	}
}

/** User + system CPU time of a process, in ms. @param {number} pid */
function cpuMs(pid) {
	try {
		const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS;
	} catch {
		return NaN;
	}
}

/** Resets the peak RSS counter (VmHWM) of a process to its current RSS. @param {number} pid */
function resetPeak(pid) {
	try {
		fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
		return true;
	} catch {
		return false;
	}
}

/**
 * @typedef {{ name: string, at: number, rssKb: number, hwmKb: number, cpuMs: number, benchCpuMs: number, body?: any }} Checkpoint
 * @typedef {{ pid: number, workflowId: string, checkpoints: Record<string, Checkpoint>, sampledMaxKb: number, peakReset: boolean, sampling?: boolean }} Run
 */

class Probe {
	constructor() {
		/** @type {Run | undefined} */
		this.current = undefined;
		/** @type {string[]} checkpoints that arrived with no run, or for another workflow */
		this.strays = [];
		this.server = http.createServer((req, res) => {
			/** @type {Buffer[]} */
			const chunks = [];
			req.on('data', (c) => chunks.push(c));
			req.on('end', () => {
				const m = /^\/cp\/([^/]+)\/([^/?]+)/.exec(req.url || '');
				const run = this.current;
				if (!m || !run || run.workflowId !== m[1]) {
					this.strays.push(String(req.url));
				} else {
					this.record(run, m[2], Buffer.concat(chunks).toString('utf8'));
				}
				res.writeHead(200, { 'Content-Type': 'application/json' });
				res.end('{"ok":true}');
			});
		});
		/** @type {NodeJS.Timeout | undefined} */
		this.sampler = undefined;
	}

	/** @returns {Promise<string>} the base URL workflows post to */
	async listen() {
		await new Promise((resolve) => this.server.listen(0, '127.0.0.1', () => resolve(undefined)));
		const addr = /** @type {import('node:net').AddressInfo} */ (this.server.address());
		return `http://127.0.0.1:${addr.port}`;
	}

	/**
	 * @param {Run} run @param {string} name @param {string} text
	 */
	record(run, name, text) {
		const at = performance.now();
		const cpu = cpuMs(run.pid);
		// This process's CPU too: it runs the emulator, so this is the server's side of the work.
		const own = process.cpuUsage();
		const mem = memory(run.pid) || { rssKb: NaN, hwmKb: NaN };
		/** @type {any} */
		let body;
		try {
			body = text ? JSON.parse(text) : undefined;
		} catch {
			body = text;
		}
		run.checkpoints[name] = {
			name,
			at,
			rssKb: mem.rssKb,
			hwmKb: mem.hwmKb,
			cpuMs: cpu,
			benchCpuMs: (own.user + own.system) / 1000,
			body,
		};
		if (name === 'start') {
			run.peakReset = resetPeak(run.pid);
			run.sampledMaxKb = mem.rssKb;
			run.sampling = true;
		} else if (name === 'end') {
			run.sampling = false;
		}
	}

	/** Follows a process from now on (one at a time). @param {number} pid @param {string} workflowId */
	follow(pid, workflowId) {
		/** @type {Run} */
		const run = { pid, workflowId, checkpoints: {}, sampledMaxKb: 0, peakReset: false };
		this.current = run;
		clearInterval(this.sampler);
		this.sampler = setInterval(() => {
			if (!run.sampling) return;
			const mem = memory(pid);
			if (mem && mem.rssKb > run.sampledMaxKb) run.sampledMaxKb = mem.rssKb;
		}, 25);
		return run;
	}

	stop() {
		clearInterval(this.sampler);
		this.current = undefined;
	}

	close() {
		this.stop();
		return new Promise((resolve) => this.server.close(() => resolve(undefined)));
	}
}

module.exports = { Probe, memory, cpuMs, resetPeak };
