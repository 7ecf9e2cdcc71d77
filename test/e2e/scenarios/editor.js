// @ts-check
'use strict';
/**
 * The n8n editor in a real browser (Debian's Chromium via playwright-core): sign in, search
 * "RingCentral" in the node picker, open the Send SMS panel and its From dropdown (loaded from the
 * emulator through n8n), open the Trigger panel when there is one. Screenshots go to
 * `<output>/screenshots/<version>/` (or E2E_SCREENSHOTS, e.g. docs/images).
 */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const { ensureChromium, launchChromium } = require('../lib/browser');
const { manualWorkflow, rcNode } = require('../lib/workflows');
const { loadExamples } = require('../../../scripts/lib/examples');

const SMS_WORKFLOW = 'E2eEditorSms0001';
const TRIGGER_WORKFLOW = 'E2eEditorTrig001';

/** @param {any} ctx */
function screenshotDir(ctx) {
	const dir = process.env.E2E_SCREENSHOTS
		? path.resolve(process.env.E2E_SCREENSHOTS)
		: path.join(ctx.outputDir, 'screenshots', ctx.version);
	fs.mkdirSync(dir, { recursive: true });
	return dir;
}

/** @param {import('playwright-core').Page} page @param {any} ctx @param {string} name */
async function shot(page, ctx, name) {
	const file = path.join(screenshotDir(ctx), `${name}.png`);
	await page.screenshot({ path: file });
	ctx.shared.screenshots = [...(ctx.shared.screenshots || []), file];
	return file;
}

/** @param {import('playwright-core').Page} page @param {any} ctx */
async function signIn(page, ctx) {
	await page.goto(`${ctx.n8n.url}/signin`);
	await page
		.locator('input[type="email"], input[name="email"], input[name="emailOrLdapLoginId"]')
		.first()
		.fill(ctx.owner.email);
	await page.locator('input[type="password"]').first().fill(ctx.owner.password);
	await page.getByRole('button', { name: /sign in/i }).click();
	await page.waitForURL((url) => !/\/signin/.test(url.pathname), { timeout: 30000 });
}

/** Closes n8n's first-run popups when they show. @param {import('playwright-core').Page} page */
async function dismissPopups(page) {
	for (const label of [/^(skip|dismiss|got it|close|maybe later|not now)$/i]) {
		const b = page.getByRole('button', { name: label });
		if (await b.count())
			await b
				.first()
				.click({ timeout: 2000 })
				.catch(() => undefined);
	}
	await page.keyboard.press('Escape').catch(() => undefined);
}

/** Opens a workflow and the node's panel (NDV) by double-clicking it on the canvas. @param {import('playwright-core').Page} page @param {any} ctx @param {string} id @param {string} nodeName */
async function openNode(page, ctx, id, nodeName) {
	await page.goto(`${ctx.n8n.url}/workflow/${id}`);
	const node = page.locator(`[data-test-id="canvas-node"][data-node-name="${nodeName}"]`).first();
	await node.waitFor({ timeout: 30000 });
	await dismissPopups(page);
	await node.dblclick();
	await page.locator('[data-test-id="ndv"]').first().waitFor({ timeout: 15000 });
	await page.waitForTimeout(500);
}

/**
 * Runs `fn` on a new page of the signed-in browser; a failure leaves a `<name>-FAILED.png` screenshot.
 * @param {any} ctx @param {string} name @param {(page: import('playwright-core').Page) => Promise<void>} fn
 */
async function withPage(ctx, name, fn) {
	await ensureBrowser(ctx);
	/** @type {import('playwright-core').Page} */
	const page = await ctx.shared.context.newPage();
	try {
		await fn(page);
	} catch (err) {
		await shot(page, ctx, `${name}-FAILED`).catch(() => undefined);
		throw err;
	} finally {
		await page.close().catch(() => undefined);
	}
}

/** Chromium with a signed-in browser context, shared by the editor steps. @param {any} ctx */
async function ensureBrowser(ctx) {
	if (ctx.shared.context) return;
	const installSeconds = ensureChromium();
	if (installSeconds)
		ctx.timings.push({ what: 'apt-get install chromium', seconds: installSeconds });
	ctx.shared.browser = await launchChromium();
	const context = await ctx.shared.browser.newContext({ viewport: { width: 1440, height: 900 } });
	const page = await context.newPage();
	try {
		await signIn(page, ctx);
	} catch (err) {
		await shot(page, ctx, 'sign-in-FAILED').catch(() => undefined);
		throw err;
	} finally {
		await page.close();
	}
	ctx.shared.context = context;
}

