// @ts-check
'use strict';
/**
 * The workflows in examples/, imported as a user imports them (only the credential's server URL
 * differs: it points at the emulator) and run the way they start: "Run now" (Manual Trigger) by
 * `n8n execute`; a form by submitting it to the running n8n; a RingCentral Trigger by an event the
 * emulator delivers. An example runs only when every node type it uses is in package.json.
 */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const { loadExamples, withSettings } = require('../../../scripts/lib/examples');
const { itemsOf } = require('../lib/workflows');
const { operationsOf, PACKAGE_NAME } = require('../../../scripts/lib/discover');
const { delay, waitUntil } = require('../../../scripts/n8n-instance');

const HOUR = 3600 * 1000;

/**
 * Fails when an example uses a resource, operation or parameter its node does not have.
 * @param {any} example @param {any[]} nodes discovered nodes
 */
function assertExampleMatchesNodes(example, nodes) {
	for (const node of example.workflow.nodes) {
		if (!node.type.startsWith(`${PACKAGE_NAME}.`)) continue;
		const discovered = nodes.find((n) => n.type === node.type);
		const props = new Set(discovered.description.properties.map((/** @type {any} */ p) => p.name));
		const unknown = Object.keys(node.parameters).filter((k) => !props.has(k));
		assert.deepEqual(
			unknown,
			[],
			`${example.file}, node "${node.name}": ${node.type} has no parameter(s) ${unknown.join(', ')}`,
		);
		if (node.parameters.operation) {
			const res = operationsOf(discovered.description).find(
				(/** @type {any} */ r) => r.resource === node.parameters.resource,
			);
			const ops = res ? res.operations.map((/** @type {any} */ o) => o.value) : [];
			assert.ok(
				ops.includes(node.parameters.operation),
				`${example.file}, node "${node.name}": ${node.type} has no operation ${node.parameters.resource}/${node.parameters.operation}`,
			);
		}
	}
}

/**
 * Per example: the Settings values for the test machine, what to set up, how to start it, what to check.
 * @type {Record<string, { settings?: (ctx: any) => Record<string, unknown>, prepare?: (ctx: any) => Promise<void> | void, check: (ctx: any, o: { run?: any, executions?: any[], mark: any }) => Promise<void> | void, submit?: (ctx: any) => Promise<void> }>}
 */
