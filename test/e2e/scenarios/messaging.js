// @ts-check
'use strict';
/**
 * RingCentral Messaging inside n8n: SMS, MMS built from a file made by n8n's own nodes, and the
 * message store read with Return All across pages.
 */
const assert = require('node:assert/strict');
const { manualWorkflow, rcNode, itemsOf } = require('../lib/workflows');

const FROM = '+16505550101'; // the demo number with SmsSender and MmsSender
const PNG_BASE64 =
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const PAGING_PEER = '+14155550999';
const PAGING_COUNT = 1234; // more than one page of 1000 (the largest page the node asks for)

/** @type {import('../n8n.e2e').Scenario[]} */
module.exports = [
	{
		id: 'messaging-sms',
		title:
			'Messaging: Send SMS (from-number in list mode, text from an expression) to two recipients, one SMS each',
		phase: 'cli',
		requires: ['ringCentralMessaging'],
		workflows: (ctx) => [
			manualWorkflow({
				id: 'E2eMessagingSms1',
				name: 'e2e Messaging: SMS',
				chain: [
					rcNode(
						'Send SMS',
						'ringCentralMessaging',
						{
							resource: 'sms',
							operation: 'send',
							from: { __rl: true, mode: 'list', value: FROM },
							to: '+14155550101, +14155550102',
							text: `=Hello from n8n {{ $now.toFormat('yyyy') }} (${ctx.version})`,
							options: { sendSeparately: true },
						},
						ctx.credentials.main,
					),
				],
			}),
		],
		async run(ctx) {
			const mark = ctx.mark();
			const { run } = await ctx.execute('E2eMessagingSms1');
			const items = itemsOf(run, 'Send SMS');
			assert.equal(items.length, 2, 'one output item per SMS sent');
			const year = new Date().getFullYear();
			for (const item of items)
				assert.equal(item.json.subject, `Hello from n8n ${year} (${ctx.version})`);
			const sent = mark.of('createSMSMessage');
			assert.deepEqual(
				sent.map((/** @type {any} */ r) => [
					r.status,
					r.body.from.phoneNumber,
					r.body.to.map((/** @type {any} */ t) => t.phoneNumber).join(),
				]),
				[
					[200, FROM, '+14155550101'],
					[200, FROM, '+14155550102'],
				],
			);
			const stored = ctx.emu.state.messages.filter((/** @type {any} */ m) =>
				items.some((i) => String(i.json.id) === String(m.id)),
			);
			assert.equal(stored.length, 2, 'both SMS are in the message store');
			assert.deepEqual(mark.violations(), [], "every request matched RingCentral's spec");
		},
	},
	{
		id: 'messaging-mms',
		title: 'Messaging: Send MMS with a PNG made by n8n (Set → Convert to File → RingCentral)',
		phase: 'cli',
		requires: ['ringCentralMessaging'],
		workflows: (ctx) => [
			manualWorkflow({
				id: 'E2eMessagingMms1',
				name: 'e2e Messaging: MMS',
				chain: [
					{
						name: 'Picture',
						type: 'n8n-nodes-base.set',
						typeVersion: 3.4,
						parameters: {
							assignments: {
								assignments: [{ id: 'a1', name: 'png', value: PNG_BASE64, type: 'string' }],
							},
							options: {},
						},
					},
					{
						name: 'To file',
						type: 'n8n-nodes-base.convertToFile',
						typeVersion: 1.1,
						parameters: {
							operation: 'toBinary',
							sourceProperty: 'png',
							binaryPropertyName: 'data',
							options: { fileName: 'pixel.png', mimeType: 'image/png' },
						},
					},
					rcNode(
						'Send MMS',
						'ringCentralMessaging',
						{
							resource: 'mms',
							operation: 'send',
							from: { __rl: true, mode: 'number', value: FROM },
							to: '+14155550103',
							attachmentFields: 'data',
							text: 'A picture from n8n',
						},
						ctx.credentials.main,
					),
				],
			}),
		],
		async run(ctx) {
			const mark = ctx.mark();
			const { run } = await ctx.execute('E2eMessagingMms1');
			const items = itemsOf(run, 'Send MMS');
			assert.equal(items.length, 1);
			const [request] = mark.of('createMMS');
			assert.ok(request, 'n8n sent createMMS');
			assert.equal(request.status, 200);
			const files = request.body.files || [];
			assert.equal(files.length, 1, 'one attachment');
			assert.equal(files[0].contentType, 'image/png');
			assert.equal(
				files[0].size,
				Buffer.from(PNG_BASE64, 'base64').length,
				'the bytes n8n made, unchanged',
			);
			const stored = ctx.emu.state.messages.find(
				(/** @type {any} */ m) => String(m.id) === String(items[0].json.id),
			);
			assert.ok(stored, 'the MMS is in the message store');
			assert.ok(
				(stored.attachments || []).some((/** @type {any} */ a) => a.contentType === 'image/png'),
				'with the picture',
			);
			assert.deepEqual(mark.violations(), []);
		},
	},
	{
		id: 'messaging-return-all',
		title: `Messaging: Get Many messages with Return All across pages (${PAGING_COUNT} messages, pages of 1000)`,
		phase: 'cli',
		requires: ['ringCentralMessaging'],
		workflows: (ctx) => [
			manualWorkflow({
				id: 'E2eMessagingAll1',
				name: 'e2e Messaging: list with Return All',
				chain: [
					rcNode(
						'All messages',
						'ringCentralMessaging',
						{
							resource: 'message',
							operation: 'getAll',
							returnAll: true,
							filters: { messageType: ['SMS'], phoneNumber: PAGING_PEER },
						},
						ctx.credentials.main,
					),
				],
			}),
		],
		async run(ctx) {
			for (let i = 0; i < PAGING_COUNT; i++)
				ctx.emu.addInboundSms({ from: PAGING_PEER, text: `paging ${i}`, readStatus: 'Read' });
			const mark = ctx.mark();
			const { run } = await ctx.execute('E2eMessagingAll1');
			const items = itemsOf(run, 'All messages');
			assert.equal(items.length, PAGING_COUNT, 'every message, once');
			assert.equal(
				new Set(items.map((i) => i.json.id)).size,
				PAGING_COUNT,
				'no duplicates across pages',
			);
			const pages = mark.of('listMessages');
			assert.equal(pages.length, 2, 'two pages');
			assert.ok(pages.every((/** @type {any} */ r) => r.status === 200));
			assert.deepEqual(mark.violations(), []);
		},
	},
];
