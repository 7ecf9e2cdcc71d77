import { fileNameFrom } from '../../nodes/shared/binary';
import { fixHint, parseRingCentralError } from '../../nodes/shared/errors';
import { nextPageRequest } from '../../nodes/shared/paging';
import {
	parseRetryAfter,
	RateLimitPacer,
	RETRY_POLICY,
	retryDelay,
} from '../../nodes/shared/rateLimit';
import { normalizePhoneNumber, splitList } from '../../nodes/shared/validation';

describe('retryDelay: what may be repeated', () => {
	it.each([
		// [case, failure, expected delay]
		[
			'429 on a POST waits Retry-After',
			{ method: 'POST', attempt: 0, status: 429, retryAfterMs: 2000 },
			2000,
		],
		['429 without Retry-After waits 30 s', { method: 'POST', attempt: 0, status: 429 }, 30_000],
		['500 after a POST is never repeated', { method: 'POST', attempt: 0, status: 500 }, undefined],
		[
			'dropped connection after a POST is never repeated',
			{ method: 'POST', attempt: 0, networkError: true },
			undefined,
		],
		[
			'503 after a PATCH is never repeated',
			{ method: 'PATCH', attempt: 0, status: 503, retryAfterMs: 1000 },
			undefined,
		],
		[
			'503 on a GET honours Retry-After',
			{ method: 'GET', attempt: 0, status: 503, retryAfterMs: 1000 },
			1000,
		],
		[
			'502 on a GET backs off',
			{ method: 'GET', attempt: 1, status: 502 },
			RETRY_POLICY.backoffBaseMs * 2,
		],
		[
			'timeout on a GET backs off',
			{ method: 'GET', attempt: 0, networkError: true },
			RETRY_POLICY.backoffBaseMs,
		],
		[
			'a POST marked idempotent is repeated after 500',
			{ method: 'POST', attempt: 0, status: 500, idempotent: true },
			RETRY_POLICY.backoffBaseMs,
		],
		['400 is never repeated', { method: 'GET', attempt: 0, status: 400 }, undefined],
		['403 is never repeated', { method: 'GET', attempt: 0, status: 403 }, undefined],
		[
			'401 is repeated once (n8n refreshed the credential)',
			{ method: 'POST', attempt: 0, status: 401 },
			0,
		],
		['401 twice is final', { method: 'POST', attempt: 1, status: 401 }, undefined],
		[
			'attempts are bounded',
			{ method: 'GET', attempt: RETRY_POLICY.maxAttempts - 1, status: 429 },
			undefined,
		],
	])('%s', (_name, failure, expected) => {
		expect(retryDelay(failure)).toBe(expected);
	});

	it('reads Retry-After as seconds or as an HTTP date', () => {
		expect(parseRetryAfter('7')).toBe(7000);
		expect(parseRetryAfter(undefined)).toBeUndefined();
		expect(
			parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')),
		).toBe(10_000);
		expect(parseRetryAfter('soon')).toBeUndefined();
	});

	it('caps Retry-After at 5 minutes, so a bad header cannot stall a credential for hours', () => {
		expect(parseRetryAfter('86400')).toBe(300_000);
		expect(
			parseRetryAfter('Wed, 21 Oct 2099 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')),
		).toBe(300_000);
		expect(parseRetryAfter('-5')).toBe(0);
	});
});

describe('RingCentral error bodies', () => {
	it.each([
		[
			'errors array',
			{
				errorCode: 'CMN-101',
				message: 'top',
				errors: [
					{
						errorCode: 'MSG-242',
						message: 'The requested feature is not available',
						parameterName: 'from',
					},
				],
			},
			{
				errorCode: 'MSG-242',
				message: 'The requested feature is not available',
				parameterName: 'from',
			},
		],
		[
			'top level',
			{ errorCode: 'CMN-102', message: 'Resource for parameter [messageId] is not found' },
			{ errorCode: 'CMN-102' },
		],
		[
			'OAuth',
			{ error: 'invalid_grant', error_description: 'Token is expired' },
			{ errorCode: 'invalid_grant', message: 'Token is expired' },
		],
		['text', 'Bad Gateway', { message: 'Bad Gateway' }],
	])('parses %s', (_name, body, expected) => {
		expect(parseRingCentralError(body)).toMatchObject(expected);
	});

	it('names the missing app permission in 403 hints', () => {
		const details = parseRingCentralError({
			errorCode: 'CMN-401',
			message: 'In order to call this API endpoint, application needs to have [SMS] permission',
		});
		expect(fixHint(details, 403, {})).toContain('"SMS" permission');
		expect(fixHint({}, 403, { appPermission: 'Faxes' })).toContain('"Faxes" app permission');
	});

	it('explains MSG-242 with the SmsSender feature', () => {
		expect(fixHint({ errorCode: 'MSG-242' }, 403, {})).toContain('SmsSender');
	});
});

