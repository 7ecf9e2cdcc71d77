// @ts-check
'use strict';
/**
 * The API areas' headline operations inside n8n, each as soon as its node is in package.json:
 * the call log exported across many pages, RingOut, a RingCentral Video meeting, a Team Messaging post.
 */
const assert = require('node:assert/strict');
const { manualWorkflow, rcNode, itemsOf } = require('../lib/workflows');
const { operationsOf } = require('../../../scripts/lib/discover');

const HOUR = 3600 * 1000;
const CALLS = 250; // the emulator serves at most 100 call log records a page in these tests

/**
 * Fails loudly when an operation this suite drives is not in the node (renamed or removed).
 * @param {any} ctx @param {string} nodeName @param {string} resource @param {string} operation
 */
function assertOperation(ctx, nodeName, resource, operation) {
	const node = ctx.nodes.find((/** @type {any} */ n) => n.name === nodeName);
	const ops = operationsOf(node.description).find(
		(/** @type {any} */ r) => r.resource === resource,
	);
	const values = ops ? ops.operations.map((/** @type {any} */ o) => o.value) : [];
	assert.ok(
		values.includes(operation),
		`${nodeName} has no operation ${resource}/${operation} (has ${resource ? values.join(', ') : 'no such resource'}): update test/e2e/scenarios/areas.js and the examples`,
	);
}

/** @type {import('../n8n.e2e').Scenario[]} */
module.exports = [
	{
		id: 'voice-call-log-pages',
		title: `Voice: call log export with Return All across pages (${CALLS} records, pages of 100)`,
		phase: 'cli',
		requires: ['ringCentralVoice'],
		workflows: (ctx) => {
			const from = new Date(Date.now() - 30 * 24 * HOUR);
			ctx.shared.callWindow = {
				from: from.toISOString(),
				to: new Date(from.getTime() + 12 * HOUR).toISOString(),
			};
			return [
				manualWorkflow({
					id: 'E2eVoiceCallLog1',
					name: 'e2e Voice: call log across pages',
					chain: [
						rcNode(
							'Call log',
							'ringCentralVoice',
							{
								resource: 'callLog',
								operation: 'getAll',
								dateRange: 'custom',
								dateFrom: ctx.shared.callWindow.from,
								dateTo: ctx.shared.callWindow.to,
								returnAll: true,
							},
							ctx.credentials.main,
						),
					],
				}),
			];
		},
		async run(ctx) {
			assertOperation(ctx, 'ringCentralVoice', 'callLog', 'getAll');
			const start = Date.parse(ctx.shared.callWindow.from) + 60 * 1000;
			for (let i = 0; i < CALLS; i++)
				ctx.emu.addCallLogRecord({
					startTime: start + i * 60 * 1000,
					durationSec: 30,
					peer: { phoneNumber: '+14155550177' },
				});
			const mark = ctx.mark();
			const { run } = await ctx.execute('E2eVoiceCallLog1');
			const items = itemsOf(run, 'Call log');
			assert.equal(items.length, CALLS, 'every record of the window');
			assert.equal(new Set(items.map((i) => i.json.id)).size, CALLS, 'no duplicates across pages');
			assert.ok(
				mark.of('readUserCallLog').length >= 3,
				`${mark.of('readUserCallLog').length} pages`,
			);
			assert.deepEqual(mark.violations(), []);
		},
	},
	{
		id: 'voice-ringout',
		title: 'Voice: RingOut call',
		phase: 'cli',
		requires: ['ringCentralVoice'],
		workflows: (ctx) => [
			manualWorkflow({
				id: 'E2eVoiceRingOut1',
				name: 'e2e Voice: RingOut',
				chain: [
					rcNode(
						'RingOut',
						'ringCentralVoice',
						{
							resource: 'ringOut',
							operation: 'start',
							from: { __rl: true, mode: 'list', value: '+16505550101' },
							to: '+14155550100',
							options: { playPrompt: false },
						},
						ctx.credentials.main,
					),
				],
			}),
		],
		async run(ctx) {
			assertOperation(ctx, 'ringCentralVoice', 'ringOut', 'start');
			const mark = ctx.mark();
			const { run } = await ctx.execute('E2eVoiceRingOut1');
			const items = itemsOf(run, 'RingOut');
			assert.equal(items.length, 1);
			const calls = mark.of('createRingOutCall');
			assert.equal(calls.length, 1, 'dialled once (a RingOut is never repeated automatically)');
			assert.ok(calls[0].status < 300, `status ${calls[0].status}`);
			assert.equal(calls[0].body.to.phoneNumber, '+14155550100');
			assert.ok(items[0].json.id !== undefined, 'the RingOut id is in the output');
			assert.deepEqual(mark.violations(), []);
		},
	},
	{
		id: 'video-meeting',
		title: 'Video: create a RingCentral Video meeting (bridge)',
		phase: 'cli',
		requires: ['ringCentralVideo'],
		workflows: (ctx) => [
			manualWorkflow({
				id: 'E2eVideoBridge01',
				name: 'e2e Video: create meeting',
				chain: [
					rcNode(
						'Create meeting',
						'ringCentralVideo',
						{ resource: 'meeting', operation: 'create', name: 'n8n e2e meeting', type: 'Instant' },
						ctx.credentials.main,
					),
				],
			}),
		],
		async run(ctx) {
			assertOperation(ctx, 'ringCentralVideo', 'meeting', 'create');
			const mark = ctx.mark();
			const { run } = await ctx.execute('E2eVideoBridge01');
			const items = itemsOf(run, 'Create meeting');
			assert.equal(items.length, 1);
			const [req] = mark.of('createBridge');
			assert.ok(req && req.status < 300, `createBridge answered ${req && req.status}`);
			assert.equal(req.body.name, 'n8n e2e meeting');
			assert.ok(items[0].json.id, 'the meeting id is in the output');
			assert.match(String(items[0].json.joinUrl), /\/join\//, 'the join link is in the output');
			assert.deepEqual(mark.violations(), []);
		},
	},
	{
		id: 'team-messaging-post',
		title: 'Team Messaging: post to a chat',
		phase: 'cli',
		requires: ['ringCentralTeamMessaging'],
		workflows: (ctx) => [
			manualWorkflow({
				id: 'E2eTeamPost00001',
				name: 'e2e Team Messaging: post',
				chain: [
					rcNode(
						'Post',
						'ringCentralTeamMessaging',
						{
							resource: 'post',
							operation: 'create',
							chat: { __rl: true, mode: 'id', value: '1001' },
							text: '=Hello from n8n {{ $now.toFormat("yyyy") }}',
						},
						ctx.credentials.main,
					),
				],
			}),
		],
		async run(ctx) {
			assertOperation(ctx, 'ringCentralTeamMessaging', 'post', 'create');
			const mark = ctx.mark();
			const { run } = await ctx.execute('E2eTeamPost00001');
			const items = itemsOf(run, 'Post');
			assert.equal(items.length, 1);
			const [req] = mark
				.requests()
				.filter(
					(/** @type {any} */ r) =>
						r.method === 'POST' && /\/team-messaging\/v1\/chats\/1001\/posts$/.test(r.path),
				);
			assert.ok(req && req.status < 300, `the post request answered ${req && req.status}`);
			assert.equal(req.body.text, `Hello from n8n ${new Date().getFullYear()}`);
			assert.deepEqual(mark.violations(), []);
		},
	},
];