/** The example shown on the canvas: the first of these whose nodes this build has. @param {any} ctx */
function canvasExample(ctx) {
	const available = ctx.nodes.map((/** @type {any} */ n) => n.type);
	const examples = loadExamples().filter(
		(e) => e.missingNodeTypes(available).length === 0 && e.startsWith === 'manualTrigger',
	);
	return (
		examples.find((e) => e.slug === 'missed-call-follow-up-sms') ||
		examples.find((e) => e.slug === 'sms-auto-reply') ||
		examples[0]
	);
}

/** Opens the node picker on an empty workflow and searches. @param {import('playwright-core').Page} page @param {any} ctx @param {string} term */
async function searchNodePicker(page, ctx, term) {
	await page.goto(`${ctx.n8n.url}/workflow/new`);
	await page
		.locator('[data-test-id="canvas-wrapper"], [data-test-id="canvas"]')
		.first()
		.waitFor({ timeout: 30000 });
	await page.waitForLoadState('networkidle').catch(() => undefined);
	await dismissPopups(page);
	const search = page
		.locator(
			'[data-test-id="node-creator-search-bar"] input, input[data-test-id="node-creator-search-bar"], [data-test-id="search-bar"] input',
		)
		.first();
	// "Add first step" on the canvas, the "+" of the canvas controls, or the Tab shortcut opens the picker.
	for (const open of [
		() => page.locator('[data-test-id="canvas-add-button"]').first().click({ timeout: 5000 }),
		() =>
			page.locator('[data-test-id="node-creator-plus-button"]').first().click({ timeout: 5000 }),
		() => page.keyboard.press('Tab'),
	]) {
		await open().catch(() => undefined);
		if (
			await search.waitFor({ timeout: 5000 }).then(
				() => true,
				() => false,
			)
		)
			break;
	}
	await search.waitFor({ timeout: 5000 });
	await search.fill(term);
}

