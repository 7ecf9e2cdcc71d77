// @ts-check
'use strict';
/**
 * OAuth 2.0 as RingCentral runs it: authorization code (+PKCE), rotating refresh tokens,
 * JWT bearer, revoke, and bearer-token authentication of API calls.
 */
const crypto = require('crypto');
const { ApiError } = require('./http');

/**
 * @typedef {{ clientId: string, clientSecret?: string, permissions?: string[], redirectUris?: string[] }} Client
 * @typedef {{ kind: 'access'|'refresh', token: string, clientId: string, accountId: string, extensionId: string,
 *   expiresAt: number, revoked: boolean, used?: boolean, pairId: string }} TokenRecord
 * @typedef {{ clientId: string, accountId: string, extensionId: string, token: string, permissions: string[] }} AuthInfo
 */

/** An OAuth error (`{"error":"...","error_description":"...","errors":[...]}`). */
class OAuthError extends ApiError {
	/**
	 * @param {number} status
	 * @param {string} error
	 * @param {string} errorCode
	 * @param {string} description
	 */
	constructor(status, error, errorCode, description) {
		super(status, errorCode, description, {
			body: {
				error,
				error_description: description,
				errors: [{ errorCode, message: description }],
			},
		});
	}
}

const random = (/** @type {number} */ n) => crypto.randomBytes(n).toString('base64url');
const b64json = (/** @type {any} */ v) => Buffer.from(JSON.stringify(v)).toString('base64url');

class OAuth {
	/**
	 * @param {{ accessTokenTtl: number, refreshTokenTtl: number, allPermissions: string[],
	 *   state: () => any, jwtSecret: string }} opts
	 */
	constructor(opts) {
		this.opts = opts;
		/** @type {Map<string, Client>} */
		this.clients = new Map();
		/** @type {Map<string, TokenRecord>} */
		this.tokens = new Map();
		/** @type {Map<string, any>} */
		this.codes = new Map();
	}

	/** @param {Client} client */
	addClient(client) {
		this.clients.set(client.clientId, { permissions: this.opts.allPermissions, ...client });
		return client;
	}

	resetTokens() {
		this.tokens.clear();
		this.codes.clear();
	}

	expireAccessTokens() {
		for (const t of this.tokens.values()) if (t.kind === 'access') t.expiresAt = Date.now() - 1000;
	}

	/** @param {string} [extensionId] */
	resolveExtension(extensionId) {
		const state = this.opts.state();
		const id = extensionId || state.defaultExtensionId;
		const ext = state.extensions.find(
			(/** @type {any} */ e) => String(e.id) === String(id) || e.extensionNumber === String(id),
		);
		return ext;
	}

	/**
	 * @param {string} clientId
	 * @param {{ extensionId?: string, accountId?: string }} [who]
	 */
	issueTokens(clientId, who = {}) {
		const ext = this.resolveExtension(who.extensionId);
		if (!ext)
			throw new OAuthError(400, 'invalid_grant', 'OAU-140', 'Invalid resource owner credentials');
		const state = this.opts.state();
		const now = Date.now();
		const pairId = crypto.randomUUID();
		const prefix = 'RCEMU';
		const base = {
			clientId,
			accountId: String(state.account.id),
			extensionId: String(ext.id),
			revoked: false,
			pairId,
		};
		const access = {
			...base,
			kind: /** @type {'access'} */ ('access'),
			token: `${prefix}A.${random(24)}`,
			expiresAt: now + this.opts.accessTokenTtl * 1000,
		};
		const refresh = {
			...base,
			kind: /** @type {'refresh'} */ ('refresh'),
			token: `${prefix}R.${random(24)}`,
			expiresAt: now + this.opts.refreshTokenTtl * 1000,
		};
		this.tokens.set(access.token, access);
		this.tokens.set(refresh.token, refresh);
		const client = this.clients.get(clientId);
		return {
			access_token: access.token,
			token_type: 'bearer',
			expires_in: this.opts.accessTokenTtl,
			refresh_token: refresh.token,
			refresh_token_expires_in: this.opts.refreshTokenTtl,
			scope: ((client && client.permissions) || this.opts.allPermissions).join(' '),
			owner_id: String(ext.id),
			endpoint_id: random(16),
			session_id: pairId,
			session_expires_in: this.opts.refreshTokenTtl,
			session_expiration_time: new Date(now + this.opts.refreshTokenTtl * 1000).toISOString(),
			session_idle_timeout: this.opts.refreshTokenTtl,
		};
	}

	/** A JWT assertion (HS256, signed with the emulator's secret) for the jwt-bearer grant.
	 * @param {{ extensionId?: string, expiresIn?: number, audience?: string, secret?: string }} [opts] */
	createJwt(opts = {}) {
		const ext = this.resolveExtension(opts.extensionId);
		const now = Math.floor(Date.now() / 1000);
		const payload = {
			aud: opts.audience || 'https://platform.ringcentral.com/restapi/oauth/token',
			sub: String(ext ? ext.id : opts.extensionId),
			iss: 'https://platform.ringcentral.com',
			exp: now + (opts.expiresIn || 3600 * 24 * 365),
			iat: now,
			jti: random(12),
		};
		const unsigned = `${b64json({ alg: 'HS256', typ: 'JWT' })}.${b64json(payload)}`;
		const sig = crypto
			.createHmac('sha256', opts.secret || this.opts.jwtSecret)
			.update(unsigned)
			.digest('base64url');
		return `${unsigned}.${sig}`;
	}

