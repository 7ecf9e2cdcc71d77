// @ts-check
'use strict';
/**
 * Webhook notifications as RingCentral sends them, over real HTTP: the validation request while a
 * subscription is created (`Validation-Token` header, answered within 3 s with the header echoed),
 * and event deliveries `{uuid, event, timestamp, subscriptionId, ownerId, body}` with the
 * subscription's `Verification-Token` header to every active subscription whose event filter
 * matches. A subscription whose endpoint keeps failing becomes `Blacklisted` and never delivers again.
 *
 * Events come from state changes (`scan()`: new and changed messages, settled A2P batches) and
 * from helpers (`publish()`, calls in simulation/calls.js).
 */
const http = require('http');
const https = require('https');
const crypto = require('crypto');
const { publicRecord, iso } = require('../seed/state');
const { settleMessages } = require('../routes/messages');
const { settleBatches } = require('../routes/a2p');

/**
 * Event filters RingCentral knows (after `~` is resolved), with the app permission each needs.
 * @type {Array<[RegExp, string | undefined]>}
 */
const FILTER_KINDS = [
	[/^\/restapi\/v1\.0\/account\/[^/]+\/extension\/[^/]+\/message-store\/instant$/, 'ReadMessages'],
	[/^\/restapi\/v1\.0\/account\/[^/]+\/extension\/[^/]+\/message-store$/, 'ReadMessages'],
	[/^\/restapi\/v1\.0\/account\/[^/]+\/extension\/[^/]+\/(voicemail|fax)$/, 'ReadMessages'],
	[/^\/restapi\/v1\.0\/account\/[^/]+(\/extension\/[^/]+)?\/telephony\/sessions$/, 'CallControl'],
	[/^\/restapi\/v1\.0\/account\/[^/]+(\/extension\/[^/]+)?\/presence$/, 'ReadPresence'],
	[/^\/restapi\/v1\.0\/account\/[^/]+\/extension(\/[^/]+)?$/, 'ReadAccounts'],
	[/^\/restapi\/v1\.0\/account\/[^/]+\/a2p-sms\/(batches|messages|opt-outs)(\/[^/]+)?$/, 'A2PSMS'],
	[/^\/team-messaging\/v1\/(posts|chats|groups)$/, 'TeamMessaging'],
	[/^\/restapi\/v1\.0\/subscription\/~$/, undefined],
	// RingSense: the insights of the account's recordings are ready (read them from the insights endpoint).
	[/^\/ai\/ringsense\/v1\/public\/accounts\/[^/]+\/domains\/[^/]+\/records$/, 'RingSense'],
];

/**
 * Webinar events: only webinar subscriptions (`/webinar/notifications/v1/subscriptions`) take them, and
 * those take nothing else.
 * @type {Array<[RegExp, string | undefined]>}
 */
const WEBINAR_FILTER_KINDS = [
	[/^\/webinar\/configuration\/v1\/company\/(sessions|webinars)$/, 'ReadWebinars'],
	[/^\/webinar\/registration\/v1\/company\/sessions\/registrants$/, 'ReadWebinars'],
];

/**
 * @typedef {{ path: string, params: Record<string, string[]> }} ParsedFilter
 * @typedef {{ accountId: string, extensionId: string, clientId: string }} Owner
 * @typedef {{ kind: 'validation' | 'notification', subscriptionId: string, address: string, event?: string, uuid?: string,
 *   headers: Record<string, string>, body: any, status: number, ok: boolean, error?: string, responseHeaders?: Record<string, any>,
 *   responseBody?: string, time: string }} Delivery
 */

/** @param {string} filter @returns {ParsedFilter} */
function parseFilter(filter) {
	const url = new URL(filter, 'http://filter.invalid');
	/** @type {Record<string, string[]>} */
	const params = {};
	for (const [k, v] of url.searchParams)
		params[k] = [...(params[k] || []), ...v.split(',').filter(Boolean)];
	return { path: decodeURIComponent(url.pathname), params };
}

/**
 * `~` in the account and extension segments becomes the subscriber's ids, as RingCentral returns them.
 * @param {string} filter @param {{ accountId: string, extensionId: string }} owner
 */
