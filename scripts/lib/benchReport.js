// @ts-check
'use strict';
/**
 * The benchmark's section of docs/benchmarks.md, between two markers, so `npm run benchmark` (description
 * sizes, the rest of the file) and `npm run bench` each rewrite only their own part.
 */
const fs = require('node:fs');

const BEGIN = '<!-- npm run bench: begin (written by test/bench/run.js; edit there) -->';
const END = '<!-- npm run bench: end -->';
/** Benchmark 5 (queue mode) has a block of its own inside the section: `BENCH_ONLY=queue` rewrites only it. */
const QUEUE_BEGIN = '<!-- npm run bench, queue mode: begin -->';
const QUEUE_END = '<!-- npm run bench, queue mode: end -->';

/** @param {number[]} values */
function median(values) {
	const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
	if (!v.length) return NaN;
	const mid = Math.floor(v.length / 2);
	return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** @param {any[]} runs @param {string} key */
const med = (runs, key) => median((runs || []).map((r) => r[key]));
/** @param {number} n @param {number} [digits] */
const fixed = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
/** @param {number} kb */
const mb = (kb) => fixed(kb / 1024, 0);
/** @param {number} a @param {number} b */
const ratio = (a, b) =>
	Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? `${(a / b).toFixed(2)}×` : '–';
/** @param {number} x */
const pct = (x) => (Number.isFinite(x) ? `${(x * 100).toFixed(0)} %` : '–');
/** @param {any[]} runs @param {string} key @param {(n: number) => string} f */
const spread = (runs, key, f) => {
	const v = (runs || []).map((r) => r[key]).filter((x) => Number.isFinite(x));
	return v.length > 1 ? ` (${f(Math.min(...v))}–${f(Math.max(...v))})` : '';
};

/**
 * @param {any} results what test/bench/run.js measured
 * @returns {string} the section, markers included
 */
function renderSection(results) {
	const { meta } = results;
	const lines = [
		BEGIN,
		'## Our nodes against the HTTP Request node, in a real n8n (`npm run bench`)',
		'',
		`Written by \`npm run bench\` (test/bench/run.js) on ${meta.date}: n8n ${meta.n8nVersion} on Node ${meta.nodeVersion}, ${meta.machine}, against the`,
		'RingCentral emulator (scripts/emulator) on loopback; load average ' +
			`${meta.loadAverage.map((/** @type {number} */ l) => l.toFixed(1)).join(' → ')} during the ${fixed(meta.seconds / 60, 0)} min run (the machine is shared with other work).`,
		'',
		'**Method.** Every figure is one `n8n execute` of a workflow, a fresh n8n process, with the package installed as a',
		'community package and the same JWT credential for both nodes (the HTTP Request node uses it as a',
		'predefined credential type, so n8n authenticates both alike; its access token is issued before the run). The',
		'workflow posts to a probe in the benchmark process right before and right after the measured part (an',
		'HTTP Request node with Execute Once); while n8n waits for the answer the probe reads the n8n process from',
		"/proc: at the start it resets the kernel's peak-RSS counter (`echo 5 > /proc/<pid>/clear_refs`), at the end",
		'it reads VmHWM (and a 25 ms RSS sampler checks it). **Time** is from the start to the end checkpoint (item',
		"generation included, a few ms), **CPU** is the n8n process's user + system time in between, **peak memory** is",
		"VmHWM at the end minus RSS at the start (what the measured part added to n8n's own process; task runners are",
		'other processes and not involved). Ours and the HTTP Request node run **interleaved, round by round in ABBA',
		'order, in the same run**, so load from other work hits both alike; figures are medians over the rounds',
		'(range in brackets). Ratios are ours ÷ HTTP Request: below 1 means ours is faster or lighter.',
		'',
	];

	/** @type {string[][]} */
	const summary = [];
	if (results.sms) {
		const { n, byVariant: v } = results.sms;
		const [o, h] = [med(v.ours, 'perItemMs'), med(v.http, 'perItemMs')];
		const [oc, hc] = [med(v.ours, 'cpuPerItemMs'), med(v.http, 'cpuPerItemMs')];
		summary.push([
			`1. ${n} SMS, no rate limit`,
			'time per item',
			`${fixed(o, 2)} ms${spread(v.ours, 'perItemMs', (x) => fixed(x, 2))}`,
			`${fixed(h, 2)} ms${spread(v.http, 'perItemMs', (x) => fixed(x, 2))}`,
			ratio(o, h),
			'ours no slower',
			o <= h ? '**met**' : '**not met**: one item at a time (see Goals)',
		]);
		summary.push([
			'',
			'n8n CPU per item (the overhead)',
			`${fixed(oc, 2)} ms${spread(v.ours, 'cpuPerItemMs', (x) => fixed(x, 2))}`,
			`${fixed(hc, 2)} ms${spread(v.http, 'cpuPerItemMs', (x) => fixed(x, 2))}`,
			ratio(oc, hc),
			'ours no more',
			oc <= hc ? '**met**' : '**not met**',
		]);
		summary.push([
			'',
			"benchmark process CPU per request (the emulator, and the probe's sampler)",
			`${fixed(med(v.ours, 'emulatorCpuPerItemMs'), 2)} ms`,
			`${fixed(med(v.http, 'emulatorCpuPerItemMs'), 2)} ms`,
			'',
			'',
			'',
		]);
	}
	if (results.export) {
		const { n, byVariant: v } = results.export;
		const [o, h] = [med(v.ours, 'wallMs'), med(v.http, 'wallMs')];
		const [om, hm] = [med(v.ours, 'addedKb'), med(v.http, 'addedKb')];
		summary.push([
			`2. Export ${n.toLocaleString('en-US')} call log records (Return All)`,
			'time',
			`${fixed(o / 1000)} s${spread(v.ours, 'wallMs', (x) => fixed(x / 1000))}`,
			`${fixed(h / 1000)} s${spread(v.http, 'wallMs', (x) => fixed(x / 1000))}`,
			ratio(o, h),
			'(figures only)',
			'',
		]);
		summary.push([
			'',
			'peak memory added',
			`${mb(om)} MB${spread(v.ours, 'addedKb', mb)}`,
			`${mb(hm)} MB${spread(v.http, 'addedKb', mb)}`,
			ratio(om, hm),
			'',
			'',
		]);
		summary.push([
			'',
			'n8n CPU',
			`${fixed(med(v.ours, 'cpuMs') / 1000)} s`,
			`${fixed(med(v.http, 'cpuMs') / 1000)} s`,
			ratio(med(v.ours, 'cpuMs'), med(v.http, 'cpuMs')),
			'',
			'',
		]);
	}
	if (results.ratelimit) {
		const { n, limit, windowMs, byVariant: v } = results.ratelimit;
		const [of, hf] = [med(v.ours, 'failed'), med(v.http, 'failed')];
		const [or, hr] = [med(v.ours, 'rate'), med(v.http, 'rate')];
		summary.push([
			`3. ${n} SMS, Medium ${limit} per ${windowMs / 1000} s window`,
			'failed items',
			fixed(of, 0),
			fixed(hf, 0),
			hf ? ratio(of, hf) : '–',
			'0',
			of === 0 ? '**met**' : '**not met**',
		]);
		summary.push([
			'',
			'achieved rate (share of the limit)',
			pct(or),
			pct(hr),
			ratio(or, hr),
			'≥ 90 %',
			or >= 0.9 ? '**met**' : '**not met**',
		]);
		summary.push([
			'',
			'SMS sent / 429 answers',
			`${fixed(med(v.ours, 'sent'), 0)} / ${fixed(med(v.ours, 'rejected429'), 0)}`,
			`${fixed(med(v.http, 'sent'), 0)} / ${fixed(med(v.http, 'rejected429'), 0)}`,
			'',
			'',
			'',
		]);
		summary.push([
			'',
			'time for all items',
			`${fixed(med(v.ours, 'wallMs') / 1000)} s`,
			`${fixed(med(v.http, 'wallMs') / 1000)} s`,
			'',
			'',
			'',
		]);
	}
	if (results.download) {
		const { size, byVariant: v } = results.download;
		const [om, hm, im] = [med(v.ours, 'addedKb'), med(v.http, 'addedKb'), med(v.idle, 'addedKb')];
		const met = downloadMet(results.download);
		summary.push([
			`4. Download a ${fixed(size / 1024 ** 2, 0)} MB recording (filesystem binary mode)`,
			'peak memory added',
			`${mb(om)} MB${spread(v.ours, 'addedKb', mb)}`,
			`${mb(hm)} MB${spread(v.http, 'addedKb', mb)}`,
			ratio(om, hm),
			'no full copy in memory',
			met ? '**met**' : '**not met**',
		]);
		summary.push([
			'',
			`ours, a ${fixed(results.download.doubleSize / 1024 ** 2, 0)} MB recording (does it grow with the file?)`,
			`${mb(med(v.double, 'addedKb'))} MB${spread(v.double, 'addedKb', mb)}`,
			'',
			'',
			'',
			'',
		]);
		summary.push([
			'',
			'n8n itself (same workflow, No Op instead of the download)',
			`${mb(im)} MB`,
			'',
			'',
			'',
			'',
		]);
		summary.push([
			'',
			'time',
			`${fixed(med(v.ours, 'wallMs') / 1000)} s`,
			`${fixed(med(v.http, 'wallMs') / 1000)} s`,
			ratio(med(v.ours, 'wallMs'), med(v.http, 'wallMs')),
			'',
			'',
		]);
	}
	lines.push(
		'| Benchmark | Figure | RingCentral node | HTTP Request node | Ratio | Goal | |',
		'|---|---|---|---|---|---|---|',
		...summary.map((r) => `| ${r.join(' | ')} |`),
		'',
	);

	if (results.sms) {
		const { n, byVariant: v } = results.sms;
		lines.push(
			'### 1. Per-item overhead',
			'',
			`Manual Trigger → ${n} items → Send SMS (one recipient, text with the item number), no rate limit, ${v.ours.length} rounds.`,
			'Ours: RingCentral Messaging → SMS → Send. HTTP Request: `POST /restapi/v1.0/account/~/extension/~/sms` with the',
			'same JSON body. Every run is checked: exactly one SMS per item reached the emulator, no error item.',
			'',
		);
	}
	if (results.export) {
		const { n, byVariant: v } = results.export;
		lines.push(
			'### 2. Call log export',
			'',
			`${n.toLocaleString('en-US')} call log records of one user in a date range (seeded in ${fixed(meta.seedSeconds)} s), pages of 1,000 (RingCentral's maximum for the`,
			'Simple view). Ours: RingCentral Voice → Call Log → Get Many, Return All, Simplify off (the records as the API',
			'returns them, like the HTTP Request node). HTTP Request: `GET …/call-log?dateFrom&dateTo&view=Simple&perPage=1000`',
			'with pagination "Response Contains Next URL" = `navigation.nextPage.uri`, complete when there is none; it',
			'outputs one item per page, so a Split Out on `records` follows to get one item per record, as ours outputs.',
			`The HTTP Request node alone (before Split Out): ${fixed(med(v.http, 'pagesWallMs') / 1000)} s, +${mb(med(v.http, 'pagesAddedKb'))} MB.`,
			'',
		);
	}
	if (results.ratelimit) {
		const { n, limit, windowMs, byVariant: v } = results.ratelimit;
		lines.push(
			'### 3. Under rate limits',
			'',
			`The emulator enforces RingCentral's limits with a compressed minute: Medium (SMS) ${limit} requests per ${windowMs / 1000} s sliding`,
			`window, a 429 with \`Retry-After\` and a ${windowMs / 1000} s penalty that every request during it restarts. ${n} SMS, both nodes with`,
			'"On Error: Continue" so failed items are counted instead of stopping the workflow; the HTTP Request node',
			'otherwise with its default settings (no batching, no retry). Failed items: error items in the output.',
			'**Achieved rate**: a sliding window of W admits at most L × (span / W + 1) requests in a span; the rate is the',
			'successful SMS divided by that, for the span from the first to the last successful SMS (100 % = no client',
			'could have sent them sooner).',
			'',
		);
		if (med(v.http, 'failed') > 0) {
			lines.push(
				`The HTTP Request node sends every item at once: the first ${limit} go through, the rest get 429 and fail, and`,
				'every later request restarts the penalty. Its rate over its short span is high, but it sent only',
				`${fixed(med(v.http, 'sent'), 0)} of ${n}; ours sent all of them, spacing requests by the limit it reads from the \`X-Rate-Limit-*\` headers.`,
				'',
			);
		}
	}
	if (results.download) {
		const { size, byVariant: v } = results.download;
		lines.push(
			'### 4. Large download',
			'',
			`A ${fixed(size / 1024 ** 2, 0)} MB WAV recording, generated by the emulator's media host while it is sent (never whole in the`,
			"emulator's memory either), `N8N_DEFAULT_BINARY_DATA_MODE=filesystem`. Ours: RingCentral Voice → Call Recording →",
			'Download (by ID: the metadata, then the content URI on the media host). HTTP Request: GET of the content URI,',
			'Response Format: File. The baseline is the same workflow with a No Op node instead of the download: what n8n',
			`itself adds between the checkpoints. MB here are MiB; n8n shows the stored file in decimal MB: ours ${v.ours[0]?.fileSize ?? '–'}, HTTP Request ${v.http[0]?.fileSize ?? '–'} (both in the \`${v.ours[0]?.binaryId ?? ''}\` store).`,
			`Ours adds ${mb(med(v.ours, 'addedKb'))} MB for ${fixed(size / 1024 ** 2, 0)} MB and ${mb(med(v.double, 'addedKb'))} MB for a file twice the size: what it adds does not grow`,
			'with the file (the stream goes to disk as it arrives); it is the working memory of a node run with an HTTP',
			"download (socket and file buffers, heap growth V8 has not collected yet), as much as the HTTP Request node's.",
			'',
		);
	}

	if (results.queue) lines.push(renderQueue(results.queue, results.meta), '');
	lines.push(...goalsAndGaps(results));
	lines.push(
		'### Every run',
		'',
		'| Benchmark | Round | Node | Time (s) | n8n CPU (s) | RSS at start (MB) | Peak added (MB) | Sampled peak added (MB) | Details |',
		'|---|---|---|---|---|---|---|---|---|',
	);
	for (const [scenario, label] of /** @type {const} */ ([
		['sms', '1'],
		['export', '2'],
		['ratelimit', '3'],
		['download', '4'],
	])) {
		const r = results[scenario];
		if (!r) continue;
		const rows = Object.entries(r.byVariant)
			.flatMap(([variant, runs]) => /** @type {any[]} */ (runs).map((run) => ({ variant, ...run })))
			.sort((a, b) => a.round - b.round);
		for (const run of rows) {
			const name =
				{
					ours: 'RingCentral',
					http: 'HTTP Request',
					double: 'RingCentral, twice the file',
					idle: 'No Op',
				}[/** @type {string} */ (run.variant)] || run.variant;
			const details =
				scenario === 'ratelimit'
					? `${run.sent} sent, ${run.failed} failed, ${run.rejected429} × 429, rate ${pct(run.rate)}`
					: scenario === 'export'
						? `${run.requests} pages`
						: scenario === 'sms'
							? `${fixed(run.perItemMs, 2)} ms per item`
							: run.fileSize
								? `${run.fileSize}`
								: '';
			lines.push(
				`| ${label} | ${run.round + 1} | ${name} | ${fixed(run.wallMs / 1000, 2)} | ${fixed(run.cpuMs / 1000, 2)} | ${mb(run.startRssKb)} | ${mb(run.addedKb)} | ${mb(run.sampledPeakKb - run.startRssKb)} | ${details} |`,
			);
		}
	}
	lines.push('');
	if (results.notes) lines.push(...results.notes, '');
	lines.push(END);
	return lines.join('\n');
}

/**
 * What the figures mean for the goals of the benchmark (issue 7), and what was found and fixed on the way.
 * @param {any} results @returns {string[]}
 */
function goalsAndGaps(results) {
	const out = ['### Goals', ''];
	if (results.sms) {
		const v = results.sms.byVariant;
		const [o, h] = [med(v.ours, 'perItemMs'), med(v.http, 'perItemMs')];
		const [oc, hc] = [med(v.ours, 'cpuPerItemMs'), med(v.http, 'cpuPerItemMs')];
		const server = med(v.ours, 'emulatorCpuPerItemMs');
		const oneAtATime = [
			`  Our node sends one item's SMS after the previous one is answered, so each item's time is n8n's work plus the`,
			`  server's (here ${fixed(server, 2)} ms of the benchmark process's CPU per SMS, mostly the emulator); the HTTP Request node starts every item's request at once`,
			"  and hides the server's time behind its own work. One at a time is deliberate for writes: items go out in order,",
			'  and when an item fails nothing after it has been sent, so running the workflow again after fixing the input',
			'  sends no SMS twice. Against RingCentral itself (a request takes ~100 ms or more) one at a time would be the',
			'  slower way without limits, but there are always limits: Medium allows 40 SMS a minute (1.5 s per SMS; see',
			'  benchmark 3 for all-at-once under them). For bulk sends the High Volume SMS "Create Batch" operation sends',
			'  all items in one request.',
		];
		const fixedOnTheWay = [
			'  Found and fixed while measuring: (a) the node read its credential for every item to get the server URL, and',
			'  every read decrypts it, about 2 ms of CPU an item; it now reads it once per node run (nodes/shared/transport.ts,',
			'  test/messaging/sms.test.ts); (b) the emulator spent ~4 ms per request finding the spec operation',
			'  (openapi-backend rebuilt its list of 600 operations for every lookup); a one-at-a-time client waits for that,',
			'  a concurrent one hides it, so the figure measured the emulator more than the nodes: it is now listed once',
			'  and matches are remembered (scripts/emulator/core/spec.js). Before both: 14 ms per item, 1.7× the HTTP Request node.',
		];
		if (o <= h) {
			out.push(
				`- **1. Per-item overhead: met.** ${fixed(o, 2)} ms against ${fixed(h, 2)} ms per item (${ratio(o, h)}); n8n's CPU per item`,
				`  ${fixed(oc, 2)} ms against ${fixed(hc, 2)} ms (${ratio(oc, hc)}).`,
				...oneAtATime,
				...fixedOnTheWay,
			);
		} else {
			out.push(
				`- **1. Per-item overhead: not met for wall time** (${fixed(o, 2)} ms against ${fixed(h, 2)} ms per item, ${ratio(o, h)}); n8n's CPU`,
				`  per item ${fixed(oc, 2)} ms against ${fixed(hc, 2)} ms (${ratio(oc, hc)}).`,
				...oneAtATime,
				...fixedOnTheWay,
			);
		}
	}
	if (results.export) {
		const v = results.export.byVariant;
		out.push(
			`- **2. Export: no goal; ours takes ${ratio(med(v.ours, 'wallMs'), med(v.http, 'wallMs'))} the time and ${ratio(med(v.ours, 'addedKb'), med(v.http, 'addedKb'))} the memory of HTTP Request + Split Out.** Both are bound by`,
			'  the 100 page requests (the emulator serves a page of 1,000 records in ~30 ms); ours keeps the records of',
			'  each page and makes the items once, the HTTP Request node keeps the pages and Split Out copies them into items.',
		);
	}
	if (results.ratelimit) {
		const v = results.ratelimit.byVariant;
		const [of, or] = [med(v.ours, 'failed'), med(v.ours, 'rate')];
		out.push(
			`- **3. Under rate limits: ${of === 0 && or >= 0.9 ? 'met' : 'not met'}.** Ours: ${fixed(of, 0)} failed items, ${fixed(med(v.ours, 'rejected429'), 0)} × 429, ${pct(or)} of the limit. The HTTP Request node with`,
			`  its defaults: ${fixed(med(v.http, 'failed'), 0)} failed items. Found and fixed while measuring (nodes/shared/rateLimit.ts): the pacer counted a`,
			'  request from when it was sent, RingCentral from when it arrives, a few ms later; at every window boundary a',
			'  request could arrive while the server still counted the one whose slot it reused, and each such 429 cost a',
			'  whole penalty: 5 × 429 in 400 SMS, 65 % of the limit. Slots now count from the answer; and our own requests',
			"  the server may still count are no longer taken for another client's when `X-Rate-Limit-Remaining` is read",
			'  (each cost a slot for a whole window: 90 %). Both have unit tests (test/shared/policies.test.ts).',
		);
	}
	if (results.download) {
		const v = results.download.byVariant;
		const fileMb = results.download.size / 1024 ** 2;
		const [om, hm, dm] = [med(v.ours, 'addedKb'), med(v.http, 'addedKb'), med(v.double, 'addedKb')];
		out.push(
			`- **4. Large download: ${downloadMet(results.download) ? 'met' : 'not met'}.** Ours adds ${mb(om)} MB to n8n for a ${fixed(fileMb, 0)} MB file, the HTTP Request node ${mb(hm)} MB (${ratio(om, hm)}),`,
			`  and twice the file adds ${mb(dm)} MB: a copy in memory would add at least the file's size (${fixed(fileMb, 0)} and ${fixed(2 * fileMb, 0)} MB).`,
			"  Criterion: the double file adds less than the file's size, and ours at most 1.25× the HTTP Request node.",
		);
	}
	out.push('');
	return out;
}

/**
 * Benchmark 5, queue mode: its block (markers included).
 * @param {any} queue @param {any} meta
 */
function renderQueue(queue, meta) {
	const { n, limit, windowMs, byVariant: v } = queue;
	const [o, h] = [v.ours[0], v.http[0]];
	const met = (/** @type {boolean} */ ok) => (ok ? '**met**' : '**not met**');
	return [
		QUEUE_BEGIN,
		'### 5. Queue mode',
		'',
		`Measured on ${meta.date} with n8n ${meta.n8nVersion} (\`BENCH_ONLY=queue npm run bench\` rewrites this block alone). The cluster of`,
		'`npm run test:e2e:queue` (test/e2e/lib/queue.js): Postgres, Redis, an n8n main process, two workers (concurrency 2)',
		`and a webhook processor. Four calls of a webhook at once start four executions of ${n / 4} SMS each, which the`,
		`workers run, two each, on one credential; the emulator limits Medium to ${limit} per ${windowMs / 1000} s as in 3. Both nodes with "On`,
		'Error: Continue"; failed items are the SMS the emulator did not accept. Rate as in 3.',
		'',
		'| | RingCentral Messaging | HTTP Request | goal | |',
		'|---|---|---|---|---|',
		`| failed items | ${o.failed} | ${h.failed} | 0 | ${met(o.failed === 0)} |`,
		`| SMS sent twice (recipients with more than one) | ${o.twice} | ${h.twice} | 0 | ${met(o.twice === 0)} |`,
		`| 429 answers | ${o.rejected429} | ${h.rejected429} | 0 | ${met(o.rejected429 === 0)} |`,
		`| achieved rate (share of the limit) | ${pct(o.rate)} | ${pct(h.rate)} (${ratio(o.rate, h.rate)}) | ≥ 90 % | ${met(o.rate >= 0.9)} |`,
		`| SMS per ${windowMs / 1000} s window | ${o.perWindow.join(', ')} | ${h.perWindow.join(', ')} | | |`,
		`| time for all ${n} | ${fixed(o.seconds)} s | ${fixed(h.seconds)} s | | |`,
		'',
		'Each worker paces its own requests and sees the other through `X-Rate-Limit-Remaining`; it leaves 5 % of the',
		"limit free and rather overestimates the other's share, so the windows fill to about 38 of 40: no 429, at the",
		'price of the last few percent (README, Queue mode).',
		QUEUE_END,
	].join('\n');
}

/**
 * No copy of the file in memory: twice the file adds less than the file's size (a copy would add at least
 * that much more), and ours needs no more than n8n's HTTP Request node does for the same download (+25 % for noise).
 * @param {any} download
 */
function downloadMet(download) {
	const v = download.byVariant;
	const fileKb = download.size / 1024;
	return (
		med(v.double, 'addedKb') < fileKb && med(v.ours, 'addedKb') <= 1.25 * med(v.http, 'addedKb')
	);
}

/**
 * Puts the section into the file: between the markers if they are there, else at the end.
 * @param {string} file @param {string} section
 */
function writeSection(file, section) {
	const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
	const begin = text.indexOf(BEGIN);
	const end = text.indexOf(END);
	const next =
		begin >= 0 && end > begin
			? `${text.slice(0, begin)}${section}${text.slice(end + END.length)}`
			: `${text.replace(/\s*$/, '\n')}\n${section}\n`;
	fs.writeFileSync(file, next);
}

/**
 * Puts benchmark 5's block into the section (a run of that benchmark alone): in place of the block, else
 * before the section's end.
 * @param {string} file @param {any} results
 */
function writeQueueBlock(file, results) {
	const text = fs.readFileSync(file, 'utf8');
	const block = renderQueue(results.queue, results.meta);
	const [begin, end] = [text.indexOf(QUEUE_BEGIN), text.indexOf(QUEUE_END)];
	if (begin >= 0 && end > begin)
		fs.writeFileSync(file, `${text.slice(0, begin)}${block}${text.slice(end + QUEUE_END.length)}`);
	else if (text.includes(END)) fs.writeFileSync(file, text.replace(END, `${block}\n\n${END}`));
	else throw new Error(`${file} has no \`npm run bench\` section to put the queue-mode block in`);
}

/** The section of a file (markers included), or '' (for scripts/benchmark.js, which rewrites the rest). @param {string} text */
function sectionOf(text) {
	const begin = text.indexOf(BEGIN);
	const end = text.indexOf(END);
	return begin >= 0 && end > begin ? text.slice(begin, end + END.length) : '';
}

module.exports = {
	renderSection,
	writeSection,
	writeQueueBlock,
	renderQueue,
	sectionOf,
	median,
	BEGIN,
	END,
};
