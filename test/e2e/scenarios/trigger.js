// @ts-check
'use strict';
/**
 * The RingCentral Trigger in a running n8n (only when package.json lists it): activation creates
 * the webhook subscription at the emulator (after its validation request), events the emulator
 * delivers become executions, an n8n restart keeps exactly one subscription, a blacklisted
 * subscription is replaced, deactivation deletes it. The trigger runs with its default event and
 * the JWT credential; the event is made real in the emulator (an inbound SMS, a missed call...)
 * according to the filter the trigger subscribed to.
 */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { manualWorkflow, rcNode } = require('../lib/workflows');
const { delay, waitUntil } = require('../../../scripts/n8n-instance');

const WORKFLOW_ID = 'E2eTrigger000001';

/**
 * Whether this n8n publishes workflows through its "workflow publication service" (n8n 2.x, later
 * than 2.8): webhook triggers are then registered once, at publication, and n8n calls the node's
 * `checkExists` neither at start nor when the same version is published again.
 * @param {any} ctx
 */
function hasPublicationService(ctx) {
	return fs.existsSync(
		path.join(
			ctx.install.dir,
			'node_modules',
			'n8n',
			'dist',
			'workflows',
			'publication',
			'workflow-publication-reconciler.service.js',
		),
	);
}

const WEBHOOK_ID = '5ce7a1e0-0000-4000-8000-00000000e2e1';

/** Subscriptions at the emulator that deliver to this workflow's trigger. @param {any} ctx */
function ours(ctx) {
	return ctx.emu.subscriptions
		.all()
		.filter(
			(/** @type {any} */ s) =>
				String(s.deliveryMode?.address || '').startsWith(ctx.n8n.url) &&
				String(s.deliveryMode.address).includes(WEBHOOK_ID),
		);
}

/** @param {any} ctx @param {(subs: any[]) => boolean} ok @param {string} what */
async function waitForSubscriptions(ctx, ok, what, timeoutMs = 45000) {
	const subs = await waitUntil(
		() => {
			const now = ours(ctx);
			return ok(now) ? now : undefined;
		},
		{ timeoutMs, intervalMs: 200 },
	);
	if (subs) return subs;
	throw new Error(
		`${what}: subscriptions now ${JSON.stringify(ours(ctx).map((/** @type {any} */ s) => ({ id: s.id, status: s.status, filters: s.eventFilters })))}`,
	);
}

/**
 * Makes an event happen that the subscription's first filter covers; returns a marker to find in the execution data.
 * @param {any} ctx @param {any} sub
 */
async function causeEvent(ctx, sub) {
	const filter = String(sub.eventFilters[0]);
	const marker = `e2e-${Date.now()}`;
	if (/message-store|\/sms|instant/.test(filter)) {
		ctx.emu.addInboundSms({ from: '+14155550144', text: `Trigger test ${marker}` });
	} else if (/telephony\/sessions|presence/.test(filter)) {
		await ctx.emu.simulateCall({
			outcome: /missedCall=true/.test(filter) ? 'missed' : 'answered',
			from: '+14155550144',
			fromName: marker,
		}).delivered;
	} else {
		await ctx.emu.publish(filter, { e2eMarker: marker });
	}
	await ctx.emu.waitForDeliveries();
	return marker;
}

/** @param {any} ctx @param {number} count */
async function executionsWith(ctx, count) {
	return await ctx.waitForExecutions(WORKFLOW_ID, { count, timeoutMs: 20000 });
}

