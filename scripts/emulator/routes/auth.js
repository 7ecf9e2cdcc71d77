// @ts-check
'use strict';
/** OAuth endpoints, delegating to the emulator's OAuth state (../oauth.js). */

/** @type {Record<string, import('./index').Handler>} */
const handlers = {
	authorize: (ctx) => ({ status: 302, redirect: ctx.emu.oauth.authorize(ctx.query) }),
	authorize2: (ctx) => ({
		status: 302,
		redirect: ctx.emu.oauth.authorize({ ...ctx.query, ...(ctx.body || {}) }),
	}),
	getToken: (ctx) => ({
		status: 200,
		body: ctx.emu.oauth.token(ctx.headers, ctx.body || {}),
		headers: { 'Cache-Control': 'no-store', Pragma: 'no-cache' },
	}),
	revokeToken: (ctx) => {
		ctx.emu.oauth.revoke(ctx.body || {}, ctx.query);
		return { status: 200, body: undefined };
	},
};

module.exports = { handlers };
