// @ts-check
'use strict';
/**
 * This package's nodes as tools of n8n's AI Agent (`@n8n/n8n-nodes-langchain.agent`, shipped with
 * n8n): n8n wraps every node with `usableAsTool` as `<package>.<node>Tool`. The language model is an
 * OpenAI Chat Model whose credential's base URL points at a scripted OpenAI-compatible server on
 * loopback: it answers /v1/chat/completions first with a tool call (arguments for the `$fromAI()`
 * parameters), then, once the tool's result is in the conversation, with a final answer. No real
 * model, no network.
 */
const assert = require('node:assert/strict');
const http = require('node:http');
const { manualWorkflow, rcNode, itemsOf } = require('../lib/workflows');
const path = require('node:path');

/** The built package's Simplify (read from dist/ at run time: `npm run typecheck` runs before the build). */
function simplifyCallRecord(/** @type {Record<string, unknown>} */ record) {
	return require(
		path.join(
			__dirname,
			'..',
			'..',
			'..',
			'dist',
			'nodes',
			'Voice',
			'resources',
			'callLog',
			'simplify',
		),
	).simplifyCallRecord(record);
}

const FROM = '+16505550101'; // the demo number with SmsSender
const SMS_TO = '+14155550142';
const SMS_TEXT = 'Your table for two is ready.';
const CALLS_ASKED = 3;
const OPENAI_CREDENTIAL = {
	id: 'RcE2eOpenAiApi01',
	name: 'Scripted OpenAI (loopback)',
	type: 'openAiApi',
};

/**
 * @typedef {{ tool: string, args: Record<string, unknown>, answer: (toolResult: string) => string }} Script
 *   what the model does in a conversation: call `tool` with `args`, then answer from the tool's result
 */

/**
 * An OpenAI-compatible chat server that follows a script per conversation (keyed by the first user
 * message): no tool result yet → the tool call; a tool result → the final answer. Answers plain JSON or,
 * when the client asks for `stream: true`, server-sent chunks. Keeps every request for the test to read.
 * @param {Record<string, Script>} scripts keyed by a word of the user's prompt
 */
