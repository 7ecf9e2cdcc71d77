import type {
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	IN8nHttpFullResponse,
	IPollFunctions,
	ITriggerFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import { ringCentralApiError } from './errors';
import { headerValue } from './headers';
import { oncePerRun } from './perRun';
import { limiterKey, pacer, parseRetryAfter, RETRY_POLICY, retryDelay } from './rateLimit';
import { withSpecFacts } from './facts';
import type { OperationMeta } from './types';

export type RingCentralContext =
	| IExecuteFunctions
	| IExecuteSingleFunctions
	| ILoadOptionsFunctions
	| IHookFunctions
	| IPollFunctions
	| ITriggerFunctions
	| IWebhookFunctions;

export const CODE_FLOW_CREDENTIAL = 'ringCentralOAuth2Api';
export const JWT_CREDENTIAL = 'ringCentralJwtApi';
export type AuthenticationMethod = 'oAuth2' | 'jwt';
export const DEFAULT_AUTHENTICATION: AuthenticationMethod = 'oAuth2';

/** The credential chosen by the node's Authentication parameter (never an expression, so read raw). */
export function credentialTypeOf(ctx: RingCentralContext): string {
	const method =
		(ctx.getNode().parameters.authentication as AuthenticationMethod | undefined) ??
		DEFAULT_AUTHENTICATION;
	return method === 'jwt' ? JWT_CREDENTIAL : CODE_FLOW_CREDENTIAL;
}

interface FailureDetails {
	status?: number;
	headers: Record<string, unknown>;
	body?: unknown;
	networkCode?: string;
	/** The answer arrived but was not the JSON it claimed to be. */
	malformed?: boolean;
	/** What went wrong when neither RingCentral nor the network says (e.g. n8n could not prepare the request). */
	reason?: string;
}

const NETWORK_CODES = new Set([
	'ECONNRESET',
	'ECONNABORTED',
	'ETIMEDOUT',
	'EPIPE',
	'ECONNREFUSED',
	'ENOTFOUND',
	'EAI_AGAIN',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

/** A non-2xx answer: requests go out with `ignoreHttpStatusErrors`, so every n8n hands it over whole. */
function failureOf(response: IN8nHttpFullResponse): FailureDetails {
	return {
		status: response.statusCode,
		headers: response.headers ?? {},
		body: parsedBody(response.body),
	};
}

function parsedBody(body: unknown): unknown {
	if (body instanceof ArrayBuffer) body = Buffer.from(body);
	if (Buffer.isBuffer(body)) body = body.toString('utf8');
	if (typeof body !== 'string') return body;
	try {
		return JSON.parse(body);
	} catch {
		// Not JSON: keep the text; it becomes the error message.
		return body;
	}
}

/**
 * An error n8n threw: no answer (network), or a failure after n8n's own 401 handling (token refresh,
 * JWT re-mint). n8n wraps the HTTP client's error in a NodeApiError; newer n8n keep it as `cause`, but
 * n8n-workflow 2.8 drops it (a class field resets `cause`) and keeps only `httpCode` (the status, or
 * the network code), the JSON body in `context.data`, and the client's message in `messages`.
 */
function describeFailure(error: unknown): FailureDetails {
	const err = error as {
		cause?: unknown;
		response?: unknown;
		code?: string;
		httpCode?: string | null;
		message?: string;
		messages?: unknown[];
		context?: { data?: unknown };
	};
	const cause = (err.cause ?? err) as { response?: unknown; code?: string; message?: string };
	const response = (cause.response ?? err.response) as
		| {
				status?: number;
				statusCode?: number;
				headers?: Record<string, unknown>;
				data?: unknown;
				body?: unknown;
		  }
		| undefined;
	const httpCode = err.httpCode ?? undefined;
	const status = response?.status ?? response?.statusCode ?? (Number(httpCode) || undefined);
	const texts = [
		cause.message,
		err.message,
		...(Array.isArray(err.messages) ? err.messages : []),
	].map(String);
	const code =
		cause.code ??
		err.code ??
		(httpCode && !Number(httpCode) ? httpCode : undefined) ??
		texts
			.map((text) => /\b(E[A-Z_]{3,})\b/.exec(text)?.[1])
			.find((found) => found && NETWORK_CODES.has(found));
	const timedOut = texts.some((text) => /timeout/i.test(text));
	const networkCode =
		status !== undefined
			? undefined
			: code && NETWORK_CODES.has(code)
				? code
				: timedOut
					? 'ETIMEDOUT'
					: code;
	return {
		status,
		headers: response?.headers ?? {},
		body: parsedBody(response?.data ?? response?.body ?? err.context?.data),
		networkCode,
		reason:
			status === undefined && networkCode === undefined
				? (cause.message ?? err.message)
				: undefined,
	};
}

/** Downloads: `stream` (files go to n8n's binary store without a full copy in memory) or `arraybuffer`. */
export function isBinaryEncoding(encoding: IHttpRequestOptions['encoding']): boolean {
	return encoding === 'stream' || encoding === 'arraybuffer';
}

type BodyStream = AsyncIterable<Buffer | string> & { destroy?: () => void };

function isStream(body: unknown): body is BodyStream {
	return (
		!!body &&
		typeof body === 'object' &&
		typeof (body as BodyStream)[Symbol.asyncIterator] === 'function'
	);
}

/** An error body read from a stream: at most this much, for at most this long (it may never end). */
export const ERROR_BODY_LIMITS = { bytes: 65_536, ms: 10_000 };

/** The error body of a streamed download arrives as a stream: read it (it is small) so its errorCode counts. */
async function readStreamedBody(failure: FailureDetails): Promise<FailureDetails> {
	const body = failure.body;
	if (!isStream(body)) return failure;
	const chunks: Buffer[] = [];
	const read = async () => {
		let size = 0;
		for await (const chunk of body) {
			const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
			chunks.push(buffer);
			size += buffer.length;
			if (size > ERROR_BODY_LIMITS.bytes) break;
		}
	};
	try {
		await Promise.race([read(), sleep(ERROR_BODY_LIMITS.ms)]);
	} catch {
		// A broken error body: the status and headers still tell what happened.
	} finally {
		body.destroy?.();
	}
	return { ...failure, body: parsedBody(Buffer.concat(chunks)) };
}

/** What the HTTP client treats as absolute (a scheme, or `//host`) ignores the base URL. */
function isAbsoluteUrl(url: string): boolean {
	return /^(?:[a-z][a-z\d+.-]*:)?\/\//i.test(url);
}

/** The URL a request goes to, joined as n8n's HTTP client joins `baseURL` and `url` (keeping the base's path). */
function requestUrlOf(request: IHttpRequestOptions): string {
	if (isAbsoluteUrl(request.url) || !request.baseURL) return request.url;
	return `${request.baseURL.replace(/\/+$/, '')}/${request.url.replace(/^\/+/, '')}`;
}

/** Where the request went, for errors: scheme, host and port only (never a path, query or token). */
function addressOf(request: IHttpRequestOptions): string | undefined {
	try {
		const url = new URL(requestUrlOf(request));
		return `${url.protocol}//${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
	} catch {
		return undefined;
	}
}

/**
 * The server URL of the node's credential, read once per node run: every credential read decrypts the
 * credential (about 2 ms of CPU), which was a fifth of the time n8n spends on each item of a Send SMS.
 */
async function baseUrlOf(ctx: RingCentralContext, credentialType: string): Promise<string> {
	return await oncePerRun(ctx, `baseUrl:${credentialType}`, async () =>
		String((await ctx.getCredentials(credentialType)).baseUrl),
	);
}

function isRingCentralHost(host: string): boolean {
	return host === 'ringcentral.com' || host.endsWith('.ringcentral.com');
}

/**
 * The one guard of the access token: an absolute URL gets it only over https on RingCentral's own hosts, or on
 * exactly the credential's server (scheme, host and port: a proxy or the emulator). A link anywhere else would
 * hand the token to a stranger.
 */
export async function isRingCentralUrl(ctx: RingCentralContext, url: string): Promise<boolean> {
	let link: URL;
	try {
		link = new URL(url);
	} catch {
		return false;
	}
	if (link.protocol === 'https:' && isRingCentralHost(link.hostname.toLowerCase())) return true;
	try {
		return link.origin === new URL(await baseUrlOf(ctx, credentialTypeOf(ctx))).origin;
	} catch {
		return false;
	}
}

/** `.`, `..` (also percent-encoded) and empty segments: URL parsing would collapse them and leave the ID's place. */
const MISPLACING_SEGMENT = /^(?:|\.|%2e|\.\.|\.%2e|%2e\.|%2e%2e)$/i;

/**
 * IDs are encoded where a path is built (encodeURIComponent), so `/`, `?` and `#` stay in their segment; this
 * fails for what encoding cannot keep there: an empty ID, `.` or `..`.
 */
export function checkRequestPath(node: INode, url: string, itemIndex: number | undefined): void {
	const path = url.split(/[?#]/)[0];
	if (
		path
			.replace(/^\//, '')
			.split('/')
			.some((segment) => MISPLACING_SEGMENT.test(segment))
	) {
		throw new NodeOperationError(
			node,
			`An ID in the request path "${path}" is empty, "." or ".."`,
			{
				itemIndex,
				description:
					'Check the ID fields of this operation: an ID must not be empty and cannot be "." or "..".',
			},
		);
	}
}

/** `preSend` of every declarative operation: the same path check, before n8n's routing wraps errors. */
export async function checkDeclarativePath(
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	checkRequestPath(this.getNode(), options.url, this.getItemIndex());
	return options;
}

/**
 * Fails before the request when it could go astray: an absolute URL (a next page, a content URI, a redirect)
 * that may not receive the access token, or a path of ours that an ID would leave.
 */
async function checkDestination(
	ctx: RingCentralContext,
	request: IHttpRequestOptions,
	itemIndex: number | undefined,
): Promise<void> {
	const absolute = isAbsoluteUrl(request.url);
	const destination = absolute ? request.url : (request.baseURL ?? '');
	if (!(await isRingCentralUrl(ctx, destination))) {
		throw new NodeOperationError(
			ctx.getNode(),
			`"${destination}" is not a RingCentral address: the request would carry your access token there`,
			{
				itemIndex,
				description:
					'Requests with your credential go only to https://*.ringcentral.com or to the exact server URL of a custom credential. Use links as RingCentral returns them.',
			},
		);
	}
	if (!absolute) checkRequestPath(ctx.getNode(), request.url, itemIndex);
}

function itemIndexOf(ctx: RingCentralContext): number | undefined {
	return 'getItemIndex' in ctx ? ctx.getItemIndex() : undefined;
}

/**
 * The one request path of every RingCentral node, declarative or programmatic: base URL from the credential,
 * authentication by n8n, waits out rate-limit penalties, repeats only what is safe to repeat, and turns
 * failures into NodeApiErrors that say how to fix them.
 */
export async function ringCentralRequest(
	ctx: RingCentralContext,
	options: IHttpRequestOptions,
	operation: OperationMeta = {},
	itemIndex = itemIndexOf(ctx),
): Promise<IN8nHttpFullResponse> {
	const meta = withSpecFacts(operation);
	const credentialType = credentialTypeOf(ctx);
	const request: IHttpRequestOptions = {
		json: !isBinaryEncoding(options.encoding),
		// RingCentral reads repeated keys for list filters (messageType=SMS&messageType=Fax).
		arrayFormat: 'repeat',
		...options,
		headers: { Accept: 'application/json', ...options.headers },
		returnFullResponse: true,
		// n8n would follow a redirect with the Authorization header, to any origin: redirects are followed here.
		disableFollowRedirect: true,
		// Every n8n hands over an error answer whole this way (n8n 2.8 loses its headers when it throws).
		// A 401 must still throw: only then does n8n refresh the OAuth2 token or mint a new JWT token.
		ignoreHttpStatusErrors: { ignore: true, except: [401] },
	};
	if (!request.baseURL && !/^https?:\/\//i.test(request.url))
		request.baseURL = await baseUrlOf(ctx, credentialType);
	await checkDestination(ctx, request, itemIndex);
	const credentialId = ctx.getNode().credentials?.[credentialType]?.id ?? credentialType;
	const method = (request.method ?? 'GET').toUpperCase();
	const send = async (options: IHttpRequestOptions) =>
		(await ctx.helpers.httpRequestWithAuthentication.call(
			ctx,
			credentialType,
			options,
		)) as IN8nHttpFullResponse;

	const key = limiterKey(credentialId, meta.throttlingGroup);
	let redirects = 0;
	for (let attempt = 0; ; attempt++) {
		const slot = await pacer.acquire(key);
		let headers: Record<string, unknown> = {};
		let failure: FailureDetails;
		try {
			let response = await send(request);
			if (response.statusCode === 401) {
				// An n8n that does not know `except` (2.8) ignores every status: ask again the way that lets
				// n8n renew the credential (a 401 was not processed).
				discard(response.body);
				response = await send({ ...request, ignoreHttpStatusErrors: false });
			}
			headers = response.headers ?? {};
			if (response.statusCode < 200 || response.statusCode >= 300) failure = failureOf(response);
			else if (request.json && isMalformedJson(response.body)) {
				// A cut-off or garbled answer: the request may well have been processed.
				failure = { status: response.statusCode, headers, malformed: true };
			} else return response;
		} catch (error) {
			failure = describeFailure(error);
			headers = failure.headers;
		} finally {
			pacer.settle(key, headers, slot);
		}
		const location = headerValue(failure.headers, 'location');
		if (
			method === 'GET' &&
			isRedirect(failure.status) &&
			location !== undefined &&
			redirects++ < MAX_REDIRECTS
		) {
			discard(failure.body);
			// The next hop passes the same guard as the first: the token never goes to another origin.
			request.url = new URL(String(location), requestUrlOf(request)).toString();
			request.baseURL = undefined;
			request.qs = {};
			await checkDestination(ctx, request, itemIndex);
			continue;
		}
		failure = await readStreamedBody(failure);
		const retryAfterMs = parseRetryAfter(headerValue(failure.headers, 'retry-after'));
		if (failure.status === 429)
			pacer.penalize(key, retryAfterMs ?? RETRY_POLICY.defaultRateLimitWaitMs);
		const delay = retryDelay({
			method,
			attempt,
			status: failure.malformed ? undefined : failure.status,
			// A 429's wait is the penalty the pacer now holds for the whole group.
			retryAfterMs: failure.status === 429 ? 0 : retryAfterMs,
			networkError: failure.networkCode !== undefined || failure.malformed,
			idempotent: meta.idempotent,
		});
		if (delay === undefined)
			throw ringCentralApiError(
				ctx.getNode(),
				{ ...failure, method, address: addressOf(request) },
				meta,
				itemIndex,
			);
		if (delay > 0) await sleep(delay);
	}
}

const MAX_REDIRECTS = 5;

function isRedirect(status: number | undefined): boolean {
	return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

/** An unread streamed answer holds its connection until it is consumed or destroyed. */
function discard(body: unknown): void {
	if (isStream(body)) body.destroy?.();
}

function isMalformedJson(body: unknown): boolean {
	if (typeof body !== 'string' || body.trim() === '') return false;
	try {
		JSON.parse(body);
		return false;
	} catch {
		return true;
	}
}

/** JSON body of a request through the shared path. */
export async function ringCentralJson<T = unknown>(
	ctx: RingCentralContext,
	options: IHttpRequestOptions,
	meta: OperationMeta = {},
	itemIndex?: number,
): Promise<T> {
	const response = await ringCentralRequest(ctx, options, meta, itemIndex ?? itemIndexOf(ctx));
	return response.body as T;
}
