// @ts-check
'use strict';
/**
 * Credentials inside n8n: the JWT credential mints a token once, n8n keeps it (in its database,
 * across `n8n execute` processes), and mints again after a 401; the OAuth2 credential with an
 * expired access token is refreshed by n8n, the rotated refresh token is stored and used next time.
 */
const assert = require('node:assert/strict');
const { manualWorkflow, rcNode, itemsOf } = require('../lib/workflows');

/** A cheap authenticated read through the Messaging node (5 messages of the store). @param {any} credential @param {string} id */
function readWorkflow(credential, id) {
	return manualWorkflow({
		id,
		name: `e2e auth: ${credential.name}`,
		chain: [
			rcNode(
				'Read messages',
				'ringCentralMessaging',
				{ resource: 'message', operation: 'getAll', returnAll: false, limit: 5 },
				credential,
			),
		],
	});
}

/** @param {any} ctx */
const jwtMints = (ctx, /** @type {ReturnType<any>} */ mark) =>
	mark
		.of('getToken')
		.filter(
			(/** @type {any} */ r) =>
				r.body?.grant_type === 'urn:ietf:params:oauth:grant-type:jwt-bearer' &&
				r.body?.assertion === ctx.mintJwt,
		);

/** @type {import('../n8n.e2e').Scenario[]} */
module.exports = [
	{
		id: 'jwt-mint',
		title:
			'JWT credential: mints once, reuses the stored token in the next execution, re-mints after a 401',
		phase: 'cli',
		requires: ['ringCentralMessaging'],
		workflows: (ctx) => [readWorkflow(ctx.credentials.jwtMint, 'E2eAuthJwtMint01')],
		async run(ctx) {
			const all = ctx.mark();
			await ctx.execute('E2eAuthJwtMint01');
			assert.equal(jwtMints(ctx, all).length, 1, 'first execution mints one token');

			const second = ctx.mark();
			const r2 = await ctx.execute('E2eAuthJwtMint01');
			assert.equal(
				jwtMints(ctx, second).length,
				0,
				'the second execution (a new n8n process) reuses the stored token',
			);
			assert.ok(itemsOf(r2.run, 'Read messages').length > 0);

			ctx.emu.expireAccessTokens();
			const third = ctx.mark();
			await ctx.execute('E2eAuthJwtMint01');
			const answers = third
				.requests()
				.filter((/** @type {any} */ r) => r.operationId === 'listMessages')
				.map((/** @type {any} */ r) => r.status);
			assert.deepEqual(answers.slice(0, 1), [401], 'the stored token was rejected first');
			assert.equal(
				jwtMints(ctx, third).length,
				1,
				'after the 401 the credential minted exactly once more',
			);
			assert.equal(
				answers[answers.length - 1],
				200,
				'and the request was repeated with the new token',
			);
		},
	},
	{
		id: 'oauth2-refresh',
		title:
			'OAuth2 credential: an expired access token is refreshed inside n8n; the rotated refresh token is stored and used next time',
		phase: 'cli',
		requires: ['ringCentralMessaging'],
		workflows: (ctx) => [readWorkflow(ctx.credentials.oauth2, 'E2eAuthOAuth2001')],
		async run(ctx) {
			const refreshes = (/** @type {any} */ mark) =>
				mark
					.of('getToken')
					.filter((/** @type {any} */ r) => r.body?.grant_type === 'refresh_token');
			ctx.emu.expireAccessTokens();
			const first = ctx.mark();
			const r1 = await ctx.execute('E2eAuthOAuth2001');
			assert.ok(itemsOf(r1.run, 'Read messages').length > 0);
			const firstRefresh = refreshes(first);
			assert.equal(firstRefresh.length, 1, 'one refresh after the 401');
			assert.equal(
				firstRefresh[0].body.refresh_token,
				ctx.oauthTokens.refresh_token,
				'with the imported refresh token',
			);
			assert.equal(firstRefresh[0].status, 200);

			const second = ctx.mark();
			await ctx.execute('E2eAuthOAuth2001');
			assert.equal(
				refreshes(second).length,
				0,
				'the refreshed access token was stored: no refresh in the next execution',
			);

			ctx.emu.expireAccessTokens();
			const third = ctx.mark();
			await ctx.execute('E2eAuthOAuth2001');
			const again = refreshes(third);
			assert.equal(again.length, 1, 'refreshed again after the next expiry');
			assert.notEqual(
				again[0].body.refresh_token,
				ctx.oauthTokens.refresh_token,
				'with the rotated refresh token n8n stored',
			);
			assert.equal(
				again[0].status,
				200,
				'which RingCentral accepts (a reused refresh token would be invalid_grant)',
			);
		},
	},
];