/** @type {import('../n8n.e2e').Scenario[]} */
module.exports = [
	{
		id: 'trigger-activate',
		title:
			'Trigger: activation creates one subscription at RingCentral (validation request answered)',
		phase: 'server',
		requires: ['ringCentralTrigger'],
		workflows: (ctx) => {
			const wf = manualWorkflow({
				id: WORKFLOW_ID,
				name: 'e2e RingCentral Trigger',
				// The subscription check every 5 s instead of 10 minutes (hidden parameter), so the repair can be watched.
				start: {
					...rcNode(
						'RingCentral Trigger',
						'ringCentralTrigger',
						{ healthCheckInterval: 5 },
						ctx.credentials.main,
					),
					webhookId: WEBHOOK_ID,
				},
				chain: [{ name: 'Received', type: 'n8n-nodes-base.noOp', parameters: {} }],
			});
			return [wf];
		},
		async run(ctx) {
			const before = ours(ctx).length;
			assert.equal(before, 0);
			await ctx.activate(WORKFLOW_ID);
			const subs = await waitForSubscriptions(
				ctx,
				(s) => s.length === 1,
				'one subscription after activation',
			);
			assert.equal(subs[0].status, 'Active');
			assert.match(subs[0].deliveryMode.address, /\/webhook\//, 'delivered to an n8n webhook URL');
			ctx.shared.subscriptionId = subs[0].id;
			const validations = ctx.emu.deliveries.filter(
				(/** @type {any} */ d) =>
					d.kind === 'validation' && d.ok && String(d.address).startsWith(ctx.n8n.url),
			);
			assert.ok(validations.length >= 1, 'the emulator sent the validation request to n8n');
		},
	},
	{
		id: 'trigger-deliver',
		title: 'Trigger: an event delivered by RingCentral becomes an execution with the event data',
		phase: 'server',
		requires: ['ringCentralTrigger'],
		async run(ctx) {
			const [sub] = ours(ctx);
			assert.ok(sub, 'the subscription from the activation');
			const marker = await causeEvent(ctx, sub);
			const executions = await executionsWith(ctx, 1);
			assert.equal(executions[0].status, 'success');
			assert.ok(
				JSON.stringify(executions[0].data).includes(marker),
				'the execution carries the event',
			);
			ctx.shared.executions = executions.length;
			const answered = ctx.emu.deliveries.filter(
				(/** @type {any} */ d) => d.kind === 'notification' && d.subscriptionId === sub.id,
			);
			assert.ok(
				answered.length && answered.every((/** @type {any} */ d) => d.ok),
				'every delivery answered 2xx within the time limit',
			);
		},
	},
	{
		id: 'trigger-restart',
		title: 'Trigger: an n8n restart keeps exactly one subscription, and deliveries go on',
		phase: 'server',
		requires: ['ringCentralTrigger'],
		async run(ctx) {
			await ctx.restartServer();
			await delay(1500); // activation of active workflows completes shortly after the server answers
			const subs = await waitForSubscriptions(
				ctx,
				(s) => s.length === 1 && s[0].status === 'Active',
				'one subscription after the restart',
			);
			assert.equal(
				ctx.emu.subscriptions
					.all()
					.filter((/** @type {any} */ s) => s.deliveryMode.address === subs[0].deliveryMode.address)
					.length,
				1,
				'no duplicate',
			);
			const marker = await causeEvent(ctx, subs[0]);
			const executions = await executionsWith(ctx, ctx.shared.executions + 1);
			assert.ok(JSON.stringify(executions[0].data).includes(marker));
			ctx.shared.executions = executions.length;
		},
	},
	{
		id: 'trigger-blacklisted',
		title:
			'Trigger: a subscription blacklisted while n8n was down is replaced after the start (n8n 2.8: checkExists at start; 2.41, which never re-checks webhook triggers at start: the periodic check)',
		phase: 'server',
		requires: ['ringCentralTrigger'],
		async run(ctx, t) {
			const [sub] = ours(ctx);
			ctx.emu.subscriptions.blacklist(sub.id);
			assert.equal(ctx.emu.subscriptions.get(sub.id).status, 'Blacklisted');
			await ctx.restartServer();
			const subs = await waitForSubscriptions(
				ctx,
				(s) => s.length === 1 && s[0].status === 'Active' && s[0].id !== sub.id,
				'a new Active subscription replaces the blacklisted one (which is deleted)',
				60000,
			);
			if (hasPublicationService(ctx))
				t?.diagnostic(
					`n8n ${ctx.version}: replaced by the periodic check (no webhook check at start)`,
				);
			assert.equal(
				ctx.emu.subscriptions.get(sub.id),
				undefined,
				'the blacklisted subscription was deleted',
			);
			const marker = await causeEvent(ctx, subs[0]);
			const executions = await executionsWith(ctx, ctx.shared.executions + 1);
			assert.ok(JSON.stringify(executions[0].data).includes(marker));
			ctx.shared.executions = executions.length;
		},
	},
	{
		id: 'trigger-repair',
		title:
			'Trigger: a subscription blacklisted or deleted while the workflow stays active is replaced by the periodic check (no restart, no re-publish)',
		phase: 'server',
		requires: ['ringCentralTrigger'],
		async run(ctx) {
			for (const breakIt of ['blacklist', 'remove']) {
				const [sub] = ours(ctx);
				ctx.emu.subscriptions[breakIt](sub.id);
				const started = Date.now();
				const subs = await waitForSubscriptions(
					ctx,
					(s) => s.length === 1 && s[0].status === 'Active' && s[0].id !== sub.id,
					`after ${breakIt}, a new Active subscription from the check`,
					60000,
				);
				ctx.shared[`repair-${breakIt}-seconds`] = (Date.now() - started) / 1000;
				// n8n saves the new id and token only after the check reported it (2.8: re-activation about 1 s later).
				await delay(5000);
				const marker = await causeEvent(ctx, subs[0]);
				const executions = await executionsWith(ctx, ctx.shared.executions + 1);
				assert.ok(
					JSON.stringify(executions[0].data).includes(marker),
					'deliveries of the new subscription are accepted (its id and token were saved)',
				);
				ctx.shared.executions = executions.length;
			}
		},
	},
	{
		id: 'trigger-deactivate',
		title: 'Trigger: deactivation deletes the subscription at RingCentral',
		phase: 'server',
		requires: ['ringCentralTrigger'],
		async run(ctx) {
			assert.equal(ours(ctx).length, 1);
			const mark = ctx.mark();
			await ctx.deactivate(WORKFLOW_ID);
			await waitForSubscriptions(ctx, (s) => s.length === 0, 'no subscription after deactivation');
			assert.ok(
				mark.of('deleteSubscription').some((/** @type {any} */ r) => r.status < 300),
				'deleted with DELETE /subscription/{id}',
			);
		},
	},
];