/** @type {import('../n8n.e2e').Scenario[]} */
module.exports = [
	{
		id: 'editor-picker',
		title:
			'Editor (Chromium): the node picker finds our nodes for "RingCentral" and lists the Messaging actions',
		phase: 'server',
		requires: ['ringCentralMessaging'],
		async run(ctx) {
			await withPage(ctx, 'node-picker', async (page) => {
				await searchNodePicker(page, ctx, 'RingCentral');
				const messaging = page.getByText('RingCentral Messaging', { exact: true }).first();
				await messaging.waitFor({ timeout: 15000 });
				await page.waitForTimeout(500);
				await shot(page, ctx, 'node-picker');
				const text = await page.locator('body').innerText();
				const expected = ctx.nodes
					.filter((/** @type {any} */ n) => !n.isTrigger)
					.map((/** @type {any} */ n) => n.displayName);
				const shown = expected.filter((/** @type {string} */ name) => text.includes(name));
				assert.ok(
					shown.includes('RingCentral Messaging'),
					'the picker lists RingCentral Messaging',
				);
				assert.ok(
					shown.length >= Math.min(expected.length, 8),
					`the picker lists our nodes: ${shown.join(', ')} of ${expected.join(', ')}`,
				);
				await messaging.click();
				const sendSms = page.getByText(/^Send an? SMS$/i).first();
				await sendSms.waitFor({ timeout: 15000 });
				await sendSms.scrollIntoViewIfNeeded();
				await page.waitForTimeout(500);
				await shot(page, ctx, 'messaging-actions');
				const actions = await page.locator('body').innerText();
				for (const action of [
					/Send an? SMS/i,
					/Send an? (MMS|picture message)/i,
					/Send a fax/i,
					/Get many messages/i,
					/Send a high volume SMS batch/i,
				])
					assert.match(actions, action, 'an action of the Messaging node');
			});
		},
	},
	{
		id: 'editor-sms-panel',
		title:
			'Editor (Chromium): the Send SMS panel, and its From dropdown loaded from RingCentral through n8n',
		phase: 'server',
		requires: ['ringCentralMessaging'],
		workflows: (ctx) => [
			manualWorkflow({
				id: SMS_WORKFLOW,
				name: 'Send an SMS',
				chain: [
					rcNode(
						'Send SMS',
						'ringCentralMessaging',
						{
							resource: 'sms',
							operation: 'send',
							from: { __rl: true, mode: 'list', value: '' },
							to: '+14155550100',
							text: 'Hello from n8n',
						},
						ctx.credentials.main,
					),
				],
			}),
		],
		async run(ctx) {
			await withPage(ctx, 'send-sms-panel', async (page) => {
				await openNode(page, ctx, SMS_WORKFLOW, 'Send SMS');
				const panel = await page.locator('[data-test-id="ndv"]').first().innerText();
				for (const label of ['From', 'To', 'Text', 'Resource', 'Operation'])
					assert.ok(panel.includes(label), `the panel shows ${label}`);
				await shot(page, ctx, 'send-sms-panel');
				const mark = ctx.mark();
				// The From parameter (resource locator, "From List" mode): opening it loads the numbers.
				await page
					.locator('[data-test-id="resource-locator-from"] [data-test-id="rlc-input"]')
					.first()
					.click();
				await page.getByText('+16505550101', { exact: false }).first().waitFor({ timeout: 20000 });
				await page.waitForTimeout(400);
				await shot(page, ctx, 'from-number-dropdown');
				const dropdown = await page.locator('body').innerText();
				assert.match(dropdown, /\+16505550101/, 'the SMS-capable number is offered');
				assert.doesNotMatch(dropdown, /\+16505550102 \(/, 'the number without SmsSender is not');
				assert.ok(
					mark.of('listExtensionPhoneNumbers').some((/** @type {any} */ r) => r.status === 200),
					'n8n asked RingCentral for the numbers',
				);
			});
		},
	},
	{
		id: 'editor-trigger-panel',
		title: 'Editor (Chromium): the RingCentral Trigger panel',
		phase: 'server',
		requires: ['ringCentralMessaging', 'ringCentralTrigger'],
		workflows: (ctx) => [
			manualWorkflow({
				id: TRIGGER_WORKFLOW,
				name: 'RingCentral Trigger',
				start: {
					...rcNode('RingCentral Trigger', 'ringCentralTrigger', {}, ctx.credentials.main),
					webhookId: '5ce7a1e0-0000-4000-8000-00000000e2e2',
				},
				chain: [{ name: 'Received', type: 'n8n-nodes-base.noOp', parameters: {} }],
			}),
		],
		async run(ctx) {
			await withPage(ctx, 'trigger-panel', async (page) => {
				await openNode(page, ctx, TRIGGER_WORKFLOW, 'RingCentral Trigger');
				const panel = await page.locator('[data-test-id="ndv"]').first().innerText();
				assert.match(panel, /Credential/); // "Credential to connect with" (2.8) or "Credential" (2.41)
				assert.match(panel, /Events[\s\S]*SMS Received/, 'the events, with the default one');
				assert.match(panel, /Scope/);
				await shot(page, ctx, 'trigger-panel');
			});
		},
	},
	{
		id: 'editor-example',
		title: 'Editor (Chromium): an imported example workflow on the canvas',
		phase: 'server',
		requires: ['ringCentralMessaging'],
		workflows: (ctx) => {
			const example = canvasExample(ctx);
			return example ? [example.workflow] : [];
		},
		async run(ctx) {
			const example = canvasExample(ctx);
			assert.ok(example, 'an example whose nodes this build has');
			await withPage(ctx, 'example-workflow', async (page) => {
				await page.goto(`${ctx.n8n.url}/workflow/${example.workflow.id}`);
				await page.locator('[data-test-id="canvas-node"]').first().waitFor({ timeout: 30000 });
				await dismissPopups(page);
				const fit = page.locator('[data-test-id="zoom-to-fit"]');
				if (await fit.count())
					await fit
						.first()
						.click()
						.catch(() => undefined);
				await page.waitForTimeout(800);
				const names = await page
					.locator('[data-test-id="canvas-node"]')
					.evaluateAll((els) => els.map((e) => e.getAttribute('data-node-name')));
				for (const node of example.workflow.nodes.filter(
					(/** @type {any} */ n) => n.type !== 'n8n-nodes-base.stickyNote',
				))
					assert.ok(names.includes(node.name), `the canvas shows "${node.name}"`);
				await shot(page, ctx, 'example-workflow');
			});
			await ctx.shared.browser?.close().catch(() => undefined);
			ctx.shared.browser = undefined;
			ctx.shared.context = undefined;
		},
	},
];
