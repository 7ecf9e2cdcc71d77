// @ts-check
'use strict';
/**
 * A stateful RingCentral emulator on loopback, speaking the real wire format and validating every
 * request against the official OpenAPI spec. See README.md in this folder.
 */
const http = require('http');
const crypto = require('crypto');
const { loadSpec } = require('./spec');
const { OAuth } = require('./oauth');
const { RateLimiter } = require('./rateLimit');
const { Faults } = require('./faults');
const { createDemoState, addMessage, iso } = require('./state');
const { handle } = require('./server');

/**
 * @typedef {{
 *   port?: number, host?: string,
 *   accessTokenTtl?: number, refreshTokenTtl?: number,
 *   rateLimits?: Record<string, number> | false, rateWindowMs?: number, penaltyMs?: number,
 *   validate?: boolean, deliveryDelayMs?: number, a2pCompleteMs?: number,
 *   clientId?: string, clientSecret?: string, jwtSecret?: string,
 * }} EmulatorOptions
 */

/** RingCentral's documented defaults per user and app, per minute. */
const DEFAULT_RATE_LIMITS = Object.freeze({ Light: 50, Medium: 40, Heavy: 10, Auth: 5 });

/**
 * Starts an emulator. Resolves once it listens.
 * @param {EmulatorOptions} [options]
 */
async function startEmulator(options = {}) {
	const opts = {
		port: 0, host: '127.0.0.1', accessTokenTtl: 3600, refreshTokenTtl: 604800,
		rateLimits: /** @type {Record<string, number> | false} */ (false), rateWindowMs: 60000, penaltyMs: 60000,
		validate: true, deliveryDelayMs: 0, a2pCompleteMs: 0,
		clientId: 'emulatorClientId', clientSecret: 'emulatorClientSecret', jwtSecret: crypto.randomBytes(16).toString('hex'),
		...options,
	};
	const spec = await loadSpec();
	const server = http.createServer();
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(opts.port, opts.host, () => resolve(undefined));
	});
	const address = /** @type {import('net').AddressInfo} */ (server.address());
	const url = `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${address.port}`;
	let state = createDemoState(url);
	const rateLimiter = new RateLimiter({ limits: opts.rateLimits, windowMs: opts.rateWindowMs, penaltyMs: opts.penaltyMs });
	const faults = new Faults();
	const oauth = new OAuth({ accessTokenTtl: opts.accessTokenTtl, refreshTokenTtl: opts.refreshTokenTtl, allPermissions: spec.appPermissions, state: () => state, jwtSecret: opts.jwtSecret });
	const client = { clientId: opts.clientId, clientSecret: opts.clientSecret };
	oauth.addClient(client);

	const emu = {
		url,
		client,
		spec,
		options: opts,
		oauth,
		rateLimiter,
		faults,
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
		/** @param {import('./oauth').Client} c */
		addClient: (c) => oauth.addClient(c),
		expireAccessTokens: () => oauth.expireAccessTokens(),
		/** @param {import('./faults').FaultMatch} match @param {import('./faults').Fault} fault */
		setFault: (match, fault) => faults.add(match, fault),
		clearFaults: () => faults.clear(),
		/**
		 * Delivers an inbound SMS (or MMS with attachments) into an extension's message store.
		 * @param {{ from: string, to?: string, text: string, extensionId?: string, readStatus?: string }} m
		 */
		addInboundSms: (m) => {
			const extensionId = m.extensionId || state.defaultExtensionId;
			const own = state.phoneNumbers.find((/** @type {any} */ p) => String(p.extension.id) === extensionId && p.features.includes('SmsSender'));
			return addMessage(state, url, { type: 'SMS', direction: 'Inbound', from: { phoneNumber: m.from }, to: [{ phoneNumber: m.to || (own && own.phoneNumber) }], subject: m.text, readStatus: m.readStatus || 'Unread', messageStatus: 'Received', creationTime: iso(Date.now()) }, [{ type: 'Text', contentType: 'text/plain', data: Buffer.from(m.text), fileName: 'text.txt' }], extensionId);
		},
		/** Requests for one operation. @param {string} operationId */
		requestsFor: (operationId) => emu.requests.filter((r) => r.operationId === operationId),
		/** Back to demo data; clears requests, violations, faults, tokens and rate-limit windows (clients stay). */
		reset: () => {
			state = createDemoState(url);
			emu.requests.length = 0;
			emu.violations.length = 0;
			emu.errors.length = 0;
			faults.clear();
			oauth.resetTokens();
			rateLimiter.reset();
		},
		/** @returns {Promise<void>} */
		close: () => new Promise((resolve) => {
			server.close(() => resolve());
			server.closeAllConnections();
		}),
	};
	server.on('request', (req, res) => {
		handle(emu, req, res).catch((err) => {
			emu.errors.push(err);
			if (!res.headersSent) res.writeHead(500);
			res.end();
		});
	});
	return emu;
}

/** @typedef {Awaited<ReturnType<typeof startEmulator>>} Emulator */

module.exports = { startEmulator, DEFAULT_RATE_LIMITS };
