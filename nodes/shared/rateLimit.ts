import { sleep } from 'n8n-workflow';

import { headerValue } from './headers';
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
	/** RingCentral's penalty is 60 s: a longer Retry-After is a broken header and must not stall a credential for hours. */
	maxRetryAfterMs: 300_000,
};

/** Bounds for what `X-Rate-Limit-*` headers may set: a bad header must not make the pacer hold a huge window in memory. */
export const RATE_LIMIT_BOUNDS = { maxLimit: 10_000, maxWindowMs: 600_000 };

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
	if (
		failure.networkError ||
		(failure.status !== undefined && TRANSIENT_STATUSES.has(failure.status))
	) {
		return (
			failure.retryAfterMs ??
			Math.min(RETRY_POLICY.backoffBaseMs * 2 ** failure.attempt, RETRY_POLICY.maxBackoffMs)
		);
	}
	return undefined;
}

/** `Retry-After` in seconds (RingCentral) or as an HTTP date, at most `maxRetryAfterMs`. */
export function parseRetryAfter(value: unknown, now = Date.now()): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const seconds = Number(value);
	const date = Number.isFinite(seconds) ? now + seconds * 1000 : Date.parse(String(value));
	return Number.isNaN(date)
		? undefined
		: Math.min(Math.max(0, date - now), RETRY_POLICY.maxRetryAfterMs);
}

/**
 * Paces requests per credential and usage-plan group so that RingCentral's limit is never exceeded:
 * the limit and window come from its `X-Rate-Limit-*` headers (they differ per app), each request
 * reserves a slot in a sliding window, and a 429 penalty holds back every request of the group
 * (one sent during the penalty would restart it). Until a group's limit is known its requests go one
 * at a time, so a burst of items cannot overrun a limit nobody has read yet. A server that sends no
 * rate-limit headers is not paced. One pacer serves all executions of the n8n process.
 *
 * A slot counts from the request's answer, not from when it was sent: RingCentral counted the request
 * at some moment in between, so a window measured from the send could free the slot a few milliseconds
 * before RingCentral's does, and the request that reuses it would get a 429 and a whole penalty. For the
 * same reason, our own requests that RingCentral may still count are not taken for other clients' when
 * `X-Rate-Limit-Remaining` is read (each one so taken would cost a slot for a whole window).
 *
 * Other clients of the same user and app (queue-mode workers, other integrations) share the limit. Once
 * an answer's `Remaining` shows requests that are not ours, their share is what RingCentral counted beyond
 * the requests we had answered before this one was sent (ours still on their way may have arrived after
 * it: better to overestimate theirs), and it shrinks only when answers say so for a tenth of the window. This
 * process then fills only what the limit leaves after their share and a headroom (what they may send
 * before our next answer shows it: 5 %, at least 2), and recycles only its own slots: one of theirs that
 * leaves the window is theirs to reuse, and taking it would overrun the limit. A 429 would cost every
 * client: each request during the penalty restarts it. Not covered: a process that joins while the window
 * is already full gets a 429 for its first request, which has to learn the limit.
 */
export class RateLimitPacer {
	private readonly groups = new Map<string, GroupState>();

	constructor(
		private readonly clock: { now: () => number; sleep: (ms: number) => Promise<void> } = {
			now: () => Date.now(),
			sleep,
		},
	) {}

	/**
	 * Waits for the request's turn; returns its slot (undefined while the group's limit is unknown). Call
	 * `settle` with the response headers (or none) and the slot when it is answered.
	 */
	async acquire(key: string): Promise<number | undefined> {
		for (;;) {
			const group = this.state(key);
			if (group.limit === undefined) {
				if (group.probe) {
					await group.probe.done;
					continue;
				}
				let release = () => {};
				group.probe = {
					done: new Promise<void>((resolve) => (release = resolve)),
					release: () => release(),
				};
				await this.waitUntil(group.penaltyUntil);
				return undefined;
			}
			const slot = this.reserveSlot(group);
			await this.waitUntil(slot);
			return slot;
		}
	}