describe('phone numbers and lists', () => {
	it.each([
		['+1 (650) 555-0101', '+16505550101'],
		['650.555.0101', '+16505550101'],
		['16505550101', '+16505550101'],
		['+447700900123', '+447700900123'],
		['101', undefined],
		['hello', undefined],
		['+0123456789', undefined],
		['', undefined],
	])('%s -> %s', (input, expected) => {
		expect(normalizePhoneNumber(input)).toBe(expected);
	});

	it('splits commas, semicolons, new lines and arrays', () => {
		expect(splitList('a, b;c\nd,,')).toEqual(['a', 'b', 'c', 'd']);
		expect(splitList(['a', 'b, c'])).toEqual(['a', 'b', 'c']);
		expect(splitList(undefined)).toEqual([]);
	});
});

describe('paging and file names', () => {
	const list = { recordsKey: 'records', paging: 'page' as const };
	it('follows navigation.nextPage.uri without re-sending the query', () => {
		const next = nextPageRequest(
			{ navigation: { nextPage: { uri: 'http://h/restapi/x?page=2&perPage=5' } } },
			{ url: '/restapi/x', baseURL: 'http://h', qs: { perPage: 5 } },
			list,
		);
		expect(next).toMatchObject({ url: 'http://h/restapi/x?page=2&perPage=5', qs: {} });
		expect(nextPageRequest({ navigation: {} }, { url: '/x' }, list)).toBeUndefined();
	});

	it('follows page tokens and keeps the filters', () => {
		const next = nextPageRequest(
			{ paging: { nextPageToken: 't2' } },
			{ url: '/x', qs: { batchId: 'b' } },
			{ recordsKey: 'records', paging: 'token' },
		);
		expect(next?.qs).toEqual({ batchId: 'b', pageToken: 't2' });
		expect(
			nextPageRequest(
				{ navigation: { nextPageToken: 't3' } },
				{ url: '/x' },
				{ recordsKey: 'records', paging: 'token' },
			)?.qs,
		).toEqual({ pageToken: 't3' });
	});

	it('reads file names from Content-Disposition', () => {
		expect(fileNameFrom('attachment; filename="voicemail.mp3"')).toBe('voicemail.mp3');
		expect(fileNameFrom("attachment; filename*=UTF-8''fax%20page.pdf")).toBe('fax page.pdf');
		expect(fileNameFrom(undefined)).toBeUndefined();
	});
});

