// @ts-check
'use strict';
/**
 * A stateful RingCentral emulator on loopback, speaking the real wire format and validating every
 * request against the official OpenAPI spec. See README.md in this folder.
 */
const http = require('http');
const crypto = require('crypto');
const { loadSpec } = require('./core/spec');
const { OAuth } = require('./core/oauth');
const { RateLimiter } = require('./core/rateLimit');
const { Faults } = require('./core/faults');
const { createDemoState, addMessage, iso } = require('./seed/state');
const { handle } = require('./core/server');
const { Notifier } = require('./simulation/notifications');
const { subscriptionTools, PERMISSION: WEBHOOK_PERMISSION } = require('./routes/subscriptions');
const callLog = require('./seed/callLog');
const { simulateCall } = require('./simulation/calls');
const smsConsents = require('./routes/smsConsents');
const smsConfiguration = require('./routes/smsConfiguration');
const telephony = require('./simulation/telephony');
const { callHandlingOf } = require('./routes/callHandling');
const events = require('./simulation/events');

/**
 * @typedef {{
 *   port?: number, host?: string,
 *   accessTokenTtl?: number, refreshTokenTtl?: number,
 *   rateLimits?: Record<string, number> | false, rateWindowMs?: number, penaltyMs?: number,
 *   validate?: boolean, deliveryDelayMs?: number, a2pCompleteMs?: number,
 *   clientId?: string, clientSecret?: string, jwtSecret?: string,
 *   webhookTimeoutMs?: number, blacklistAfterFailures?: number, callLogMaxPerPage?: number, recordingDelayMs?: number,
 * }} EmulatorOptions
 */

/** RingCentral's documented defaults per user and app, per minute. */
const DEFAULT_RATE_LIMITS = Object.freeze({ Light: 50, Medium: 40, Heavy: 10, Auth: 5 });

/**
 * Makes a server listen on `host:port` (port 0: a free one); resolves to its base URL.
 * @param {import('http').Server} server @param {number} port @param {string} host
 * @returns {Promise<string>}
 */
async function listen(server, port, host) {
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve(undefined));
	});
	const address = /** @type {import('net').AddressInfo} */ (server.address());
	return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

/**
 * Starts an emulator. Resolves once it listens.
 * @param {EmulatorOptions} [options]
 */
