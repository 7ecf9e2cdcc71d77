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
for (const mod of [require('./auth'), require('./account'), require('./messages'), require('./send'), require('./a2p'), require('./subscriptions'), require('./callLog')]) {
	for (const [id, fn] of Object.entries(mod.handlers)) {
		if (handlers[id]) throw new Error(`duplicate handler for ${id}`);
		handlers[id] = fn;
	}
}

module.exports = { handlers };
