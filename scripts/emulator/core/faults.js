// @ts-check
'use strict';
/** Fault switches: make a route answer an error, slowly, malformed, or not at all. */

/**
 * @typedef {{ method?: string, path?: string | RegExp, operationId?: string }} FaultMatch
 * @typedef {{ status?: number, body?: any, headers?: Record<string, string>, delayMs?: number,
 *   drop?: boolean, malformedJson?: boolean, cutBody?: 'hang' | 'reset', times?: number, processThenFail?: boolean }} Fault
 * @typedef {{ match: FaultMatch, fault: Fault, remaining: number, hits: number }} FaultEntry
 */

class Faults {
	constructor() {
		/** @type {FaultEntry[]} */
		this.entries = [];
	}

	/** @param {FaultMatch} match @param {Fault} fault */
	add(match, fault) {
		const entry = {
			match,
			fault,
			remaining: fault.times === undefined ? Infinity : fault.times,
			hits: 0,
		};
		this.entries.push(entry);
		return entry;
	}

	clear() {
		this.entries = [];
	}

	/**
	 * Takes (and counts) the first matching fault that still applies.
	 * @param {{ method: string, path: string, operationId?: string }} req
	 * @returns {Fault | undefined}
	 */
	take(req) {
		const entry = this.entries.find((e) => e.remaining > 0 && matches(e.match, req));
		if (!entry) return undefined;
		entry.remaining -= 1;
		entry.hits += 1;
		return entry.fault;
	}
}

/**
 * @param {FaultMatch} m
 * @param {{ method: string, path: string, operationId?: string }} req
 */
function matches(m, req) {
	if (m.method && m.method.toUpperCase() !== req.method.toUpperCase()) return false;
	if (m.operationId && m.operationId !== req.operationId) return false;
	if (m.path instanceof RegExp) return m.path.test(req.path);
	if (typeof m.path === 'string') return m.path === req.path;
	return true;
}

module.exports = { Faults };
