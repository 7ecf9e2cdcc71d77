// @ts-check
'use strict';
/**
 * The RingCentral Poll Trigger in a running n8n (only when package.json lists it): activated with
 * its defaults (new inbound SMS) and n8n's "every minute" schedule; a message that arrives after the
 * activation becomes an execution at the next poll (up to a minute), once.
 */
const assert = require('node:assert/strict');
const { manualWorkflow, rcNode } = require('../lib/workflows');
const { delay } = require('../../../scripts/n8n-instance');

const WORKFLOW_ID = 'E2ePollTrigger01';

/** @type {import('../n8n.e2e').Scenario[]} */
module.exports = [
	{
		id: 'poll-trigger',
		title:
			'Poll Trigger: activated every minute, a new inbound SMS becomes one execution at the next poll',
		phase: 'server',
		requires: ['ringCentralPollTrigger'],
		workflows: (ctx) => [
			manualWorkflow({
				id: WORKFLOW_ID,
				name: 'e2e RingCentral Poll Trigger',
				start: rcNode(
					'RingCentral Poll Trigger',
					'ringCentralPollTrigger',
					{ pollTimes: { item: [{ mode: 'everyMinute' }] } },
					ctx.credentials.main,
				),
				chain: [{ name: 'Received', type: 'n8n-nodes-base.noOp', parameters: {} }],
			}),
		],
		async run(ctx) {
			await ctx.activate(WORKFLOW_ID);
			try {
				await delay(1500); // the first poll (at activation) only records where "new" starts
				const marker = `poll-${Date.now()}`;
				ctx.emu.addInboundSms({ from: '+14155550155', text: `Poll trigger test ${marker}` });
				const executions = await ctx.waitForExecutions(WORKFLOW_ID, { count: 1, timeoutMs: 80000 });
				assert.equal(executions[0].status, 'success');
				const data = JSON.stringify(executions[0].data);
				assert.ok(data.includes(marker), 'the execution carries the new message');
				await delay(500);
				const again = await ctx.waitForExecutions(WORKFLOW_ID, { count: 1 });
				assert.equal(
					again.filter((/** @type {any} */ e) => JSON.stringify(e.data).includes(marker)).length,
					1,
					'delivered once',
				);
			} finally {
				await ctx.deactivate(WORKFLOW_ID).catch(() => undefined);
			}
		},
	},
];