describe('RateLimitPacer', () => {
	function fakeClock() {
		const clock = {
			time: 0,
			sleeps: [] as number[],
			now: () => clock.time,
			sleep: async (ms: number) => {
				clock.sleeps.push(ms);
				clock.time += ms;
			},
		};
		return clock;
	}
	const headers = (limit: number, remaining: number, windowSeconds = 60) => ({
		'X-Rate-Limit-Limit': String(limit),
		'X-Rate-Limit-Remaining': String(remaining),
		'X-Rate-Limit-Window': String(windowSeconds),
	});

	it('lets one request probe an unknown limit, then spreads the rest over the window', async () => {
		const clock = fakeClock();
		const pacer = new RateLimitPacer(clock);
		await pacer.acquire('k');
		let secondStarted = false;
		const second = pacer.acquire('k').then(() => (secondStarted = true));
		await Promise.resolve();
		expect(secondStarted).toBe(false);
		pacer.settle('k', headers(2, 1, 10));
		await second;
		expect(clock.sleeps).toEqual([]);
		// Two requests used the 10 s window: the third waits until the first leaves it.
		await pacer.acquire('k');
		expect(clock.sleeps).toEqual([10_000]);
	});

	it('counts a request from its answer, so the window never frees its slot before the server does', async () => {
		const clock = fakeClock();
		const pacer = new RateLimitPacer(clock);
		await pacer.acquire('k');
		pacer.settle('k', headers(2, 1, 10)); // the probe, answered at 0
		const slot = await pacer.acquire('k'); // sent at 0 ...
		clock.time += 400; // ... and counted by the server somewhere in the 400 ms before its answer
		pacer.settle('k', headers(2, 0, 10), slot);
		const third = await pacer.acquire('k'); // the probe's slot frees at 10 s
		pacer.settle('k', headers(2, 0, 10), third);
		// The second request's slot frees 10 s after its answer (10.4 s), not after its send (10 s): a request
		// sent at 10 s could reach the server while it still counts the second one, and cost a 429 penalty.
		await pacer.acquire('k');
		expect(clock.sleeps).toEqual([9_600, 400]);
	});

	it('counts an answer slower than the window again, from the answer', async () => {
		const clock = fakeClock();
		const pacer = new RateLimitPacer(clock);
		await pacer.acquire('k');
		pacer.settle('k', headers(2, 1, 10));
		const slow = await pacer.acquire('k'); // sent at 0, answered 12 s later
		clock.time += 12_000;
		const other = await pacer.acquire('k'); // meanwhile another execution's request finds the window empty
		pacer.settle('k', { 'X-Rate-Limit-Limit': '2', 'X-Rate-Limit-Window': '10' }, slow);
		pacer.settle('k', { 'X-Rate-Limit-Limit': '2', 'X-Rate-Limit-Window': '10' }, other);
		// Both count from 12 s: the next request waits for the window to free one of them.
		await pacer.acquire('k');
		expect(clock.sleeps).toEqual([10_000]);
	});

	it('does not take its own requests at the edge of the window for other clients', async () => {
		const clock = fakeClock();
		const pacer = new RateLimitPacer(clock);
		await pacer.acquire('k');
		pacer.settle('k', headers(2, 1, 10)); // the probe, answered at 0
		const a = await pacer.acquire('k');
		clock.time += 100;
		pacer.settle('k', headers(2, 0, 10), a); // A answered at 100 ms
		const b = await pacer.acquire('k'); // B waits for the probe's slot (10 s) ...
		clock.time += 300;
		// ... and is answered at 10.3 s: RingCentral still counted A when B arrived (Remaining 0), but A and B are
		// both ours, so nothing of another client's has to be added to the window.
		pacer.settle('k', headers(2, 0, 10), b);
		await pacer.acquire('k'); // A's slot (100 ms) has left the window: no wait
		expect(clock.sleeps).toEqual([9_900]);
	});

	it('counts requests of other clients that the Remaining header reveals', async () => {
		const clock = fakeClock();
		const pacer = new RateLimitPacer(clock);
		await pacer.acquire('k');
		pacer.settle('k', headers(5, 0, 60));
		await pacer.acquire('k');
		expect(clock.sleeps).toEqual([60_000]);
	});

	it('holds every request of the group during a penalty', async () => {
		const clock = fakeClock();
		const pacer = new RateLimitPacer(clock);
		await pacer.acquire('k');
		pacer.settle('k', headers(40, 39));
		pacer.penalize('k', 30_000);
		await pacer.acquire('k');
		expect(clock.sleeps).toEqual([30_000]);
		await pacer.acquire('other-group');
		expect(clock.sleeps).toEqual([30_000]);
	});

	it('holds the group at most 10 minutes, whatever window a header announces', async () => {
		const clock = fakeClock();
		const pacer = new RateLimitPacer(clock);
		await pacer.acquire('k');
		pacer.settle('k', headers(5, 0, 86_400));
		await pacer.acquire('k');
		expect(clock.sleeps).toEqual([600_000]);
	});

	it('keeps at most 10,000 slots per group, whatever Limit and Remaining a header announces', async () => {
		const clock = fakeClock();
		const pacer = new RateLimitPacer(clock);
		await pacer.acquire('k');
		pacer.settle('k', headers(1_000_000, -1_000_000));
		const slots = (pacer as unknown as { groups: Map<string, { slots: number[] }> }).groups.get(
			'k',
		)!.slots;
		expect(slots.length).toBeLessThanOrEqual(10_000);
	});

	it('does not pace a server that announces no limit', async () => {
		const clock = fakeClock();
		const pacer = new RateLimitPacer(clock);
		for (let i = 0; i < 100; i++) {
			await pacer.acquire('k');
			pacer.settle('k', {});
		}
		expect(clock.sleeps).toEqual([]);
	});
});

/**
 * Several n8n processes (queue-mode workers), each with its own pacer, share one credential's limit on one
 * simulated RingCentral (a sliding window as RingCentral counts it, a 429 penalty for a request over it).
 * Time is simulated: every sleep is a timer of one clock, which jumps from timer to timer.
 */