	/**
	 * Learns the group's limit from a response, moves the request's slot to now (its answer), and counts
	 * requests of other executions or workers the response reveals.
	 */
	settle(key: string, headers: Record<string, unknown> = {}, slot?: number): void {
		const group = this.state(key);
		const now = this.clock.now();
		if (slot !== undefined) {
			// An answer slower than the window finds its slot expired: it counts again, from now.
			const index = group.slots.indexOf(slot);
			if (index >= 0) group.slots[index] = Math.max(slot, now);
			else group.slots.push(now);
			group.slots.sort((a, b) => a - b);
		}
		const limit = Math.min(
			Math.floor(Number(headerValue(headers, 'x-rate-limit-limit'))),
			RATE_LIMIT_BOUNDS.maxLimit,
		);
		const windowSeconds = Number(headerValue(headers, 'x-rate-limit-window'));
		const remaining = Math.min(
			Math.max(0, Math.floor(Number(headerValue(headers, 'x-rate-limit-remaining')))),
			limit,
		);
		if (limit > 0 && windowSeconds > 0) {
			group.limit = limit;
			group.windowMs = Math.min(windowSeconds * 1000, RATE_LIMIT_BOUNDS.maxWindowMs);
			// The probe that revealed the limit had no slot: it counts from its answer too.
			if (slot === undefined) group.slots.push(now);
			// A 429 (it carries Retry-After) was not counted, and its Remaining says nothing of who used the window.
			if (Number.isFinite(remaining) && headerValue(headers, 'retry-after') === undefined) {
				// Our requests RingCentral may still have counted when this one arrived (it was sent at `slot` at
				// the earliest): only what it counted beyond them is another client's.
				const sent = slot ?? now;
				const inWindow = group.slots.filter((time) => time > sent - group.windowMs);
				const used = limit - remaining;
				// Then, once another client shows, our requests answered while this one was on its way may have
				// arrived after it: they are not taken for ours, so their share is overestimated rather than not.
				const seen = used - inWindow.filter((time) => time <= now).length > 0;
				const others = seen
					? Math.max(0, used - 1 - inWindow.filter((time) => time < sent).length)
					: 0;
				// Their share shrinks only when answers say so for a tenth of the window: a request of theirs leaving
				// RingCentral's window is about to be replaced by their next one, which our next answer may not show yet.
				group.othersSeen = group.othersSeen.filter(
					(seen) => seen.at > now - group.windowMs / 10 && seen.count > others,
				);
				group.othersSeen.push({ at: now, count: others });
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
		const share = this.share(group);
		const freed =
			group.slots.length >= share ? group.slots[group.slots.length - share] + group.windowMs : now;
		const slot = Math.max(now, group.penaltyUntil, freed);
		group.slots.push(slot);
		group.slots.sort((a, b) => a - b);
		return slot;
	}

	/** How many requests of this process the window may hold: the limit less other clients' share and a headroom. */
	private share(group: GroupState): number {
		const limit = group.limit;
		if (limit === undefined) return Infinity;
		const now = this.clock.now();
		const others = Math.max(
			0,
			...group.othersSeen
				.filter((seen) => seen.at > now - group.windowMs / 10)
				.map((seen) => seen.count),
		);
		if (others === 0) return limit;
		return Math.max(1, limit - others - Math.max(2, Math.ceil(limit / 20)));
	}

	private async waitUntil(time: number): Promise<void> {
		const wait = time - this.clock.now();
		if (wait > 0) await this.clock.sleep(wait);
	}

	private state(key: string): GroupState {
		let group = this.groups.get(key);
		if (!group) {
			group = { slots: [], penaltyUntil: 0, windowMs: 60_000, othersSeen: [] };
			this.groups.set(key, group);
		}
		return group;
	}
}

interface GroupState {
	limit?: number;
	windowMs: number;
	/** Send (then answer) times of this process's requests in the current window, reserved ones included. */
	slots: number[];
	/** Requests of other clients RingCentral counted in the window, as answers revealed them (a falling sequence). */
	othersSeen: Array<{ at: number; count: number }>;
	penaltyUntil: number;
	/** The one request in flight while the group's limit is still unknown. */
	probe?: { done: Promise<void>; release: () => void };
}

export function limiterKey(
	credentialId: string,
	group: ThrottlingGroup | string | undefined,
): string {
	return `${credentialId}:${group ?? 'unknown'}`;
}

/** Every node and execution of this n8n process shares one pacer, as they share RingCentral's limits. */
export const pacer = new RateLimitPacer();