	/** @param {string} assertion @returns {string} the extension id */
	verifyJwt(assertion) {
		const bad = (/** @type {string} */ why) =>
			new OAuthError(400, 'invalid_grant', 'OAU-144', `Invalid JWT: ${why}`);
		const parts = String(assertion || '').split('.');
		if (parts.length !== 3) throw bad('malformed token');
		const sig = crypto
			.createHmac('sha256', this.opts.jwtSecret)
			.update(`${parts[0]}.${parts[1]}`)
			.digest('base64url');
		if (sig !== parts[2]) throw bad('signature verification failed');
		let payload;
		try {
			payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
		} catch {
			throw bad('malformed payload');
		}
		if (payload.exp && payload.exp * 1000 < Date.now()) throw bad('token expired');
		const ext = this.resolveExtension(payload.sub);
		if (!ext || ext.status !== 'Enabled')
			throw new OAuthError(400, 'invalid_grant', 'OAU-140', 'Invalid resource owner credentials');
		return String(ext.id);
	}

	/**
	 * Client authentication at the token endpoint: HTTP Basic, or client_id(+secret) in the body.
	 * @param {Record<string, any>} headers
	 * @param {Record<string, any>} body
	 * @param {boolean} allowPublic PKCE code exchange: a client_id without secret is enough
	 */
	authenticateClient(headers, body, allowPublic) {
		let id = body.client_id;
		let secret = body.client_secret;
		const auth = String(headers.authorization || '');
		if (/^basic /i.test(auth)) {
			const decoded = Buffer.from(auth.slice(6).trim(), 'base64').toString('utf8');
			const i = decoded.indexOf(':');
			id = decoded.slice(0, i < 0 ? undefined : i);
			secret = i < 0 ? '' : decoded.slice(i + 1);
		}
		if (!id)
			throw new OAuthError(401, 'invalid_client', 'OAU-123', 'Client authentication is required');
		const client = this.clients.get(id);
		if (!client) throw new OAuthError(401, 'invalid_client', 'OAU-153', `Invalid client: ${id}`);
		const secretOk = secret !== undefined && secret !== '' && client.clientSecret === secret;
		if (!secretOk && !(allowPublic && (secret === undefined || secret === ''))) {
			throw new OAuthError(401, 'invalid_client', 'OAU-153', `Invalid client: ${id}`);
		}
		return client;
	}

	/**
	 * GET/POST /restapi/oauth/authorize: auto-approves as `extension` (query, emulator extension) or the default user.
	 * @param {Record<string, any>} q
	 * @returns {string} the redirect location
	 */
	authorize(q) {
		const client = this.clients.get(q.client_id);
		if (!client)
			throw new OAuthError(400, 'invalid_client', 'OAU-153', `Invalid client: ${q.client_id}`);
		if (q.response_type !== 'code')
			throw new OAuthError(
				400,
				'unsupported_response_type',
				'OAU-101',
				'Parameter [response_type] is invalid',
			);
		if (!q.redirect_uri)
			throw new OAuthError(
				400,
				'invalid_request',
				'OAU-101',
				'Parameter [redirect_uri] is missing',
			);
		if (client.redirectUris && !client.redirectUris.includes(q.redirect_uri))
			throw new OAuthError(
				400,
				'invalid_request',
				'OAU-101',
				'Parameter [redirect_uri] is invalid',
			);
		if (q.code_challenge_method && !['S256', 'plain'].includes(q.code_challenge_method))
			throw new OAuthError(
				400,
				'invalid_request',
				'OAU-101',
				'Parameter [code_challenge_method] is invalid',
			);
		const ext = this.resolveExtension(q.extension || q.login_hint);
		if (!ext) throw new OAuthError(400, 'invalid_request', 'OAU-101', 'Unknown user');
		const code = `RCEMUC.${random(18)}`;
		this.codes.set(code, {
			clientId: client.clientId,
			redirectUri: q.redirect_uri,
			challenge: q.code_challenge,
			method: q.code_challenge_method || (q.code_challenge ? 'plain' : undefined),
			extensionId: String(ext.id),
			expiresAt: Date.now() + 60000,
			used: false,
		});
		const url = new URL(q.redirect_uri);
		url.searchParams.set('code', code);
		if (q.state !== undefined) url.searchParams.set('state', q.state);
		return url.toString();
	}