async function startEmulator(options = {}) {
	const opts = {
		port: 0,
		host: '127.0.0.1',
		accessTokenTtl: 3600,
		refreshTokenTtl: 604800,
		rateLimits: /** @type {Record<string, number> | false} */ (false),
		rateWindowMs: 60000,
		penaltyMs: 60000,
		validate: true,
		deliveryDelayMs: 0,
		a2pCompleteMs: 0,
		clientId: 'emulatorClientId',
		clientSecret: 'emulatorClientSecret',
		jwtSecret: crypto.randomBytes(16).toString('hex'),
		webhookTimeoutMs: 3000,
		blacklistAfterFailures: 5,
		callLogMaxPerPage: 1000,
		recordingDelayMs: 0,
		...options,
	};
	const spec = await loadSpec();
	const server = http.createServer();
	const url = await listen(server, opts.port, opts.host);
	let state = createDemoState(url);
	const rateLimiter = new RateLimiter({
		limits: opts.rateLimits,
		windowMs: opts.rateWindowMs,
		penaltyMs: opts.penaltyMs,
	});
	const faults = new Faults();
	const oauth = new OAuth({
		accessTokenTtl: opts.accessTokenTtl,
		refreshTokenTtl: opts.refreshTokenTtl,
		allPermissions: [...new Set([...spec.appPermissions, WEBHOOK_PERMISSION])].sort(),
		state: () => state,
		jwtSecret: opts.jwtSecret,
	});
	const client = { clientId: opts.clientId, clientSecret: opts.clientSecret };
	oauth.addClient(client);
	const notifications = new Notifier({
		url,
		options: opts,
		get state() {
			return state;
		},
	});

	const emu = {
		url,
		client,
		spec,
		options: opts,
		oauth,
		rateLimiter,
		faults,
		/** Webhook deliveries over HTTP (simulation/notifications.js). */
		notifications,
		/** Subscription inspection, compressed time and breakage (routes/subscriptions.js). */
		subscriptions: subscriptionTools(notifications),
		/** @type {Record<string, import('./routes').Handler>} per-instance handler overrides, keyed by operationId */
		handlers: {},
		get state() {
			return state;
		},
		/** @type {any[]} every request received */
		requests: [],
		/** @type {any[]} every spec violation */
		violations: [],
		/** @type {any[]} unexpected exceptions inside the emulator (answered 500) */
		errors: [],
		/** @param {{ extensionId?: string, expiresIn?: number, secret?: string }} [o] */
		createJwt: (o) => oauth.createJwt(o),
		/** @param {{ extensionId?: string, clientId?: string }} [o] */
		issueTokens: (o = {}) => oauth.issueTokens(o.clientId || client.clientId, o),
		/** @param {import('./core/oauth').Client} c */
		addClient: (c) => oauth.addClient(c),
		expireAccessTokens: () => oauth.expireAccessTokens(),
		/** @param {import('./core/faults').FaultMatch} match @param {import('./core/faults').Fault} fault */
		setFault: (match, fault) => faults.add(match, fault),
		clearFaults: () => faults.clear(),
		/**
		 * Delivers an inbound SMS (or MMS with attachments) into an extension's message store, and its
		 * events to matching webhook subscriptions.
		 * @param {{ from: string, to?: string, text: string, extensionId?: string, readStatus?: string,
		 *   attachments?: { contentType: string, data: Buffer, fileName?: string }[] }} m
		 */
		addInboundSms: (m) => {
			const extensionId = m.extensionId || state.defaultExtensionId;
			const own = state.phoneNumbers.find(
				(/** @type {any} */ p) =>
					String(p.extension.id) === extensionId && p.features.includes('SmsSender'),
			);
			const media = (m.attachments || []).map((a) => ({ type: 'MmsAttachment', ...a }));
			const record = addMessage(
				state,
				url,
				{
					type: 'SMS',
					direction: 'Inbound',
					from: { phoneNumber: m.from },
					to: [{ phoneNumber: m.to || (own && own.phoneNumber) }],
					subject: m.text,
					readStatus: m.readStatus || 'Unread',
					messageStatus: 'Received',
					creationTime: iso(Date.now()),
				},
				[
					{
						type: 'Text',
						contentType: 'text/plain',
						data: Buffer.from(m.text),
						fileName: 'text.txt',
					},
					...media,
				],
				extensionId,
			);
			notifications.scan();
			return record;
		},
		/** Webhook deliveries and validation requests sent (see simulation/notifications.js). @type {import('./simulation/notifications').Delivery[]} */
		get deliveries() {
			return notifications.deliveries;
		},
		/**
		 * Publishes an event to matching subscriptions; resolves when delivered.
		 * @param {string} event @param {any} body @param {{ extensionId?: string, params?: Record<string, string | string[] | boolean> }} [o]
		 */
		publish: (event, body, o) => notifications.publish(event, body, o),
		/** Lets time pass: settles queued messages and batches and sends the events of state changes. */
		tick: () => notifications.scan(),
		/** Resolves when every delivery under way is done. */
		waitForDeliveries: () => notifications.idle(),
		/** An outbound SMS or fax moves to `status` (Queued, Sent, Delivered, DeliveryFailed, SendingFailed); its events go out. @param {any} message @param {string} status */
		setMessageStatus: (message, status) => events.setMessageStatus(emu, message, status),
		/** A voicemail's transcription moves on; `text` adds the AudioTranscription attachment. @param {any} message @param {{ status?: string, text?: string }} o */
		transcribeVoicemail: (message, o) => events.transcribeVoicemail(emu, message, o),
		/** An SMS opt-out or opt-in (A2P consent event); resolves when delivered. @param {Parameters<typeof events.smsConsentChanged>[1]} o */
		smsConsentChanged: (o) => events.smsConsentChanged(emu, o),
		/** RingSense insights of a recording are ready (readable, and the event goes out). @param {Parameters<typeof events.addCallInsights>[1]} [o] */
		addCallInsights: (o) => events.addCallInsights(emu, o),
		/** A webinar session starts (Active) or ends (Finished): the event goes to webinar subscriptions. @param {Parameters<typeof events.webinarSessionChanged>[1]} o */
		webinarSessionChanged: (o) => events.webinarSessionChanged(emu, o),
		/** A call with its telephony-session and presence events and its call log record. @param {Parameters<typeof simulateCall>[1]} [o] */
		simulateCall: (o) => simulateCall(emu, o),
		/**
		 * The account's SMS consent records (routes/smsConsents.js): { from, to, optStatus, source, lastModifiedTime }.
		 * @returns {import('./routes/smsConsents').ConsentRecord[]}
		 */
		get smsConsents() {
			return smsConsents.consentsOf(state);
		},
		/**
		 * Opts `to` out of SMS from `from` (one of the account's numbers, or `*` for all of them), as a
		 * recipient's STOP reply would. @param {{ from: string, to: string, source?: string }} o
		 */
		addSmsOptOut: (o) => smsConsents.setConsent(state, { ...o, optStatus: 'OptOut' }),
		/** Adds or replaces a consent record. @param {Parameters<typeof smsConsents.setConsent>[1]} o */
		setSmsConsent: (o) => smsConsents.setConsent(state, o),
		/**
		 * 10DLC registration of each number by phone number id (routes/smsConfiguration.js): `{ campaign?, brand? }`.
		 * @returns {Record<string, import('./routes/smsConfiguration').SmsConfiguration>}
		 */
		get smsConfigurations() {
			return smsConfiguration.configurationsOf(state);
		},
		/**
		 * Sets the TCR campaign and/or brand of one of the account's numbers (`null` removes it), e.g.
		 * `{ phoneNumber, campaign: { status: 'SubmitFailed', errors: [...] } }`.
		 * @param {Parameters<typeof smsConfiguration.setSmsConfiguration>[1]} o
		 */
		setSmsConfiguration: (o) => smsConfiguration.setSmsConfiguration(state, o),
		/** Adds a call log record without events. @param {Parameters<typeof callLog.addCallLogRecord>[2]} o */
		addCallLogRecord: (o) => callLog.addCallLogRecord(state, url, o),
		/**
		 * Many call log records at once (100,000 in about a second): `count` calls spread over [from, to) (ms).
		 * @param {Parameters<typeof callLog.seedCallLogBulk>[2]} o
		 */
		addCallLogRecords: (o) => callLog.seedCallLogBulk(state, url, o),
		/** Compressed time: call log records move `seconds` into the past. @param {number} seconds @param {(r: any) => boolean} [which] */
		ageCallLog: (seconds, which) => callLog.ageCallLog(state, seconds, which),
		/**
		 * Live calls, devices and RingOut calls (simulation/telephony.js): `sessions`, `ringOuts`, `devices`,
		 * `ringOutScript[to] = { afterReads, callStatus, calleeStatus }`, `ringOutRetryAfter` (seconds).
		 */
		get telephony() {
			return telephony.telephonyOf(state);
		},
		/**
		 * A call in progress (ringing by default) at an extension; returns the session with its parties.
		 * @param {Parameters<typeof telephony.startCall>[1]} [o]
		 */
		startCall: (o) => telephony.startCall(state, o),
		/** Call handling of users (routes/callHandling.js): set `newCallHandling` to true for an upgraded account. */
		get callHandling() {
			return callHandlingOf(state);
		},
		/** Requests for one operation. @param {string} operationId */
		requestsFor: (operationId) => emu.requests.filter((r) => r.operationId === operationId),
		/** Back to demo data; clears requests, violations, faults, tokens and rate-limit windows (clients stay). */
		reset: () => {
			state = createDemoState(url);
			notifications.reset();
			emu.requests.length = 0;
			emu.violations.length = 0;
			emu.errors.length = 0;
			faults.clear();
			oauth.resetTokens();
			rateLimiter.reset();
		},
		/** @returns {Promise<void>} */
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
	server.on('request', (req, res) => {
		handle(emu, req, res).then(
			() => notifications.scan(),
			(err) => {
				emu.errors.push(err);
				if (!res.headersSent) res.writeHead(500);
				res.end();
			},
		);
	});
	return emu;
}

/** @typedef {Awaited<ReturnType<typeof startEmulator>>} Emulator */

module.exports = { startEmulator, DEFAULT_RATE_LIMITS };