function resolveFilter(filter, owner) {
	return filter
		.replace(/\/accounts?\/~(?=\/|\?|$)/, (m) => m.replace('~', owner.accountId))
		.replace(/\/extension\/~(?=\/|\?|$)/, `/extension/${owner.extensionId}`);
}

/**
 * @param {string} resolved @param {'rc' | 'webinar'} [api] the subscription API the filter was given to
 * @returns {{ known: boolean, permission?: string }}
 */
function classifyFilter(resolved, api = 'rc') {
	const { path } = parseFilter(resolved);
	const kind = (api === 'webinar' ? WEBINAR_FILTER_KINDS : FILTER_KINDS).find(([re]) =>
		re.test(path),
	);
	return kind ? { known: true, permission: kind[1] } : { known: false };
}

/**
 * Whether a subscription filter receives an event: same path, and each filter parameter the event
 * describes has one of the filter's values (parameters the event does not describe only shape the payload).
 * @param {ParsedFilter} filter @param {ParsedFilter} event
 */
function filterMatches(filter, event) {
	if (filter.path !== event.path) return false;
	return Object.entries(filter.params).every(([k, values]) => {
		const actual = event.params[k];
		if (!actual) return true;
		return values.some((v) => actual.some((a) => a.toLowerCase() === v.toLowerCase()));
	});
}

/**
 * POSTs JSON (or nothing) to a URL; never rejects.
 * @param {string} address @param {Record<string, string>} headers @param {string} payload @param {number} timeoutMs
 * @returns {Promise<{ status: number, headers: Record<string, any>, body: string, error?: string }>}
 */
function post(address, headers, payload, timeoutMs) {
	return new Promise((resolve) => {
		let url;
		try {
			url = new URL(address);
		} catch {
			resolve({ status: 0, headers: {}, body: '', error: 'invalid address' });
			return;
		}
		const lib = url.protocol === 'https:' ? https : http;
		const req = lib.request(
			url,
			{
				method: 'POST',
				headers: { ...headers, 'Content-Length': String(Buffer.byteLength(payload)) },
				timeout: timeoutMs,
			},
			(res) => {
				/** @type {Buffer[]} */
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () =>
					resolve({
						status: res.statusCode || 0,
						headers: res.headers,
						body: Buffer.concat(chunks).toString('utf8'),
					}),
				);
				res.on('error', (err) => resolve({ status: 0, headers: {}, body: '', error: err.message }));
			},
		);
		req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
		req.on('error', (err) => resolve({ status: 0, headers: {}, body: '', error: err.message }));
		req.end(payload);
	});
}

class Notifier {
	/** @param {{ url: string, options: any, state: any }} emu  the emulator (state is read live: reset replaces it) */
	constructor(emu) {
		this.emu = emu;
		/** @type {Delivery[]} */
		this.deliveries = [];
		/** @type {Set<Promise<any>>} */
		this.pending = new Set();
		/** @type {Map<string, Promise<any>>} per subscription: deliveries go out one after another */
		this.queues = new Map();
		/** @type {any} the state object the baseline belongs to (replaced by reset) */
		this.baselineState = undefined;
		this.seq = 0;
		/**
		 * `state.nextId` at the last scan: message ids come from `state.nextId++`, so a message whose
		 * id is at least this was added since (a new message), any other one was already known.
		 */
		this.firstNewId = 0;
		/** @type {Map<string, string>} */
		this.batchStatus = new Map();
	}

	reset() {
		this.deliveries.length = 0;
		this.queues.clear();
		this.baselineState = undefined;
	}

	/** All subscriptions of the current state (created lazily for states without the list). */
	get subscriptions() {
		const state = this.emu.state;
		if (!state.subscriptions) state.subscriptions = [];
		return /** @type {any[]} */ (state.subscriptions);
	}

	/**
	 * Expired subscriptions are gone, as on RingCentral.
	 * @param {string} id
	 */
	find(id) {
		this.expire();
		return this.subscriptions.find((s) => s.id === id);
	}

	expire() {
		const now = Date.now();
		const subs = this.subscriptions;
		for (let i = subs.length - 1; i >= 0; i--)
			if (Date.parse(subs[i].expirationTime) <= now) subs.splice(i, 1);
	}

