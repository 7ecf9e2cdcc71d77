// @ts-check
'use strict';
/**
 * "Voicemail Transcribed" in a running n8n (only when package.json lists the RingCentral Trigger): the
 * trigger subscribes to voicemail changes; a voicemail whose transcription is still in progress starts
 * nothing, and when the transcription completes one execution carries its text (read from the
 * voicemail's AudioTranscription attachment through n8n) with `transcriptionTimedOut: false`.
 */
const assert = require('node:assert/strict');
const { manualWorkflow, rcNode } = require('../lib/workflows');
const { delay, waitUntil } = require('../../../scripts/n8n-instance');

const WORKFLOW_ID = 'E2eVmTranscribe1';
const WEBHOOK_ID = '5ce7a1e0-0000-4000-8000-00000000e2e2';

/** This workflow's subscription at the emulator, once it exists. @param {any} ctx */
function ourSubscription(ctx) {
	return ctx.emu.subscriptions
		.all()
		.find((/** @type {any} */ s) => String(s.deliveryMode?.address || '').includes(WEBHOOK_ID));
}

/** @type {import('../n8n.e2e').Scenario[]} */
module.exports = [
	{
		id: 'trigger-voicemail-transcribed',
		title:
			'Trigger "Voicemail Transcribed": nothing while the transcription runs, then one execution with its text',
		phase: 'server',
		requires: ['ringCentralTrigger'],
		workflows: (ctx) => [
			manualWorkflow({
				id: WORKFLOW_ID,
				name: 'e2e RingCentral Trigger: Voicemail Transcribed',
				start: {
					...rcNode(
						'RingCentral Trigger',
						'ringCentralTrigger',
						{ events: ['voicemailTranscribed'], options: { transcriptionWaitMinutes: 5 } },
						ctx.credentials.main,
					),
					webhookId: WEBHOOK_ID,
				},
				chain: [{ name: 'Transcribed', type: 'n8n-nodes-base.noOp', parameters: {} }],
			}),
		],
		async run(ctx) {
			await ctx.activate(WORKFLOW_ID);
			try {
				const sub = await waitUntil(() => ourSubscription(ctx), {
					timeoutMs: 45000,
					intervalMs: 200,
				});
				assert.ok(sub, 'a subscription after activation');
				assert.ok(
					sub.eventFilters.some((/** @type {string} */ f) =>
						/message-store\?type=VoiceMail$/.test(f),
					),
					`subscribed to voicemail changes: ${JSON.stringify(sub.eventFilters)}`,
				);
				const marker = `e2e-vm-${Date.now()}`;
				const call = ctx.emu.simulateCall({
					outcome: 'voicemail',
					from: '+14155550177',
					vmTranscriptionStatus: 'InProgress',
				});
				await call.delivered;
				await ctx.emu.waitForDeliveries();
				await delay(2000);
				const early = await ctx.waitForExecutions(WORKFLOW_ID, { count: 0 });
				assert.equal(
					early.filter((/** @type {any} */ e) =>
						JSON.stringify(e.data).includes('"transcriptionStatus"'),
					).length,
					0,
					'no item while the transcription is in progress',
				);
				ctx.emu.transcribeVoicemail(call.message, { text: `Please call back ${marker}` });
				await ctx.emu.waitForDeliveries();
				const executions = await waitUntil(
					async () => {
						const all = await ctx.waitForExecutions(WORKFLOW_ID, { count: 0 });
						const found = all.filter((/** @type {any} */ e) =>
							JSON.stringify(e.data).includes(marker),
						);
						return found.length ? found : undefined;
					},
					{ timeoutMs: 30000, intervalMs: 500 },
				);
				assert.ok(executions, 'an execution carries the transcription');
				assert.equal(executions.length, 1, 'one execution for the voicemail');
				assert.equal(executions[0].status, 'success');
				const data = JSON.stringify(executions[0].data);
				assert.ok(data.includes('"transcriptionTimedOut":false'), 'completed within the wait');
				assert.ok(data.includes(`"messageId":"${call.message.id}"`), 'names the voicemail');
				assert.deepEqual(ctx.emu.violations, [], 'every request matched the spec');
			} finally {
				await ctx.deactivate(WORKFLOW_ID).catch(() => undefined);
			}
		},
	},
];