const CHECKS = {
	'sms-auto-reply': {
		prepare(ctx) {
			ctx.shared.autoReplyPeers = ['+14155550131', '+14155550132'];
			for (const from of ctx.shared.autoReplyPeers)
				ctx.emu.addInboundSms({ from, text: 'Are you open today?' });
		},
		check(ctx, { run, mark }) {
			const unread = itemsOf(run, 'Unread SMS');
			assert.ok(unread.length >= 2, 'the unread SMS were found');
			const replies = mark.of('createSMSMessage');
			assert.equal(replies.length, unread.length, 'one reply per unread SMS');
			for (const u of unread) {
				const reply = replies.find(
					(/** @type {any} */ r) => r.body.to[0].phoneNumber === u.json.from.phoneNumber,
				);
				assert.ok(reply, `a reply to ${u.json.from.phoneNumber}`);
				assert.equal(reply.status, 200);
				assert.equal(
					reply.body.from.phoneNumber,
					u.json.to[0].phoneNumber,
					'from the number the SMS was sent to',
				);
				const stored = ctx.emu.state.messages.find(
					(/** @type {any} */ m) => String(m.id) === String(u.json.id),
				);
				assert.equal(stored.readStatus, 'Read', 'marked read');
			}
			for (const peer of ctx.shared.autoReplyPeers)
				assert.ok(replies.some((/** @type {any} */ r) => r.body.to[0].phoneNumber === peer));
		},
	},
	'missed-call-follow-up-sms': {
		async prepare(ctx) {
			const call = ctx.emu.simulateCall({
				outcome: 'missed',
				from: '+14155550188',
				fromName: 'Missed Caller',
			});
			await call.delivered;
		},
		check(ctx, { run, mark }) {
			const missed = itemsOf(run, 'Missed calls');
			assert.ok(
				missed.some((i) => i.json.fromNumber === '+14155550188'),
				'the missed call was found in the call log',
			);
			assert.ok(
				missed.every((i) => i.json.result === 'Missed'),
				'missed calls only',
			);
			const sms = mark
				.of('createSMSMessage')
				.filter((/** @type {any} */ r) => r.body.to[0].phoneNumber === '+14155550188');
			assert.equal(sms.length, 1, 'one follow-up SMS to the caller');
			assert.equal(sms[0].status, 200);
			assert.equal(sms[0].body.from.phoneNumber, '+16505550101', 'from the number that was called');
			assert.match(sms[0].body.text, /missed your call/);
		},
	},
	'nightly-call-log-csv': {
		settings: (ctx) => ({ exportFolder: ctx.filesDir }),
		prepare(ctx) {
			const y = new Date(Date.now() - 24 * HOUR);
			const midnight = Date.UTC(y.getUTCFullYear(), y.getUTCMonth(), y.getUTCDate());
			ctx.shared.csvDay = new Date(midnight).toISOString().slice(0, 10);
			for (const h of [9, 13, 17])
				ctx.emu.addCallLogRecord({
					startTime: midnight + h * HOUR,
					durationSec: 42,
					peer: { phoneNumber: `+1415555070${h % 10}`, name: `CSV Caller ${h}` },
				});
			ctx.shared.csvExpected = ctx.emu.state.callLog.filter(
				(/** @type {any} */ r) => r.startTime.slice(0, 10) === ctx.shared.csvDay,
			).length;
		},
		check(ctx, { mark }) {
			const file = path.join(ctx.filesDir, `ringcentral-call-log-${ctx.shared.csvDay}.csv`);
			assert.ok(fs.existsSync(file), `${file} was written`);
			const lines = fs.readFileSync(file, 'utf8').trim().split(/\r?\n/);
			assert.match(lines[0], /startTime.*direction.*result.*from.*to/, 'a header row');
			assert.equal(
				lines.length - 1,
				ctx.shared.csvExpected,
				'one row per call of yesterday, company-wide',
			);
			for (const h of [9, 13, 17])
				assert.ok(
					lines.some((l) => l.includes(`CSV Caller ${h}`)),
					`the call at ${h}:00`,
				);
			assert.ok(mark.of('readCompanyCallLog').length >= 1);
		},
	},
	'form-video-meeting-sms': {
		async submit(ctx) {
			const form = new FormData();
			form.append('field-0', 'Grace Hopper');
			form.append('field-1', '+14155550166');
			form.append('field-2', 'Compilers');
			const res = await fetch(`${ctx.n8n.url}/form/ringcentral-video-request`, {
				method: 'POST',
				body: form,
			});
			assert.ok(res.ok, `the form answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
		},
		check(ctx, { mark }) {
			const [bridge] = mark.of('createBridge');
			assert.ok(bridge && bridge.status < 300, 'a RingCentral Video meeting was created');
			assert.equal(bridge.body.name, 'Call with Grace Hopper: Compilers');
			const sms = mark
				.of('createSMSMessage')
				.filter((/** @type {any} */ r) => r.body.to[0].phoneNumber === '+14155550166');
			assert.equal(sms.length, 1, 'the link was texted to the number from the form');
			assert.equal(sms[0].status, 200);
			assert.match(sms[0].body.text, /^Hi Grace Hopper, join the video call here: \S+/);
		},
	},
	'inbound-sms-to-team-chat': {
		async submit(ctx) {
			ctx.emu.addInboundSms({ from: '+14155550177', text: 'Hello team, this is a customer' });
			await ctx.emu.waitForDeliveries();
		},
		check(ctx, { mark }) {
			const posts = mark
				.requests()
				.filter(
					(/** @type {any} */ r) =>
						r.method === 'POST' && /\/team-messaging\/v1\/chats\/[^/]+\/posts$/.test(r.path),
				);
			assert.equal(posts.length, 1, 'one post to the chat');
			assert.ok(posts[0].status < 300);
			assert.match(posts[0].body.text, /\+14155550177.*Hello team, this is a customer/);
		},
	},
};

/** The emulator's subscriptions delivering to an example's RingCentral Trigger. @param {any} ctx @param {any} example */
function subscriptionsOf(ctx, example) {
	const trigger = example.workflow.nodes.find(
		(/** @type {any} */ n) => n.type === `${PACKAGE_NAME}.ringCentralTrigger`,
	);
	if (!trigger) return [];
	return ctx.emu.subscriptions
		.all()
		.filter((/** @type {any} */ s) =>
			String(s.deliveryMode?.address || '').includes(trigger.webhookId),
		);
}

/**
 * After activation (asynchronous on n8n with the publication service): waits for the trigger's
 * subscription at the emulator, or for the form to be served.
 * @param {any} ctx @param {any} example
 */
async function waitUntilListening(ctx, example, timeoutMs = 45000) {
	const form = example.workflow.nodes.find(
		(/** @type {any} */ n) => n.type === 'n8n-nodes-base.formTrigger',
	);
	const listening = await waitUntil(
		async () => {
			if (example.startsWith === 'ringCentralTrigger') {
				if (!subscriptionsOf(ctx, example).some((/** @type {any} */ s) => s.status === 'Active'))
					return false;
				// Newer n8n publishes asynchronously: the subscription exists a moment before n8n serves its webhook.
				const wf = await ctx.n8n.api('GET', `/workflows/${example.workflow.id}`);
				if (!wf.active) return false;
				await delay(1500);
				return true;
			}
			if (form) {
				const res = await fetch(
					`${ctx.n8n.url}/form/${form.parameters.options?.path || form.webhookId}`,
				).catch(() => undefined);
				return !!res?.ok;
			}
			return true;
		},
		{ timeoutMs, intervalMs: 250 },
	);
	if (listening) return;
	throw new Error(`${example.file}: not listening ${timeoutMs / 1000} s after activation`);
}

/**
 * @param {import('../../../scripts/lib/discover').DiscoveredNode[]} nodes
 * @returns {{ scenarios: import('../n8n.e2e').Scenario[], notRun: Array<{ title: string, reason: string }> }}
 */
function exampleScenarios(nodes) {
	const available = nodes.map((n) => n.type);
	/** @type {import('../n8n.e2e').Scenario[]} */
	const scenarios = [];
	/** @type {Array<{ title: string, reason: string }>} */
	const notRun = [];
	for (const example of loadExamples()) {
		const missing = example.missingNodeTypes(available);
		const title = `example ${example.file}: ${example.workflow.name}`;
		if (missing.length) {
			notRun.push({ title, reason: `needs ${missing.join(', ')} (not in package.json yet)` });
			continue;
		}
		const check = CHECKS[example.slug];
		const viaServer = example.startsWith !== 'manualTrigger';
		scenarios.push({
			id: `example-${example.slug}`,
			title,
			phase: viaServer ? 'server' : 'cli',
			requires: example.nodeTypes.map((t) => t.slice(PACKAGE_NAME.length + 1)),
			workflows: (ctx) => [
				withSettings(example.workflow, check?.settings ? check.settings(ctx) : {}),
			],
			async run(ctx) {
				assertExampleMatchesNodes(example, nodes);
				assert.ok(check, `examples/${example.file} has no check in test/e2e/scenarios/examples.js`);
				if (check.prepare) await check.prepare(ctx);
				const mark = ctx.mark();
				if (!viaServer) {
					const { run } = await ctx.execute(example.workflow.id);
					await check.check(ctx, { run, mark });
					return;
				}
				assert.ok(
					check.submit,
					`examples/${example.file} starts with ${example.startsWith}: its check needs submit()`,
				);
				await ctx.activate(example.workflow.id);
				try {
					await waitUntilListening(ctx, example);
					await /** @type {Required<typeof check>} */ (check).submit(ctx);
					const executions = await ctx.waitForExecutions(example.workflow.id, { count: 1 });
					const failed = executions.filter((/** @type {any} */ e) => e.status === 'error');
					assert.deepEqual(
						failed.map((/** @type {any} */ e) => e.data?.resultData?.error?.message),
						[],
						'the execution succeeded',
					);
					await check.check(ctx, { executions, mark });
				} finally {
					await ctx.deactivate(example.workflow.id).catch(() => undefined);
					// Deactivation is asynchronous on newer n8n: let it delete the subscription before the next scenario.
					for (let i = 0; i < 120 && subscriptionsOf(ctx, example).length; i++) await delay(250);
				}
			},
		});
	}
	return { scenarios, notRun };
}

module.exports = { exampleScenarios, assertExampleMatchesNodes };
