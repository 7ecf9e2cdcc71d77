// @ts-check
'use strict';
/**
 * The registry of stateful handlers, keyed by the spec's operationId. A handler gets the request
 * context and returns `{ status?, body?, headers?, raw?, contentType?, redirect? }`, throws an
 * ApiError, or returns undefined to fall back to the spec's mock response.
 *
 * Context: { emu, method, pathname, rawQuery, query, headers, body, multipart, params, op,
 *   operationId, auth: { clientId, accountId, extensionId, permissions }, state, baseUrl,
 *   accountId, extensionId } (accountId/extensionId have `~` resolved).
 *
 * To add an area (voice, video, team messaging, subscriptions), add a file here exporting
 * `{ handlers: { operationId: (ctx) => ... } }` and list it below.
 */

/** @typedef {(ctx: any) => any} Handler */

/** @type {Record<string, Handler>} */
const handlers = {};
for (const mod of [
	require('./auth'),
	require('./account'),
	require('./messages'),
	require('./send'),
	require('./a2p'),
	require('./smsConsents'),
	require('./smsConfiguration'),
	require('./subscriptions'),
	require('./callLog'),
	require('./ringOut'),
	require('./telephony'),
	require('./callHandling'),
	require('./addressBook'),
	require('./presence'),
	require('./video'),
	require('./teamMessaging'),
	require('./ringSense'),
]) {
	for (const [id, fn] of Object.entries(mod.handlers)) {
		if (handlers[id]) throw new Error(`duplicate handler for ${id}`);
		handlers[id] = fn;
	}
}

/**
 * Files RingCentral links to outside its API paths (e.g. RingCentral Video recording files), which the
 * spec does not describe: modules export `files: [{ name, pattern, handler(ctx, match) }]`. They are
 * served to authenticated GET requests on either host (see server.js).
 * @type {Array<{ name: string, pattern: RegExp, handler: (ctx: any, match: RegExpExecArray) => any }>}
 */
const files = [];
for (const mod of [require('./video')]) files.push(...mod.files);

module.exports = { handlers, files };