	/**
	 * POST /restapi/oauth/token
	 * @param {Record<string, any>} headers
	 * @param {Record<string, any>} body form fields
	 */
	token(headers, body) {
		const grant = body.grant_type;
		const missing = (/** @type {string} */ p) =>
			new OAuthError(400, 'invalid_request', 'OAU-101', `Parameter [${p}] is missing`);
		if (!grant) throw missing('grant_type');
		if (grant === 'authorization_code') {
			const entry = this.codes.get(body.code);
			const client = this.authenticateClient(headers, body, !!(entry && entry.challenge));
			if (!body.code) throw missing('code');
			const invalid = new OAuthError(
				400,
				'invalid_grant',
				'OAU-109',
				'Authorization code is invalid or expired',
			);
			if (
				!entry ||
				entry.used ||
				entry.expiresAt < Date.now() ||
				entry.clientId !== client.clientId
			)
				throw invalid;
			entry.used = true;
			if (body.redirect_uri !== entry.redirectUri)
				throw new OAuthError(400, 'invalid_grant', 'OAU-110', 'Redirect URI mismatch');
			if (entry.challenge) {
				if (!body.code_verifier) throw missing('code_verifier');
				const computed =
					entry.method === 'S256'
						? crypto.createHash('sha256').update(String(body.code_verifier)).digest('base64url')
						: String(body.code_verifier);
				if (computed !== entry.challenge)
					throw new OAuthError(400, 'invalid_grant', 'OAU-111', 'Code verifier is invalid');
			}
			return this.issueTokens(client.clientId, { extensionId: entry.extensionId });
		}
		if (grant === 'refresh_token') {
			const client = this.authenticateClient(headers, body, true);
			if (!body.refresh_token) throw missing('refresh_token');
			const rec = this.tokens.get(body.refresh_token);
			if (!rec || rec.kind !== 'refresh' || rec.clientId !== client.clientId)
				throw new OAuthError(400, 'invalid_grant', 'OAU-211', 'Token not found');
			if (rec.used || rec.revoked)
				throw new OAuthError(400, 'invalid_grant', 'OAU-211', 'Token is revoked');
			if (rec.expiresAt < Date.now())
				throw new OAuthError(400, 'invalid_grant', 'OAU-212', 'Token is expired');
			rec.used = true;
			return this.issueTokens(client.clientId, { extensionId: rec.extensionId });
		}
		if (grant === 'urn:ietf:params:oauth:grant-type:jwt-bearer') {
			const client = this.authenticateClient(headers, body, false);
			if (!body.assertion) throw missing('assertion');
			return this.issueTokens(client.clientId, { extensionId: this.verifyJwt(body.assertion) });
		}
		throw new OAuthError(
			400,
			'unsupported_grant_type',
			'OAU-250',
			`Unsupported grant type: ${grant}`,
		);
	}

	/** POST /restapi/oauth/revoke: revokes the token and its pair. Unknown tokens are ignored (RFC 7009).
	 * @param {Record<string, any>} body @param {Record<string, any>} query */
	revoke(body, query) {
		const token = body.token || query.token;
		const rec = this.tokens.get(token);
		if (!rec) return;
		for (const t of this.tokens.values()) if (t.pairId === rec.pairId) t.revoked = true;
	}

	/**
	 * Bearer authentication of an API request.
	 * @param {Record<string, any>} headers
	 * @returns {AuthInfo}
	 */
	authenticate(headers) {
		const auth = String(headers.authorization || '');
		if (!auth) throw new ApiError(401, 'AGW-401', 'Authorization header is not specified');
		const m = /^bearer\s+(\S+)$/i.exec(auth);
		if (!m) throw new ApiError(401, 'AGW-402', 'Invalid Authorization header');
		const rec = this.tokens.get(m[1]);
		if (!rec) {
			if (!m[1].startsWith('RCEMU'))
				throw new ApiError(401, 'OAU-149', 'Unparsable access token', {
					body: {
						errorCode: 'TokenInvalid',
						message: 'Unparsable access token',
						errors: [{ errorCode: 'OAU-149', message: 'Unparsable access token' }],
					},
				});
			throw new ApiError(401, 'OAU-213', 'Token not found', {
				body: {
					errorCode: 'TokenInvalid',
					message: 'Token not found',
					errors: [{ errorCode: 'OAU-213', message: 'Token not found' }],
				},
			});
		}
		if (rec.kind !== 'access')
			throw new ApiError(401, 'OAU-129', 'Access token corrupted', {
				body: {
					errorCode: 'TokenInvalid',
					message: 'Access token corrupted',
					errors: [{ errorCode: 'OAU-129', message: 'Access token corrupted' }],
				},
			});
		if (rec.revoked)
			throw new ApiError(401, 'OAU-213', 'Token not found', {
				body: {
					errorCode: 'TokenInvalid',
					message: 'Token not found',
					errors: [{ errorCode: 'OAU-213', message: 'Token not found' }],
				},
			});
		if (rec.expiresAt < Date.now())
			throw new ApiError(401, 'OAU-213', 'Access token expired', {
				body: {
					errorCode: 'TokenExpired',
					message: 'Access token expired',
					errors: [{ errorCode: 'OAU-213', message: 'Access token expired' }],
				},
			});
		const client = this.clients.get(rec.clientId);
		return {
			clientId: rec.clientId,
			accountId: rec.accountId,
			extensionId: rec.extensionId,
			token: rec.token,
			permissions: (client && client.permissions) || this.opts.allPermissions,
		};
	}
}

module.exports = { OAuth, OAuthError };
