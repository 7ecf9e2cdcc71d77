import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { OperationMeta } from './types';

/** What RingCentral says went wrong, from any of its error body shapes. */
export interface RingCentralErrorDetails {
	errorCode?: string;
	message?: string;
	parameterName?: string;
	parameterValue?: string;
}

/** The fix for the errors users meet most, keyed by RingCentral `errorCode`. */
const FIX_HINTS: Record<
	string,
	string | ((d: RingCentralErrorDetails, meta: OperationMeta) => string)
> = {
	'MSG-242':
		'The "from" number cannot send this kind of message. Choose a number with the SmsSender feature (MmsSender for MMS, A2PSmsSender for high-volume SMS) from the "From" list.',
	'MSG-367':
		'The "from" number does not support SMS. Choose a number with the SmsSender feature from the "From" list.',
	'MSG-241': 'Fax-only numbers cannot send SMS. Choose a number with the SmsSender feature.',
	'MSG-240':
		'International SMS is not enabled for this account. Send to a domestic number or ask RingCentral support to enable it.',
	'MSG-243': 'The recipient number is blocked. Check the "To" numbers.',
	'MSG-245':
		'The "from" number does not belong to the authorized user. Pick one from the "From" list.',
	'MSG-246':
		'SMS cannot be sent to or from extension numbers. Use full phone numbers in E.164 format, e.g. +16505550100, or use a Pager message for extensions.',
	'MSG-247': 'SMS to short codes is not available. Use a full phone number.',
	'MSG-376': 'The attachments are too large. MMS allows 1.5 MB in total.',
	'MSG-379': 'Too many attachments. MMS allows up to 10.',
	'MSG-381': 'A group MMS can have at most 10 recipients.',
	'MSG-384':
		'The account has reached its messaging limits. Try again later or contact RingCentral support.',
	'MSG-388': 'The destination is prohibited for this account.',
	'CMN-101': (d) =>
		d.parameterName
			? `Check the value of "${d.parameterName}"${d.parameterValue ? ` ("${d.parameterValue}")` : ''}.`
			: 'Check the parameters of this operation.',
	'CMN-102': (d) =>
		`The ${d.parameterName ?? 'resource'} was not found. Check the ID; "~" means the authorized account or user.`,
	'CMN-401': (d, meta) =>
		`Add the "${permissionFrom(d) ?? meta.appPermission ?? 'required'}" permission to your app in the RingCentral Developer Console, then reconnect the credential.`,
	'CMN-408': (d) =>
		`The authorized user lacks the "${permissionFrom(d) ?? 'required'}" user permission. Ask a RingCentral admin to grant it, or connect as another user.`,
	'CMN-301': (_d, meta) =>
		`RingCentral's rate limit${meta.throttlingGroup ? ` for the ${meta.throttlingGroup} group` : ''} was exceeded. Lower the number of items per minute or try again in a minute.`,
	'CMN-302':
		"RingCentral's rate limit was exceeded. Lower the number of items per minute or try again in a minute.",
	'CMN-405':
		'This operation needs a user (extension) login. Connect the credential as a user, not only as the company.',
	'CMN-404':
		'The authorized user may not access another extension. Use "~" or connect as an administrator.',
	'BIL-103': "This feature is not included in the account's RingCentral plan.",
	'CMN-112': 'This feature is not enabled for the account or user.',
	'OAU-213': 'The access token is no longer valid. Reconnect the credential.',
	'SUB-520':
		'RingCentral could not validate the webhook URL: it must reach n8n over the internet (HTTPS) and get the Validation-Token header back within 3 seconds. Set WEBHOOK_URL to the public address of n8n, or use the RingCentral Poll Trigger.',
	invalid_grant:
		'The credential was rejected by RingCentral. For OAuth2, reconnect the credential; for JWT, check that the JWT is valid, not expired and belongs to this app and environment.',
	invalid_client:
		'The client ID or client secret is wrong, or the app belongs to another environment (production vs sandbox).',
	unauthorized_client:
		'The app is not allowed to use this grant type. Enable "JWT auth flow" or "Auth code" in the app settings.',
};

function permissionFrom(details: RingCentralErrorDetails): string | undefined {
	return /\[([A-Za-z]+)\] permission/.exec(details.message ?? '')?.[1];
}

/** Reads RingCentral's error bodies: `{errors:[...]}`, top-level `errorCode`, or OAuth `{error, error_description}`. */
export function parseRingCentralError(body: unknown): RingCentralErrorDetails {
	if (!body || typeof body !== 'object')
		return typeof body === 'string' && body ? { message: body } : {};
	const data = body as Record<string, unknown>;
	const first =
		Array.isArray(data.errors) && data.errors[0] && typeof data.errors[0] === 'object'
			? (data.errors[0] as Record<string, unknown>)
			: {};
	const str = (v: unknown) => (v === undefined || v === null || v === '' ? undefined : String(v));
	return {
		errorCode: str(first.errorCode) ?? str(data.errorCode) ?? str(data.error),
		message: str(first.message) ?? str(data.message) ?? str(data.error_description),
		parameterName: str(first.parameterName) ?? str(data.parameterName),
		parameterValue: str(first.parameterValue) ?? str(data.parameterValue),
	};
}

