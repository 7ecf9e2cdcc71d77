// @ts-check
'use strict';
/**
 * The request pipeline: body parsing, spec match, authentication, rate limit, app permission,
 * spec validation, faults, then the stateful handler or the spec's mock response.
 */
const crypto = require('crypto');
const {
	matchOperation,
	validateRequest,
	mockResponse,
	requestBodySchema,
	resolveRef,
} = require('./spec');
const { ApiError, errorBody, defaultErrorBody } = require('./http');
const { parseMultipart, collect, toSpecBody } = require('./multipart');
const { handlers, files } = require('../routes');
const { isAdmin } = require('../seed/callLog');

const OAUTH_OPS = new Set(['authorize', 'authorize2', 'getToken', 'revokeToken']);
const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {any} emu the emulator (see index.js)
 * @param {import('http').IncomingMessage} req
 * @param {import('http').ServerResponse} res
 */
async function handle(emu, req, res) {
	const raw = await readBody(req);
	const url = new URL(req.url || '/', emu.url);
	const method = (req.method || 'GET').toUpperCase();
	const headers = /** @type {Record<string, any>} */ (req.headers);
	/** @type {Record<string, any>} */
	const query = {};
	for (const [k, v] of url.searchParams)
		query[k] = k in query ? [].concat(query[k], /** @type {any} */ (v)) : v;
	const entry = /** @type {Record<string, any>} */ ({
		method,
		path: url.pathname,
		query,
		headers,
		body: undefined,
		operationId: undefined,
		status: 0,
		throttlingGroup: undefined,
		time: new Date().toISOString(),
	});
	emu.requests.push(entry);
	/** @type {Record<string, string>} */
	let extraHeaders = { RCRequestId: crypto.randomUUID() };

	/** @param {number} status @param {any} body @param {Record<string, string>} [hdrs] */
	const sendJson = (status, body, hdrs = {}) => {
		entry.status = status;
		const payload = body === undefined ? '' : JSON.stringify(body);
		res.writeHead(status, {
			...extraHeaders,
			...(payload ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
			...hdrs,
		});
		res.end(payload);
	};
	/** @param {any[]} errors */
	const violation = (errors) => {
		emu.violations.push({ method, path: url.pathname, operationId: entry.operationId, errors });
		const first = errors[0] || {};
		const text =
			typeof first === 'string'
				? first
				: `${first.instancePath || ''} ${first.message || ''}`.trim();
		const list = errors.map((e) => ({
			errorCode: 'CMN-101',
			message: typeof e === 'string' ? e : `${e.instancePath || ''} ${e.message || ''}`.trim(),
			parameterName: paramName(e),
		}));
		sendJson(400, {
			errorCode: 'CMN-101',
			message: `Request violates the RingCentral OpenAPI spec: ${text}`,
			errors: list,
		});
	};

	try {
		const op = matchOperation(emu.spec, method, url.pathname);
		if (!op) {
			const file = method === 'GET' ? files.find((f) => f.pattern.test(url.pathname)) : undefined;
			if (file) {
				// A file behind a link RingCentral gave out (not an API path): authenticated, never validated against the spec.
				entry.operationId = file.name;
				const auth = emu.oauth.authenticate(headers);
				const result = await file.handler(
					{ emu, auth, state: emu.state, query, headers, baseUrl: emu.url },
					/** @type {RegExpExecArray} */ (file.pattern.exec(url.pathname)),
				);
				entry.status = result.status || 200;
				res.writeHead(entry.status, {
					...extraHeaders,
					'Content-Type': result.contentType || 'application/octet-stream',
					'Content-Length': String(result.raw.length),
					...(result.headers || {}),
				});
				return res.end(result.raw);
			}
			emu.violations.push({
				method,
				path: url.pathname,
				operationId: undefined,
				errors: [`${method} ${url.pathname} is not in the RingCentral OpenAPI spec`],
			});
			return sendJson(
				404,
				errorBody(
					'CMN-102',
					`Resource for parameter [path] is not found: ${method} ${url.pathname} is not in the RingCentral OpenAPI spec`,
					'path',
				),
			);
		}
		entry.operationId = op.operationId;
		entry.throttlingGroup = op.throttlingGroup;

		// Body
		const contentType = String(headers['content-type'] || '').toLowerCase();
		/** @type {any} */
		let body;
		/** @type {import('./multipart').ParsedMultipart | undefined} */
		let multipart;
		try {
			({ body, multipart } = parseBody(
				emu,
				raw,
				String(headers['content-type'] || ''),
				op.operationId,
			));
		} catch (err) {
			entry.body = raw.toString('utf8');
			return violation([`request body is not valid ${contentType || 'content'}: ${err.message}`]);
		}
		entry.body = multipart
			? {
					fields: multipart.fields,
					files: multipart.files.map((f) => ({
						name: f.name,
						filename: f.filename,
						contentType: f.contentType,
						size: f.data.length,
					})),
				}
			: body;

		// Authentication (OAuth endpoints authenticate the client themselves)
		const isOAuth = OAUTH_OPS.has(op.operationId);
		const auth = isOAuth ? undefined : emu.oauth.authenticate(headers);
		const rateKey = auth
			? `${auth.clientId}|${auth.extensionId}`
			: `${oauthClientId(headers, body, query)}|-`;
		const decision = emu.rateLimiter.hit(rateKey, op.throttlingGroup);
		if (decision) extraHeaders = { ...extraHeaders, ...decision.headers };
		if (decision && !decision.allowed)
			return sendJson(429, {
				errorCode: 'CMN-301',
				message: 'Request rate exceeded',
				errors: [{ errorCode: 'CMN-301', message: 'Request rate exceeded' }],
			});
		if (auth && op.appPermission && !auth.permissions.includes(op.appPermission)) {
			throw new ApiError(
				403,
				'CMN-401',
				`In order to call this API endpoint, application needs to have [${op.appPermission}] permission`,
			);
		}

		// Spec validation
		if (emu.options.validate) {
			const errors = validateRequest(
				emu.spec,
				{ method, path: url.pathname, rawQuery: url.search.slice(1), headers, body },
				op.operationId,
			);
			if (errors.length) return violation(errors);
		}

		const params = pathParams(op.path, url.pathname);
		const ctx = {
			emu,
			req,
			method,
			pathname: url.pathname,
			rawQuery: url.search.slice(1),
			query,
			headers,
			body,
			multipart,
			params,
			op,
			operationId: op.operationId,
			auth,
			state: emu.state,
			baseUrl: emu.url,
			accountId: '',
			extensionId: '',
		};
		if (auth) resolveOwner(ctx);

		// Faults
		const fault = emu.faults.take({ method, path: url.pathname, operationId: op.operationId });
		if (fault) {
			if (fault.delayMs) await sleep(fault.delayMs);
			if (fault.status || fault.drop || fault.malformedJson || fault.cutBody) {
				if (fault.processThenFail) await runHandler(ctx).catch(() => undefined);
				if (fault.drop) {
					entry.status = 0;
					entry.dropped = true;
					req.socket.destroy();
					return;
				}
				if (fault.cutBody) {
					// The head and the start of the error body, then nothing more ('hang') or a reset connection.
					entry.status = fault.status || 500;
					res.writeHead(entry.status, {
						...extraHeaders,
						'Content-Type': 'application/json; charset=utf-8',
						...(fault.headers || {}),
					});
					res.write('{"errorCode":"CMN-102","message":"Resource for parameter');
					if (fault.cutBody === 'reset') setTimeout(() => req.socket.destroy(), 50);
					return;
				}
				if (fault.malformedJson) {
					entry.status = fault.status || 200;
					res.writeHead(entry.status, {
						...extraHeaders,
						'Content-Type': 'application/json; charset=utf-8',
						...(fault.headers || {}),
					});
					return res.end('{"uri":"' + emu.url + '","records":[{"id":12');
				}
				const status = /** @type {number} */ (fault.status);
				return sendJson(
					status,
					fault.body !== undefined ? fault.body : defaultErrorBody(status),
					fault.headers || {},
				);
			}
		}

		const result = await runHandler(ctx);
		entry.status = result.status;
		if (result.redirect) {
			res.writeHead(302, { ...extraHeaders, Location: result.redirect });
			return res.end();
		}
		if (result.raw) {
			res.writeHead(result.status, {
				...extraHeaders,
				'Content-Type': result.contentType || 'application/octet-stream',
				'Content-Length': String(result.raw.length),
				...(result.headers || {}),
			});
			return res.end(result.raw);
		}
		if (result.stream) {
			// Large media produced while it is sent (core/media.js): piped with back-pressure, never held whole.
			res.writeHead(result.status, {
				...extraHeaders,
				'Content-Type': result.contentType || 'application/octet-stream',
				...(result.contentLength !== undefined
					? { 'Content-Length': String(result.contentLength) }
					: {}),
				...(result.headers || {}),
			});
			return await pipeBody(result.stream, res);
		}
		return sendJson(result.status, result.body, result.headers || {});
	} catch (err) {
		if (err instanceof ApiError) return sendJson(err.status, err.body, err.extra.headers || {});
		emu.errors.push(err);
		return sendJson(500, errorBody('CMN-500', `Emulator error: ${err && err.message}`));
	}
}

/**
 * Runs the stateful handler of an operation, or answers with the spec's mock response.
 * @param {any} ctx
 * @returns {Promise<{ status: number, body?: any, raw?: Buffer, stream?: import('stream').Readable, contentLength?: number, contentType?: string, headers?: Record<string, string>, redirect?: string }>}
 */
async function runHandler(ctx) {
	const handler = ctx.emu.handlers[ctx.operationId] || handlers[ctx.operationId];
	const result = handler ? await handler(ctx) : undefined;
	if (result) return { status: 200, ...result };
	const mock = mockResponse(ctx.emu.spec, ctx.operationId);
	if (mock.contentType && !/json/.test(mock.contentType))
		return {
			status: mock.status,
			raw: Buffer.from(typeof mock.body === 'string' ? mock.body : ''),
			contentType: mock.contentType,
		};
	return { status: mock.status, body: mock.status === 204 ? undefined : mock.body };
}

/**
 * @param {any} emu
 * @param {Buffer} raw
 * @param {string} contentTypeHeader
 * @param {string} operationId
 */
function parseBody(emu, raw, contentTypeHeader, operationId) {
	const contentType = contentTypeHeader.toLowerCase();
	if (!raw.length) return { body: undefined, multipart: undefined };
	if (/[/+]json/.test(contentType))
		return { body: JSON.parse(raw.toString('utf8')), multipart: undefined };
	if (contentType.startsWith('application/x-www-form-urlencoded')) {
		/** @type {Record<string, any>} */
		const form = {};
		for (const [k, v] of new URLSearchParams(raw.toString('utf8')))
			form[k] = k in form ? [].concat(form[k], /** @type {any} */ (v)) : v;
		return { body: form, multipart: undefined };
	}
	if (contentType.startsWith('multipart/')) {
		const multipart = collect(parseMultipart(raw, contentTypeHeader));
		const schema =
			requestBodySchema(emu.spec, operationId, 'multipart/form-data') ||
			requestBodySchema(emu.spec, operationId, 'application/json');
		return {
			body: toSpecBody(multipart, schema, (ref) => resolveRef(emu.spec.definition, ref)),
			multipart,
		};
	}
	return { body: raw.toString('utf8'), multipart: undefined };
}

/** Resolves `~` and checks the account/extension of the path. @param {any} ctx */
function resolveOwner(ctx) {
	const { params, auth, state } = ctx;
	ctx.accountId = auth.accountId;
	ctx.extensionId = auth.extensionId;
	if (params.accountId !== undefined) {
		if (params.accountId !== '~' && params.accountId !== String(state.accountId))
			throw new ApiError(404, 'CMN-102', 'Resource for parameter [accountId] is not found', {
				parameterName: 'accountId',
				parameterValue: params.accountId,
			});
	}
	if (params.extensionId !== undefined && params.extensionId !== '~') {
		const ext = state.extensions.find(
			(/** @type {any} */ e) => String(e.id) === params.extensionId,
		);
		if (!ext)
			throw new ApiError(404, 'CMN-102', 'Resource for parameter [extensionId] is not found', {
				parameterName: 'extensionId',
				parameterValue: params.extensionId,
			});
		if (params.extensionId !== auth.extensionId && !isAdmin(state, auth.extensionId))
			throw new ApiError(403, 'CMN-404', 'Attempt to access another extension');
		ctx.extensionId = params.extensionId;
	}
}

/** @param {string} template @param {string} actual */
function pathParams(template, actual) {
	/** @type {Record<string, string>} */
	const out = {};
	const t = template.split('/');
	const a = actual.split('/');
	t.forEach((seg, i) => {
		const m = /^\{(.+)\}$/.exec(seg);
		if (m && a[i] !== undefined) out[m[1]] = decodeURIComponent(a[i]);
	});
	return out;
}

/** @param {Record<string, any>} headers @param {any} body @param {Record<string, any>} query */
function oauthClientId(headers, body, query) {
	const auth = String(headers.authorization || '');
	if (/^basic /i.test(auth))
		return Buffer.from(auth.slice(6).trim(), 'base64').toString('utf8').split(':')[0];
	return (body && body.client_id) || query.client_id || 'anonymous';
}

/** @param {any} e */
function paramName(e) {
	if (!e || typeof e === 'string') return undefined;
	const parts = String(e.instancePath || '')
		.split('/')
		.filter(Boolean);
	if (e.params && e.params.missingProperty) parts.push(e.params.missingProperty);
	const cleaned = parts.filter(
		(p, i) =>
			!(i === 0 && ['requestBody', 'query', 'path', 'headers', 'params'].includes(p)) &&
			!/^\d+$/.test(p),
	);
	return cleaned.join('.') || undefined;
}

/**
 * Sends a stream as the response body; resolves when it is sent or the client went away (the stream is
 * then destroyed, so a generator stops producing).
 * @param {import('stream').Readable} stream @param {import('http').ServerResponse} res @returns {Promise<void>}
 */
function pipeBody(stream, res) {
	return new Promise((resolve) => {
		const done = () => {
			stream.destroy();
			resolve();
		};
		res.once('close', done);
		stream.once('error', () => {
			res.destroy();
			done();
		});
		stream.pipe(res);
	});
}

/** @param {import('http').IncomingMessage} req @returns {Promise<Buffer>} */
function readBody(req) {
	return new Promise((resolve, reject) => {
		/** @type {Buffer[]} */
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

module.exports = { handle };
