import { sleep } from 'n8n-workflow';

import type { ThrottlingGroup } from './types';

/**
 * Retry policy, kept pure so it can be tested offline.
 * A 429 was not processed, so it may be repeated even for a POST; a 5xx or a dropped connection after a POST
 * may have sent an SMS, a fax or dialled a call, so only idempotent requests are repeated then.
 */
export const RETRY_POLICY = {
	maxAttempts: 4,
	/** RingCentral asks for at least 30 s when a 429 carries no Retry-After. */
	defaultRateLimitWaitMs: 30_000,
	backoffBaseMs: 500,
	maxBackoffMs: 8_000,
};

export interface FailedAttempt {
	method: string;
	attempt: number;
	status?: number;
	retryAfterMs?: number;
	networkError?: boolean;
	idempotent?: boolean;
}

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const TRANSIENT_STATUSES = new Set([500, 502, 503, 504]);

/** Milliseconds to wait before repeating the request, or undefined when it must not be repeated. */
export function retryDelay(failure: FailedAttempt): number | undefined {
	if (failure.attempt + 1 >= RETRY_POLICY.maxAttempts) return undefined;
	if (failure.status === 429) return failure.retryAfterMs ?? RETRY_POLICY.defaultRateLimitWaitMs;
	// n8n has already refreshed the credential after this 401; the request was not processed.
	if (failure.status === 401) return failure.attempt === 0 ? 0 : undefined;
	const idempotent = failure.idempotent ?? IDEMPOTENT_METHODS.has(failure.method.toUpperCase());
	if (!idempotent) return undefined;
	if (failure.networkError || (failure.status !== undefined && TRANSIENT_STATUSES.has(failure.status))) {
		return failure.retryAfterMs ?? Math.min(RETRY_POLICY.backoffBaseMs * 2 ** failure.attempt, RETRY_POLICY.maxBackoffMs);
	}
	return undefined;
}

/** `Retry-After` in seconds (RingCentral) or as an HTTP date. */
export function parseRetryAfter(value: unknown, now = Date.now()): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(String(value));
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Paces requests per credential and usage-plan group so that RingCentral's limit is never exceeded:
 * the limit and window come from its `X-Rate-Limit-*` headers (they differ per app), each request
 * reserves a slot in a sliding window, and a 429 penalty holds back every request of the group
 * (one sent during the penalty would restart it). Until a group's limit is known its requests go one
 * at a time, so a burst of items cannot overrun a limit nobody has read yet. A server that sends no
 * rate-limit headers is not paced. One pacer serves all executions of the n8n process.
 */
export class RateLimitPacer {
	private readonly groups = new Map<string, GroupState>();

	constructor(
		private readonly clock: { now: () => number; sleep: (ms: number) => Promise<void> } = { now: () => Date.now(), sleep },
	) {}

	/** Waits for the request's turn. Call `settle` with the response headers (or none) when it is answered. */
	async acquire(key: string): Promise<void> {
		for (;;) {
			const group = this.state(key);
			if (group.limit === undefined) {
				if (group.probe) {
					await group.probe.done;
					continue;
				}
				let release = () => {};
				group.probe = { done: new Promise<void>((resolve) => (release = resolve)), release: () => release() };
				await this.waitUntil(group.penaltyUntil);
				return;
			}
			await this.waitUntil(this.reserveSlot(group));
			return;
		}
	}

	/** Learns the group's limit from a response, and counts requests of other executions or workers it reveals. */
	settle(key: string, headers: Record<string, unknown> = {}): void {
		const group = this.state(key);
		const limit = Number(headerOf(headers, 'x-rate-limit-limit'));
		const windowSeconds = Number(headerOf(headers, 'x-rate-limit-window'));
		const remaining = Number(headerOf(headers, 'x-rate-limit-remaining'));
		if (limit > 0 && windowSeconds > 0) {
			const now = this.clock.now();
			group.limit = limit;
			group.windowMs = windowSeconds * 1000;
			if (Number.isFinite(remaining)) {
				const counted = group.slots.filter((slot) => slot > now - group.windowMs && slot <= now).length;
				for (let used = limit - remaining; counted < used; used--) group.slots.push(now);
				group.slots.sort((a, b) => a - b);
			}
		}
		if (group.probe) {
			group.probe.release();
			group.probe = undefined;
		}
	}

	penalize(key: string, waitMs: number): void {
		const group = this.state(key);
		group.penaltyUntil = Math.max(group.penaltyUntil, this.clock.now() + waitMs);
	}

	private reserveSlot(group: GroupState): number {
		const now = this.clock.now();
		while (group.slots.length && group.slots[0] <= now - group.windowMs) group.slots.shift();
		const limit = group.limit ?? Infinity;
		const freed = group.slots.length >= limit ? group.slots[group.slots.length - limit] + group.windowMs : now;
		const slot = Math.max(now, group.penaltyUntil, freed);
		group.slots.push(slot);
		group.slots.sort((a, b) => a - b);
		return slot;
	}

	private async waitUntil(time: number): Promise<void> {
		const wait = time - this.clock.now();
		if (wait > 0) await this.clock.sleep(wait);
	}

	private state(key: string): GroupState {
		let group = this.groups.get(key);
		if (!group) {
			group = { slots: [], penaltyUntil: 0, windowMs: 60_000 };
			this.groups.set(key, group);
		}
		return group;
	}
}

interface GroupState {
	limit?: number;
	windowMs: number;
	/** Send times of the requests in the current window, reserved ones included. */
	slots: number[];
	penaltyUntil: number;
	/** The one request in flight while the group's limit is still unknown. */
	probe?: { done: Promise<void>; release: () => void };
}

function headerOf(headers: Record<string, unknown>, name: string): unknown {
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
	return key === undefined ? undefined : headers[key];
}

export function limiterKey(credentialId: string, group: ThrottlingGroup | string | undefined): string {
	return `${credentialId}:${group ?? 'unknown'}`;
}

/** Every node and execution of this n8n process shares one pacer, as they share RingCentral's limits. */
export const pacer = new RateLimitPacer();