describe('RateLimitPacer: several processes sharing one limit', () => {
	class SimClock {
		time = 0;
		private timers: Array<{ at: number; seq: number; resolve: () => void }> = [];
		private seq = 0;
		now = () => this.time;
		sleep = (ms: number) =>
			new Promise<void>((resolve) =>
				this.timers.push({ at: this.time + Math.max(0, ms), seq: this.seq++, resolve }),
			);
		/** Runs until every client is done: lets promises settle, then jumps to the next timer. */
		async run(done: () => boolean, untilMs: number) {
			// Bounded: a run that keeps drawing 429 penalties (each one restarts it) stops after `untilMs`.
			for (let idle = 0; !done() && this.time < untilMs && idle < 1000; ) {
				// Lets every promise chain that a resolved timer started run on (macrotask timers are not allowed here).
				for (let i = 0; i < 50; i++) await Promise.resolve();
				if (!this.timers.length) {
					idle++;
					continue;
				}
				idle = 0;
				this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
				const next = this.timers.shift()!;
				this.time = Math.max(this.time, next.at);
				next.resolve();
			}
		}
	}

	class SimServer {
		hits: number[] = [];
		penaltyUntil = 0;
		rejected = 0;
		accepted: number[] = [];
		constructor(
			private clock: SimClock,
			readonly limit: number,
			readonly windowMs: number,
		) {}
		hit(): { status: number; headers: Record<string, string> } {
			const now = this.clock.now();
			this.hits = this.hits.filter((t) => t > now - this.windowMs);
			const headers = {
				'X-Rate-Limit-Limit': String(this.limit),
				'X-Rate-Limit-Window': String(this.windowMs / 1000),
				'X-Rate-Limit-Remaining': '0',
			};
			if (this.penaltyUntil > now || this.hits.length >= this.limit) {
				this.penaltyUntil = now + this.windowMs;
				this.rejected++;
				return {
					status: 429,
					headers: { ...headers, 'Retry-After': String(this.windowMs / 1000) },
				};
			}
			this.hits.push(now);
			this.accepted.push(now);
			return {
				status: 200,
				headers: { ...headers, 'X-Rate-Limit-Remaining': String(this.limit - this.hits.length) },
			};
		}
	}

	/** One execution: `count` requests one after another through its process's pacer, as transport.ts sends them. */
	async function execution(
		pacer: RateLimitPacer,
		clock: SimClock,
		server: SimServer,
		count: number,
		latencyMs: number,
	) {
		for (let sent = 0; sent < count; ) {
			const slot = await pacer.acquire('k');
			await clock.sleep(latencyMs / 2);
			const answer = server.hit();
			await clock.sleep(latencyMs / 2);
			pacer.settle('k', answer.headers, slot);
			if (answer.status === 429) pacer.penalize('k', Number(answer.headers['Retry-After']) * 1000);
			else sent++;
		}
	}

	/** Starts the executions `startMs` apart per process, runs them all; the server's figures. */
	async function simulate(o: {
		processes: number[][];
		limit: number;
		windowMs: number;
		latencyMs: number;
		startMs?: number[];
	}) {
		const clock = new SimClock();
		const server = new SimServer(clock, o.limit, o.windowMs);
		let running = 0;
		o.processes.forEach((executions, p) => {
			const pacer = new RateLimitPacer(clock);
			for (const count of executions) {
				running++;
				void (async () => {
					await clock.sleep(o.startMs?.[p] ?? 0);
					await execution(pacer, clock, server, count, o.latencyMs);
					running--;
				})();
			}
		});
		await clock.run(() => running === 0, 100 * o.windowMs);
		const span = server.accepted[server.accepted.length - 1] - server.accepted[0];
		// A sliding window of W admits at most L × (span / W + 1) requests in a span (as the benchmark measures).
		return {
			rejected: server.rejected,
			sent: server.accepted.length,
			rate: server.accepted.length / (o.limit * (span / o.windowMs + 1)),
		};
	}

	it.each([
		// [case, processes (requests of each execution), limit, window, latency, start offsets, minimal rate]
		['one process, one execution (single-process figure)', [[400]], 40, 5_000, 20, undefined, 0.97],
		['one process, four executions', [[100, 100, 100, 100]], 40, 5_000, 20, undefined, 0.97],
		[
			'two workers, two executions each (queue mode, scenario 1)',
			[
				[100, 100],
				[100, 100],
			],
			40,
			5_000,
			20,
			undefined,
			0.9,
		],
		[
			'two workers, fast answers',
			[
				[100, 100],
				[100, 100],
			],
			40,
			5_000,
			2,
			undefined,
			0.9,
		],
		// Slow answers make the share of the others uncertain for longer: more of the limit is left unused.
		[
			'two workers, slow answers',
			[
				[100, 100],
				[100, 100],
			],
			40,
			5_000,
			300,
			undefined,
			0.75,
		],
		[
			'four workers, one execution each',
			[[100], [100], [100], [100]],
			40,
			5_000,
			20,
			undefined,
			0.85,
		],
		[
			'a second worker joins one that has just started',
			[[200, 200], [100]],
			40,
			5_000,
			20,
			[0, 60],
			0.85,
		],
		[
			'Heavy group: 10 per window, three workers',
			[[30], [30], [30]],
			10,
			60_000,
			50,
			undefined,
			0.8,
		],
	])('%s: no 429', async (_name, processes, limit, windowMs, latencyMs, startMs, minRate) => {
		const result = await simulate({ processes, limit, windowMs, latencyMs, startMs });
		expect(result.sent).toBe(processes.flat().reduce((a, b) => a + b, 0));
		expect(result.rejected).toBe(0);
		expect(result.rate).toBeGreaterThanOrEqual(minRate);
	});
});
