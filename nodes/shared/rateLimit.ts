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
 * Per credential and usage-plan group: the end of a penalty. Any request sent during a penalty restarts it,
 * so requests wait until it is over. Shared by all executions in this n8n process.
 */
const penalties = new Map<string, number>();

export function limiterKey(credentialId: string, group: ThrottlingGroup | string | undefined): string {
	return `${credentialId}:${group ?? 'unknown'}`;
}

export function penaltyWaitMs(key: string, now = Date.now()): number {
	return Math.max(0, (penalties.get(key) ?? 0) - now);
}

export function startPenalty(key: string, waitMs: number, now = Date.now()): void {
	penalties.set(key, Math.max(penalties.get(key) ?? 0, now + waitMs));
}