async function startScriptedModel(scripts) {
	/** @type {Array<{ path: string, body: any }>} */
	const requests = [];
	let calls = 0;
	const server = http.createServer((req, res) => {
		let raw = '';
		req.on('data', (d) => (raw += d));
		req.on('end', () => {
			/** @type {any} */
			let body = {};
			try {
				body = raw ? JSON.parse(raw) : {};
			} catch {
				/* answered 400 below */
			}
			requests.push({ path: String(req.url), body });
			if (
				req.method !== 'POST' ||
				!/\/chat\/completions$/.test(String(req.url)) ||
				!Array.isArray(body.messages)
			) {
				res.writeHead(400, { 'Content-Type': 'application/json' });
				res.end(
					JSON.stringify({
						error: { message: `scripted model: unexpected ${req.method} ${req.url}` },
					}),
				);
				return;
			}
			const prompt = String(
				body.messages.find((/** @type {any} */ m) => m.role === 'user')?.content ?? '',
			);
			const key = Object.keys(scripts).find((k) => prompt.includes(k));
			const toolResult = body.messages.find((/** @type {any} */ m) => m.role === 'tool');
			/** @type {any} */
			let message;
			if (!key)
				message = { role: 'assistant', content: `scripted model: no script for "${prompt}"` };
			else if (toolResult)
				message = { role: 'assistant', content: scripts[key].answer(String(toolResult.content)) };
			else {
				const offered = (body.tools || []).map((/** @type {any} */ t) => t.function?.name);
				const tool = scripts[key].tool;
				if (!offered.includes(tool))
					message = {
						role: 'assistant',
						content: `scripted model: tool ${tool} not offered (offered: ${offered.join(', ')})`,
					};
				else
					message = {
						role: 'assistant',
						content: null,
						tool_calls: [
							{
								id: `call_${++calls}`,
								type: 'function',
								function: { name: tool, arguments: JSON.stringify(scripts[key].args) },
							},
						],
					};
			}
			reply(res, body, message);
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	server.unref(); // lives as long as the test process, never keeps it alive
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	return { url: `http://127.0.0.1:${address.port}/v1`, requests };
}

/** @param {http.ServerResponse} res @param {any} request @param {any} message */
function reply(res, request, message) {
	const base = {
		id: `chatcmpl-${Date.now()}`,
		created: Math.floor(Date.now() / 1000),
		model: request.model || 'scripted',
	};
	const finish = message.tool_calls ? 'tool_calls' : 'stop';
	const usage = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 };
	if (!request.stream) {
		res.writeHead(200, { 'Content-Type': 'application/json' });
		res.end(
			JSON.stringify({
				...base,
				object: 'chat.completion',
				choices: [{ index: 0, message, finish_reason: finish, logprobs: null }],
				usage,
			}),
		);
		return;
	}
	res.writeHead(200, {
		'Content-Type': 'text/event-stream',
		'Cache-Control': 'no-cache',
		Connection: 'keep-alive',
	});
	const chunk = (/** @type {any} */ choices, /** @type {any} */ extra = {}) =>
		res.write(
			`data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices, ...extra })}\n\n`,
		);
	const delta = message.tool_calls
		? {
				role: 'assistant',
				content: null,
				tool_calls: message.tool_calls.map((/** @type {any} */ c, /** @type {number} */ index) => ({
					index,
					...c,
				})),
			}
		: { role: 'assistant', content: message.content };
	chunk([{ index: 0, delta, finish_reason: null }]);
	chunk([{ index: 0, delta: {}, finish_reason: finish }]);
	if (request.stream_options?.include_usage) chunk([], { usage });
	res.end('data: [DONE]\n\n');
}

/**
 * Manual Trigger → Set `chatInput` → AI Agent, with the OpenAI Chat Model and one of this package's
 * nodes as its tool.
 * @param {{ id: string, name: string, prompt: string, tool: import('../lib/workflows').NodeSpec }} o
 */
function agentWorkflow({ id, name, prompt, tool }) {
	const workflow = manualWorkflow({
		id,
		name,
		chain: [
			{
				name: 'Prompt',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				parameters: {
					assignments: {
						assignments: [{ id: 'p1', name: 'chatInput', value: prompt, type: 'string' }],
					},
					options: {},
				},
			},
			{
				name: 'AI Agent',
				type: '@n8n/n8n-nodes-langchain.agent',
				typeVersion: 3,
				parameters: {
					promptType: 'define',
					text: '={{ $json.chatInput }}',
					options: { maxIterations: 4 },
				},
			},
		],
	});
	const model = {
		id: 'e2e-agent-model',
		name: 'OpenAI Chat Model',
		type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
		typeVersion: 1.3,
		position: [440, 200],
		// The Chat Completions API (what OpenAI-compatible servers speak), not the Responses API.
		parameters: {
			model: { __rl: true, mode: 'id', value: 'gpt-4o-mini' },
			responsesApiEnabled: false,
			options: { maxRetries: 0 },
		},
		credentials: { openAiApi: { id: OPENAI_CREDENTIAL.id, name: OPENAI_CREDENTIAL.name } },
	};
	const toolNode = {
		id: 'e2e-agent-tool',
		name: tool.name,
		type: tool.type,
		typeVersion: 1,
		position: [660, 200],
		parameters: tool.parameters,
		credentials: tool.credentials,
	};
	workflow.nodes.push(model, toolNode);
	workflow.connections[model.name] = {
		ai_languageModel: [[{ node: 'AI Agent', type: 'ai_languageModel', index: 0 }]],
	};
	workflow.connections[tool.name] = {
		ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]],
	};
	return workflow;
}

/** The tool n8n makes of one of this package's nodes (`<package>.<node>Tool`). @param {import('../lib/workflows').NodeSpec} node */
const asTool = (node) => ({ ...node, type: `${node.type}Tool` });

/** n8n's name for a tool: the node's name with spaces and punctuation as underscores. @param {string} nodeName */
const toolName = (nodeName) => nodeName.replace(/[^a-zA-Z0-9_-]+/g, '_');

/** The scripted model, started once per n8n version, and the credential pointing at it. @param {any} ctx */
async function scriptedModel(ctx) {
	if (ctx.shared.scriptedModel) return ctx.shared.scriptedModel;
	const model = await startScriptedModel({
		'table for two': {
			tool: toolName('Send SMS'),
			args: { to: SMS_TO, text: SMS_TEXT },
			answer: (result) =>
				`Done: the SMS went out (${JSON.parse(result)[0]?.messageStatus ?? 'no status'}).`,
		},
		'recent calls': {
			tool: toolName('Call log'),
			args: { limit: CALLS_ASKED },
			answer: (result) => `You had ${JSON.parse(result).length} recent calls.`,
		},
	});
	ctx.shared.scriptedModel = model;
	await ctx.n8n.importCredentials([
		{ ...OPENAI_CREDENTIAL, data: { apiKey: 'sk-scripted-e2e', url: model.url } },
	]);
	return model;
}

/**
 * The tool definitions and tool results the model received in one conversation.
 * @param {Array<{ body: any }>} requests @param {string} promptWord
 */
function conversation(requests, promptWord) {
	const mine = requests.filter((r) =>
		String(
			r.body.messages?.find((/** @type {any} */ m) => m.role === 'user')?.content ?? '',
		).includes(promptWord),
	);
	return {
		requests: mine,
		tools: mine[0]?.body.tools || [],
		toolResults: mine
			.flatMap((r) =>
				r.body.messages
					.filter((/** @type {any} */ m) => m.role === 'tool')
					.map((/** @type {any} */ m) => String(m.content)),
			)
			.filter((c, i, all) => all.indexOf(c) === i),
	};
}

/** @type {import('../n8n.e2e').Scenario[]} */
module.exports = [
	{
		id: 'agent-sms-tool',
		title:
			'AI Agent: RingCentral Messaging as a tool sends one SMS with the values the model chose ($fromAI), and the answer comes back',
		phase: 'cli',
		requires: ['ringCentralMessaging'],
		workflows: (ctx) => [
			agentWorkflow({
				id: 'E2eAgentSmsTool1',
				name: 'e2e AI Agent: send an SMS',
				prompt: `Text ${SMS_TO} that their table for two is ready.`,
				tool: asTool(
					rcNode(
						'Send SMS',
						'ringCentralMessaging',
						{
							resource: 'sms',
							operation: 'send',
							from: { __rl: true, mode: 'list', value: FROM },
							to: "={{ $fromAI('to', 'Recipient phone number in E.164 format', 'string') }}",
							text: "={{ $fromAI('text', 'The text of the SMS', 'string') }}",
							descriptionType: 'auto',
						},
						ctx.credentials.main,
					),
				),
			}),
		],
		async run(ctx, t) {
			const model = await scriptedModel(ctx);
			const mark = ctx.mark();
			const { run } = await ctx.execute('E2eAgentSmsTool1');

			const sent = mark.of('createSMSMessage');
			assert.deepEqual(
				sent.map((/** @type {any} */ r) => [
					r.status,
					r.body.from.phoneNumber,
					r.body.to.map((/** @type {any} */ t) => t.phoneNumber).join(),
					r.body.text,
				]),
				[[200, FROM, SMS_TO, SMS_TEXT]],
				'exactly one SMS, with the number and text the model chose',
			);
			const [answer] = itemsOf(run, 'AI Agent');
			assert.match(
				String(answer?.json.output),
				/^Done: the SMS went out \((Queued|Sent|Delivered)\)\.$/,
				"the final answer is the agent's output",
			);

			const talk = conversation(model.requests, 'table for two');
			const tool = talk.tools.find(
				(/** @type {any} */ t) => t.function.name === toolName('Send SMS'),
			);
			assert.ok(tool, 'the SMS tool was offered to the model');
			assert.deepEqual(
				Object.keys(tool.function.parameters.properties).sort(),
				['text', 'to'],
				'its arguments are the $fromAI() keys',
			);
			// n8n describes a tool by its operation's action and the node ("Set Automatically").
			assert.equal(tool.function.description, 'Send an SMS in RingCentral Messaging');
			assert.equal(talk.toolResults.length, 1, 'one tool result went back to the model');
			assert.deepEqual(mark.violations(), [], "every request matched RingCentral's spec");
			t?.diagnostic(
				`${talk.requests.length} model requests (${talk.requests.filter((r) => r.body.stream).length} streamed)`,
			);
		},
	},
	{
		id: 'agent-call-log-tool',
		title:
			'AI Agent: RingCentral Voice call log as a tool hands the model compact rows (Simplify), not raw records',
		phase: 'cli',
		requires: ['ringCentralVoice'],
		workflows: (ctx) => [
			agentWorkflow({
				id: 'E2eAgentCallLog1',
				name: 'e2e AI Agent: read the call log',
				prompt: 'How many recent calls did I have?',
				tool: asTool(
					rcNode(
						'Call log',
						'ringCentralVoice',
						{
							resource: 'callLog',
							operation: 'getAll',
							dateRange: 'last30Days',
							limit: "={{ $fromAI('limit', 'How many calls to read, newest first', 'number') }}",
							descriptionType: 'auto',
						},
						ctx.credentials.main,
					),
				),
			}),
		],
		async run(ctx, t) {
			const model = await scriptedModel(ctx);
			const mark = ctx.mark();
			const { run } = await ctx.execute('E2eAgentCallLog1');

			const pages = mark.of('readUserCallLog');
			assert.equal(pages.length, 1, 'one call log request');
			assert.equal(
				String(pages[0].query.perPage),
				String(CALLS_ASKED),
				'with the limit the model chose',
			);
			const [answer] = itemsOf(run, 'AI Agent');
			assert.equal(answer?.json.output, `You had ${CALLS_ASKED} recent calls.`);

			const talk = conversation(model.requests, 'recent calls');
			assert.equal(talk.toolResults.length, 1, 'one tool result went back to the model');
			const rows = JSON.parse(talk.toolResults[0]);
			assert.equal(rows.length, CALLS_ASKED);
			// The flat rows of Simplify (the node's default), never RingCentral's nested records.
			const columns = Object.keys(simplifyCallRecord({})).sort();
			for (const row of rows) {
				assert.deepEqual(
					Object.keys(row).sort(),
					columns,
					`a simplified row: ${JSON.stringify(row)}`,
				);
				assert.ok(
					Object.values(row).every((v) => v === null || typeof v !== 'object'),
					`flat: ${JSON.stringify(row)}`,
				);
			}
			t?.diagnostic(
				`the model got ${talk.toolResults[0].length} characters for ${CALLS_ASKED} calls`,
			);
			const tool = talk.tools.find(
				(/** @type {any} */ t) => t.function.name === toolName('Call log'),
			);
			assert.equal(tool?.function.description, 'Get many call log records in RingCentral Voice');
			assert.deepEqual(mark.violations(), []);
		},
	},
];