	/**
	 * The validation request RingCentral sends while creating a webhook subscription.
	 * @param {string} address
	 * @returns {Promise<{ ok: boolean, reason?: string }>}
	 */
	async validate(address) {
		const token = crypto.randomUUID();
		const headers = {
			'Validation-Token': token,
			'User-Agent': 'RingCentral-WebHook/emulator',
			Accept: '*/*',
		};
		const res = await post(address, headers, '', this.emu.options.webhookTimeoutMs);
		const echoed = res.headers['validation-token'];
		/** @type {string | undefined} */
		let reason;
		if (res.error) reason = `the webhook URL could not be reached (${res.error})`;
		else if (res.status !== 200) reason = `the webhook answered HTTP ${res.status}`;
		else if (echoed !== token)
			reason = echoed
				? 'the webhook answered a different Validation-Token'
				: 'the webhook did not echo the Validation-Token header';
		else if (Buffer.byteLength(res.body) > 1024)
			reason = 'the webhook answered with a body over 1 KB';
		this.deliveries.push({
			kind: 'validation',
			subscriptionId: '',
			address,
			headers,
			body: undefined,
			status: res.status,
			ok: !reason,
			error: reason,
			responseHeaders: res.headers,
			responseBody: res.body,
			time: new Date().toISOString(),
		});
		return { ok: !reason, reason };
	}

	/**
	 * Delivers an event to every active subscription of the account with a matching filter
	 * (one delivery per matching filter). Resolves when those deliveries are done.
	 * @param {string} event  the event URI (may use `~`; its query string describes the event, e.g. `?type=SMS`)
	 * @param {any} body
	 * @param {{ extensionId?: string, params?: Record<string, string | string[] | boolean> }} [opts]
	 */
	publish(event, body, opts = {}) {
		const state = this.emu.state;
		const resolved = resolveFilter(event, {
			accountId: state.accountId,
			extensionId: opts.extensionId || state.defaultExtensionId,
		});
		const parsed = parseFilter(resolved);
		for (const [k, v] of Object.entries(opts.params || {}))
			parsed.params[k] = (Array.isArray(v) ? v : [v]).map(String);
		this.expire();
		/** @type {Promise<Delivery>[]} */
		const sent = [];
		for (const sub of this.subscriptions) {
			if (sub.status !== 'Active') continue;
			for (const filter of sub.eventFilters) {
				if (!filterMatches(parseFilter(filter), parsed)) continue;
				sent.push(this.deliver(sub, filter, body));
			}
		}
		return Promise.all(sent);
	}

	/**
	 * @param {any} sub @param {string} filter @param {any} body
	 * @returns {Promise<Delivery>}
	 */
	deliver(sub, filter, body) {
		const envelope = {
			uuid: crypto.randomUUID(),
			event: filter,
			timestamp: new Date().toISOString(),
			subscriptionId: sub.id,
			ownerId: sub._owner.extensionId,
			body,
		};
		const previous = this.queues.get(sub.id) || Promise.resolve();
		const run = previous.then(async () => {
			/** @type {Record<string, string>} */
			const headers = {
				'Content-Type': 'application/json; charset=UTF-8',
				'User-Agent': 'RingCentral-WebHook/emulator',
			};
			if (sub._verificationToken) headers['Verification-Token'] = sub._verificationToken;
			/** @type {Delivery} */
			const delivery = {
				kind: 'notification',
				subscriptionId: sub.id,
				address: sub.deliveryMode.address,
				event: filter,
				uuid: envelope.uuid,
				headers,
				body: envelope,
				status: 0,
				ok: false,
				time: envelope.timestamp,
			};
			if (sub.status !== 'Active') {
				delivery.error = `subscription is ${sub.status}`;
			} else {
				const res = await post(
					sub.deliveryMode.address,
					headers,
					JSON.stringify(envelope),
					this.emu.options.webhookTimeoutMs,
				);
				Object.assign(delivery, {
					status: res.status,
					ok: res.status >= 200 && res.status < 300,
					error: res.error,
					responseHeaders: res.headers,
					responseBody: res.body,
				});
				sub._failures = delivery.ok ? 0 : (sub._failures || 0) + 1;
				if (sub._failures >= this.emu.options.blacklistAfterFailures)
					this.blacklist(sub, `${sub._failures} deliveries in a row failed`);
			}
			this.deliveries.push(delivery);
			return delivery;
		});
		this.queues.set(sub.id, run);
		this.pending.add(run);
		run.finally(() => this.pending.delete(run)).catch(() => undefined);
		return run;
	}

