// @ts-check
'use strict';
/**
 * RingCentral failures inside n8n, the way users meet them: a 429 waited out (and the SMS sent once),
 * an unreachable server URL named in the error, and RingCentral's errorCode turned into a fix hint.
 */
const assert = require('node:assert/strict');
const net = require('node:net');
const { manualWorkflow, rcNode, itemsOf } = require('../lib/workflows');
const { emulatorCredential } = require('../../../scripts/lib/examples');

const FROM = '+16505550101'; // SmsSender
const NO_SMS_FROM = '+16505550102'; // the main company number: CallerId only
const UNREACHABLE = {
	id: 'RcE2eUnreachabl1',
	name: 'RingCentral e2e (closed port)',
	type: 'ringCentralJwtApi',
};

/** @param {string} id @param {string} name @param {Record<string, unknown>} parameters @param {any} credential */
const smsWorkflow = (id, name, parameters, credential) =>
	manualWorkflow({
		id,
		name,
		chain: [
			rcNode(
				'Send SMS',
				'ringCentralMessaging',
				{ resource: 'sms', operation: 'send', ...parameters },
				credential,
			),
		],
	});

/** A loopback port nothing listens on (bound, then released). */
async function closedPort() {
	const server = net.createServer();
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
	await new Promise((resolve) => server.close(() => resolve(undefined)));
	return port;
}

/** n8n's error of a failed run, message and description together. @param {any} result */
function errorText(result) {
	const error = result.run?.data?.resultData?.error;
	return error ? `${error.message}\n${error.description ?? ''}` : String(result.error);
}

/** @type {import('../n8n.e2e').Scenario[]} */
module.exports = [
	{
		id: 'failures-429',
		title:
			'Failures: Send SMS answered 429 with Retry-After: 1 is repeated within 2 s, and the SMS is stored once',
		phase: 'cli',
		requires: ['ringCentralMessaging'],
		workflows: (ctx) => [
			smsWorkflow(
				'E2eFailures429001',
				'e2e Failures: SMS after a 429',
				{
					from: { __rl: true, mode: 'number', value: FROM },
					to: '+14155550111',
					text: `=After a 429 (${ctx.version})`,
				},
				ctx.credentials.main,
			),
		],
		async run(ctx) {
			const emu = /** @type {any} */ (ctx.emu);
			emu.setFault(
				{ operationId: 'createSMSMessage' },
				{
					status: 429,
					headers: { 'Retry-After': '1' },
					body: { errorCode: 'CMN-301', message: 'Request rate exceeded' },
					times: 1,
				},
			);
			const mark = ctx.mark();
			const { run } = await ctx.execute('E2eFailures429001');
			assert.equal(itemsOf(run, 'Send SMS').length, 1);
			const sent = mark.of('createSMSMessage');
			assert.deepEqual(
				sent.map((/** @type {any} */ r) => r.status),
				[429, 200],
				'the 429, then one repeat',
			);
			const waited = Date.parse(sent[1].time) - Date.parse(sent[0].time);
			assert.ok(
				waited >= 900 && waited < 2000,
				`repeated after Retry-After (1 s), within 2 s: waited ${waited} ms`,
			);
			const stored = emu.state.messages.filter(
				(/** @type {any} */ m) => m.subject === `After a 429 (${ctx.version})`,
			);
			assert.equal(stored.length, 1, 'the SMS is in the message store exactly once');
			assert.deepEqual(mark.violations(), []);
		},
	},
	{
		id: 'failures-unreachable',
		title:
			'Failures: a server URL nothing listens on: the n8n error names the address and says RingCentral could not be reached',
		phase: 'cli',
		requires: ['ringCentralMessaging'],
		workflows: () => [
			smsWorkflow(
				'E2eFailuresUnrch1',
				'e2e Failures: unreachable server',
				{
					from: { __rl: true, mode: 'number', value: FROM },
					to: '+14155550112',
					text: 'never sent',
				},
				UNREACHABLE,
			),
		],
		async run(ctx) {
			const emu = /** @type {any} */ (ctx.emu);
			const origin = `http://127.0.0.1:${await closedPort()}`;
			await /** @type {any} */ (ctx.n8n).importCredentials([
				emulatorCredential({
					serverUrl: origin,
					clientId: emu.client.clientId,
					clientSecret: emu.client.clientSecret,
					jwt: /** @type {any} */ (ctx).mainJwt,
					id: UNREACHABLE.id,
					name: UNREACHABLE.name,
				}),
			]);
			const result = await ctx.execute('E2eFailuresUnrch1', { expectFailure: true });
			assert.equal(result.ok, false, 'the run failed');
			const text = errorText(result);
			assert.match(
				text,
				new RegExp(
					`RingCentral could not be reached at ${origin.replace(/[.]/g, '\\.')} \\(ECONNREFUSED\\)`,
				),
				text,
			);
		},
	},
	{
		id: 'failures-hint',
		title:
			"Failures: RingCentral's errorCode (MSG-242, from-number without SmsSender) becomes the n8n error with our fix hint",
		phase: 'cli',
		requires: ['ringCentralMessaging'],
		workflows: (ctx) => [
			smsWorkflow(
				'E2eFailuresHint01',
				'e2e Failures: MSG-242 hint',
				{
					from: { __rl: true, mode: 'number', value: NO_SMS_FROM },
					to: '+14155550113',
					text: 'not sendable',
				},
				ctx.credentials.main,
			),
		],
		async run(ctx) {
			const mark = ctx.mark();
			const result = await ctx.execute('E2eFailuresHint01', { expectFailure: true });
			assert.equal(result.ok, false, 'the run failed');
			assert.deepEqual(
				mark.of('createSMSMessage').map((/** @type {any} */ r) => r.status),
				[403],
				'one request, rejected',
			);
			const text = errorText(result);
			assert.match(text, /\[MSG-242\]/, text);
			assert.match(text, /Choose a number with the SmsSender feature/, text);
		},
	},
];
