// @ts-check
'use strict';
/**
 * RingCentral's rate limiting: per (app, extension) and throttling group, a sliding window;
 * over the limit a 429 with Retry-After, and any request during the penalty restarts it.
 */

/**
 * @typedef {{ limits: Record<string, number> | false, windowMs: number, penaltyMs: number }} RateLimitOptions
 * @typedef {{ allowed: boolean, headers: Record<string, string> }} RateDecision
 */

class RateLimiter {
	/** @param {RateLimitOptions} opts */
	constructor(opts) {
		this.opts = opts;
		/** @type {Map<string, { hits: number[], penaltyUntil: number }>} */
		this.buckets = new Map();
	}

	reset() {
		this.buckets.clear();
	}

	/**
	 * Counts a request. Returns undefined when the group is not limited.
	 * @param {string} key app + extension
	 * @param {string} group throttling group
	 * @returns {RateDecision | undefined}
	 */
	hit(key, group) {
		const limits = this.opts.limits;
		if (!limits || !group || group === 'NoThrottling' || !(group in limits)) return undefined;
		const limit = limits[group];
		const now = Date.now();
		const id = `${key}|${group}`;
		let bucket = this.buckets.get(id);
		if (!bucket) this.buckets.set(id, (bucket = { hits: [], penaltyUntil: 0 }));
		bucket.hits = bucket.hits.filter((t) => t > now - this.opts.windowMs);
		const headers = {
			'X-Rate-Limit-Group': group,
			'X-Rate-Limit-Limit': String(limit),
			'X-Rate-Limit-Remaining': '0',
			'X-Rate-Limit-Window': String(Math.max(1, Math.ceil(this.opts.windowMs / 1000))),
		};
		if (bucket.penaltyUntil > now || bucket.hits.length >= limit) {
			bucket.penaltyUntil = now + this.opts.penaltyMs;
			return {
				allowed: false,
				headers: {
					...headers,
					'Retry-After': String(Math.max(1, Math.ceil(this.opts.penaltyMs / 1000))),
				},
			};
		}
		bucket.hits.push(now);
		headers['X-Rate-Limit-Remaining'] = String(limit - bucket.hits.length);
		return { allowed: true, headers };
	}
}

module.exports = { RateLimiter };