const STATUS_HINTS: Record<number, (meta: OperationMeta) => string> = {
	401: () =>
		'RingCentral rejected the credential. Reconnect it (OAuth2) or check the client ID, secret and JWT (JWT).',
	403: (meta) =>
		meta.appPermission
			? `This operation needs the "${meta.appPermission}" app permission. Add it in the RingCentral Developer Console and reconnect the credential.`
			: 'The app or user is not allowed to do this. Check the app permissions in the RingCentral Developer Console.',
	404: () => 'Check the IDs used by this operation; "~" means the authorized account or user.',
	// Call Control: the call is not in a state that allows the action (e.g. it already ended, or still rings).
	409: () =>
		"The call is not in a state that allows this action (it may have ended, or still be ringing). Check the party's status with Call Control → Get Party.",
	429: (meta) => STATUS_RATE_HINT(meta),
};
const STATUS_RATE_HINT = (meta: OperationMeta) =>
	`RingCentral's rate limit${meta.throttlingGroup ? ` for the ${meta.throttlingGroup} group` : ''} was exceeded and retries ran out. Lower the number of items per minute.`;

export function fixHint(
	details: RingCentralErrorDetails,
	status: number | undefined,
	meta: OperationMeta,
): string | undefined {
	const hint = details.errorCode ? FIX_HINTS[details.errorCode] : undefined;
	if (typeof hint === 'function') return hint(details, meta);
	if (hint) return hint;
	return status ? STATUS_HINTS[status]?.(meta) : undefined;
}

/** Network codes that mean the request never reached RingCentral. */
const UNREACHABLE = new Set([
	'ECONNREFUSED',
	'ENOTFOUND',
	'EAI_AGAIN',
	'EHOSTUNREACH',
	'ENETUNREACH',
]);

/** A request that failed; `address` is where it went (scheme://host:port). */
export interface RequestFailure {
	status?: number;
	body?: unknown;
	networkCode?: string;
	malformed?: boolean;
	method?: string;
	address?: string;
	reason?: string;
}

/** The one place a RingCentral failure becomes an n8n error: what happened in the message, how to fix it in the description. */
export function ringCentralApiError(
	node: INode,
	failure: RequestFailure,
	meta: OperationMeta,
	itemIndex?: number,
): NodeApiError {
	const details = parseRingCentralError(failure.malformed ? undefined : failure.body);
	const at = failure.address ? ` at ${failure.address}` : '';
	const unreachable = failure.networkCode !== undefined && UNREACHABLE.has(failure.networkCode);
	const what =
		details.message ??
		(failure.malformed
			? "RingCentral's answer could not be read (malformed JSON)"
			: unreachable
				? `RingCentral could not be reached${at} (${failure.networkCode})`
				: failure.networkCode
					? `The connection to RingCentral${at} failed (${failure.networkCode})`
					: failure.status !== undefined
						? `RingCentral answered HTTP ${failure.status}`
						: `The request to RingCentral${at} failed${failure.reason ? `: ${failure.reason}` : ''}`);
	const message = details.errorCode ? `${what} [${details.errorCode}]` : what;
	const errorResponse: JsonObject = {
		...details,
		httpCode: failure.status ? String(failure.status) : null,
	} as JsonObject;
	// After a write with an unknown outcome, repeating it could text, fax or call someone twice.
	const ambiguousWrite =
		!unreachable &&
		(failure.malformed || failure.networkCode !== undefined || (failure.status ?? 0) >= 500) &&
		!meta.idempotent &&
		['POST', 'PATCH'].includes(String(failure.method ?? '').toUpperCase());
	const error = new NodeApiError(node, errorResponse, {
		message,
		description: ambiguousWrite
			? 'RingCentral may have processed this request before the failure, so it was not repeated automatically. Check (e.g. the message store or call log) before running it again.'
			: unreachable
				? "Check the credential's server URL, and that n8n can reach it (network, proxy, firewall)."
				: fixHint(details, failure.status, meta),
		httpCode: failure.status ? String(failure.status) : undefined,
		itemIndex,
	});
	// NodeApiError swaps a message that mentions a network code (ECONNREFUSED, ...) for a generic one.
	error.message = message;
	return error;
}

/** The HTTP status of a RingCentral failure (as a string), when the error carries one. */
export function httpStatusOf(error: unknown): string | undefined {
	return error instanceof NodeApiError && error.httpCode ? String(error.httpCode) : undefined;
}

/** Errors from the shared request path are n8n errors already; anything else is wrapped (never re-thrown raw). */
export function nodeError(
	node: INode,
	error: unknown,
	itemIndex?: number,
): NodeApiError | NodeOperationError {
	return error instanceof NodeApiError || error instanceof NodeOperationError
		? error
		: new NodeOperationError(node, error as Error, { itemIndex });
}