	/** @param {any} sub @param {string} reason */
	blacklist(sub, reason) {
		sub.status = 'Blacklisted';
		sub.blacklistedData = { blacklistedAt: new Date().toISOString(), reason };
	}

	/** Resolves when every delivery under way (and any it queued) is done. */
	async idle() {
		while (this.pending.size) await Promise.all([...this.pending]);
	}

	/**
	 * Turns state changes into events, as RingCentral would: new and changed messages (message store,
	 * instant SMS/MMS, voicemail, fax) and A2P batches that changed status. Called after every request.
	 */
	scan() {
		const state = this.emu.state;
		const options = this.emu.options;
		settleMessages(state, options);
		settleBatches(state, options);
		if (this.baselineState !== state) {
			this.baselineState = state;
			this.seq = state.seq;
			this.firstNewId = state.nextId;
			this.batchStatus = new Map(state.a2pBatches.map((/** @type {any} */ b) => [b.id, b.status]));
			return;
		}
		if (!this.subscriptions.length) {
			this.seq = state.seq;
			this.firstNewId = state.nextId;
			for (const b of state.a2pBatches) this.batchStatus.set(b.id, b.status);
			return;
		}
		// Every change of a message takes `++state.seq`: nothing changed while the counter stands still.
		if (state.seq !== this.seq) {
			const changed = state.messages
				.filter((/** @type {any} */ m) => m._seq > this.seq)
				.sort((/** @type {any} */ a, /** @type {any} */ b) => a._seq - b._seq);
			this.seq = state.seq;
			for (const m of changed) this.messageEvents(m, m.id >= this.firstNewId);
		}
		this.firstNewId = state.nextId;
		for (const b of state.a2pBatches) {
			if (this.batchStatus.get(b.id) === b.status) continue;
			this.batchStatus.set(b.id, b.status);
			const { _ext, ...batch } = b;
			void this.publish('/restapi/v1.0/account/~/a2p-sms/batches', batch, {
				params: { from: b.from },
			});
		}
	}

	/** @param {any} m @param {boolean} isNew */
	messageEvents(m, isNew) {
		const ext = String(m.extensionId);
		const base = `/restapi/v1.0/account/~/extension/${ext}`;
		const record = publicRecord(m);
		const opts = { extensionId: ext };
		const type = m.type === 'VoiceMail' ? 'VoiceMail' : m.type;
		void this.publish(
			`${base}/message-store`,
			{
				extensionId: ext,
				ownerId: ext,
				// When the message was last modified: tells which message an update event is about.
				lastUpdated: m.lastModifiedTime || iso(Date.now()),
				changes: [
					{
						type,
						newCount: isNew ? 1 : 0,
						updatedCount: isNew ? 0 : 1,
						newMessageIds: isNew ? [m.id] : [],
					},
				],
			},
			{ ...opts, params: { type, direction: m.direction } },
		);
		if (!isNew || m.direction !== 'Inbound') return;
		const instant = {
			...record,
			id: String(m.id),
			conversationId: m.conversationId !== undefined ? String(m.conversationId) : undefined,
			ownerId: ext,
		};
		if (m.type === 'SMS') {
			const isMms = (m.attachments || []).some(
				(/** @type {any} */ a) => a.type === 'MmsAttachment',
			);
			void this.publish(`${base}/message-store/instant`, instant, {
				...opts,
				params: { type: isMms ? 'MMS' : 'SMS' },
			});
		} else if (m.type === 'VoiceMail') {
			void this.publish(`${base}/voicemail`, { ...record, type: 'Voicemail', ownerId: ext }, opts);
		} else if (m.type === 'Fax') {
			void this.publish(
				`${base}/fax`,
				{ ...record, ownerId: ext },
				{ ...opts, params: { direction: 'Inbound' } },
			);
		}
	}
}

module.exports = { Notifier, parseFilter, resolveFilter, classifyFilter, filterMatches, post };
