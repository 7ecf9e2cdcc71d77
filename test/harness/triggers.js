// @ts-check
'use strict';

/**
 * Trigger nodes with n8n-core's real contexts: `HookContext` (webhook lifecycle: checkExists,
 * create, delete), `WebhookContext` (a delivery, with an express-like request and response) and
 * `PollContext` (a poll). `startWebhookTrigger` adds a loopback HTTP receiver standing in for n8n's
 * webhook server, so a remote API (the emulator) really POSTs to the node's webhook URL and each
 * request runs the node's `webhook()` as n8n does. See README.md ("Trigger nodes").
 */

const http = require('http');
const { NodeHelpers, UnexpectedError } = require('n8n-workflow');
const { HookContext, WebhookContext, PollContext, TriggerContext } = require('n8n-core');

const { createAdditionalData, runWorkflow } = require('./engine');
const { ensureContainer, Container, backendCommon } = require('../../scripts/lib/di');
const { singleNodeWorkflow } = require('./contexts');

/**
 * @typedef {import('n8n-workflow').INodeType} INodeType
 * @typedef {import('n8n-workflow').INode} INode
 * @typedef {import('n8n-workflow').INodeParameters} INodeParameters
 * @typedef {import('n8n-workflow').IDataObject} IDataObject
 * @typedef {import('n8n-workflow').INodeExecutionData} INodeExecutionData
 * @typedef {import('n8n-workflow').IWebhookData} IWebhookData
 * @typedef {import('n8n-workflow').IWebhookResponseData} IWebhookResponseData
 * @typedef {import('n8n-workflow').IWorkflowExecuteAdditionalData} IWorkflowExecuteAdditionalData
 * @typedef {import('n8n-workflow').Workflow} Workflow
 * @typedef {import('n8n-workflow').WorkflowExecuteMode} WorkflowExecuteMode
 * @typedef {import('n8n-workflow').WorkflowActivateMode} WorkflowActivateMode
 * @typedef {import('./credentials').CredentialStore} CredentialStore
 */

/** Plain deep copy of static data (as n8n's database round trip gives it). @param {unknown} data @returns {IDataObject} */
function plainCopy(data) {
	const copy = JSON.parse(JSON.stringify(data ?? {}));
	delete copy.__dataChanged;
	return copy;
}

/**
 * The workflow, node and additionalData n8n uses for a trigger node: one node, static data loaded
 * from `staticData` (a copy, as from the database), a `webhookId`, URLs under `baseUrl`.
 * @param {{ nodeType: INodeType, parameters?: INodeParameters, credentials?: CredentialStore, staticData?: IDataObject,
 *   baseUrl?: string, name?: string }} options
 */
function triggerWorkflow(options) {
	const { workflow, node } = singleNodeWorkflow(options);
	node.webhookId = 'harness-webhook-id';
	workflow.overrideStaticData(plainCopy(options.staticData));
	workflow.staticData.__dataChanged = false;
	const additionalData = createAdditionalData({
		credentials: options.credentials,
		baseUrl: options.baseUrl,
	});
	return { workflow, node, additionalData };
}

/**
 * The `IWebhookData` n8n registers for the node's webhook (first description unless `name` is given).
 * @param {Workflow} workflow @param {INode} node @param {IWorkflowExecuteAdditionalData} additionalData
 * @param {{ isTest?: boolean, name?: string }} [options]
 * @returns {IWebhookData}
 */
function webhookDataOf(workflow, node, additionalData, options = {}) {
	const nodeType = workflow.nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
	const description = (nodeType.description.webhooks ?? []).find(
		(w) => !options.name || w.name === options.name,
	);
	if (!description)
		throw new UnexpectedError(
			`Node ${node.type} has no webhook${options.name ? ` "${options.name}"` : ''}`,
		);
	const rawPath = String(
		workflow.expression.getSimpleParameterValue(node, description.path, 'internal', {}),
	);
	const isFullPath = /** @type {boolean} */ (
		workflow.expression.getSimpleParameterValue(
			node,
			description.isFullPath,
			'internal',
			{},
			undefined,
			false,
		)
	);
	return {
		httpMethod: /** @type {any} */ (String(description.httpMethod ?? 'POST')),
		node: node.name,
		path: NodeHelpers.getNodeWebhookPath(
			workflow.id,
			node,
			rawPath.replace(/^\/|\/$/g, ''),
			isFullPath,
		),
		webhookDescription: description,
		workflowId: workflow.id,
		workflowExecuteAdditionalData: additionalData,
		webhookId: node.webhookId,
		isTest: options.isTest === true,
	};
}

/**
 * n8n-core's HookContext for `webhookMethods.<name>.{checkExists, create, delete}`. n8n uses mode
 * 'trigger' for production activations and 'manual' (activation 'manual', `isTest`) for the test URL.
 * @param {{ workflow: Workflow, node: INode, additionalData: IWorkflowExecuteAdditionalData, mode?: WorkflowExecuteMode,
 *   activation?: WorkflowActivateMode, isTest?: boolean, webhookData?: IWebhookData }} options
 */
function hookContext(options) {
	const isTest = options.isTest ?? options.mode === 'manual';
	const webhookData =
		options.webhookData ??
		webhookDataOf(options.workflow, options.node, options.additionalData, { isTest });
	return new HookContext(
		options.workflow,
		options.node,
		options.additionalData,
		options.mode ?? (isTest ? 'manual' : 'trigger'),
		options.activation ?? (isTest ? 'manual' : 'activate'),
		webhookData,
	);
}

/**
 * An express-like request as n8n hands it to `webhook()`.
 * @typedef {{ method: string, url: string, path: string, headers: Record<string, string | string[] | undefined>,
 *   body: any, rawBody: Buffer, query: Record<string, any>, params: Record<string, string> }} FakeRequest
 */

/** An express-like response that records what the node sends. */
class FakeResponse {
	/** @param {(response: FakeResponse) => void} [onEnd]  called once when the node ends the response (n8n's express sends it then) */
	constructor(onEnd) {
		this.onEnd = onEnd;
		this.statusCode = 200;
		/** @type {Record<string, string>} */
		this.headers = {};
		/** @type {string | Buffer | undefined} */
		this.body = undefined;
		this.headersSent = false;
		this.finished = false;
	}

	/** @param {number} code */
	status(code) {
		this.statusCode = code;
		return this;
	}

	/** @param {number} code */
	sendStatus(code) {
		this.statusCode = code;
		return this.end();
	}

	/** @param {string} name @param {string | number | string[]} value */
	setHeader(name, value) {
		this.headers[name.toLowerCase()] = String(value);
		return this;
	}

	/** @param {string | Record<string, string>} name @param {string} [value] */
	set(name, value) {
		if (typeof name === 'object') for (const [k, v] of Object.entries(name)) this.setHeader(k, v);
		else this.setHeader(name, String(value));
		return this;
	}

	/** @param {string} name @param {string} value */
	header(name, value) {
		return this.set(name, value);
	}

	/** @param {string} name */
	getHeader(name) {
		return this.headers[name.toLowerCase()];
	}

	/** @param {string} name */
	removeHeader(name) {
		delete this.headers[name.toLowerCase()];
	}

	/** @param {number} code @param {Record<string, string>} [headers] */
	writeHead(code, headers = {}) {
		this.statusCode = code;
		this.set(headers);
		return this;
	}

	/** @param {unknown} data */
	json(data) {
		if (!this.getHeader('content-type'))
			this.setHeader('content-type', 'application/json; charset=utf-8');
		return this.end(JSON.stringify(data));
	}

	/** @param {unknown} data */
	send(data) {
		if (data !== null && typeof data === 'object' && !Buffer.isBuffer(data)) return this.json(data);
		return this.end(
			/** @type {string | Buffer | undefined} */ (
				data === undefined || data === null
					? undefined
					: Buffer.isBuffer(data)
						? data
						: String(data)
			),
		);
	}

	/** @param {string | Buffer} [data] */
	end(data) {
		if (data !== undefined) this.body = data;
		const first = !this.finished;
		this.headersSent = true;
		this.finished = true;
		if (first) this.onEnd?.(this);
		return this;
	}
}

/**
 * n8n-core's WebhookContext for one request: `additionalData.httpRequest` / `httpResponse` are the fake
 * request and response (n8n passes express's).
 * @param {{ workflow: Workflow, node: INode, additionalData: IWorkflowExecuteAdditionalData, request: FakeRequest,
 *   response?: FakeResponse, mode?: WorkflowExecuteMode, isTest?: boolean, webhookData?: IWebhookData }} options
 */
function webhookContext(options) {
	const response = options.response ?? new FakeResponse();
	const isTest = options.isTest ?? options.mode === 'manual';
	/** @type {IWorkflowExecuteAdditionalData} */
	const additionalData = {
		...options.additionalData,
		httpRequest: /** @type {any} */ (options.request),
		httpResponse: /** @type {any} */ (response),
	};
	const webhookData =
		options.webhookData ??
		webhookDataOf(options.workflow, options.node, additionalData, { isTest });
	const context = new WebhookContext(
		options.workflow,
		options.node,
		additionalData,
		options.mode ?? (isTest ? 'manual' : 'webhook'),
		webhookData,
		[],
		null,
	);
	return { context, response };
}

/**
 * n8n-core's PollContext; `emitted` collects what the node emits through `__emit` (n8n's tick engine
 * emits the poll's return value itself).
 * @param {{ workflow: Workflow, node: INode, additionalData: IWorkflowExecuteAdditionalData, mode?: WorkflowExecuteMode,
 *   activation?: WorkflowActivateMode }} options
 */
function pollContext(options) {
	/** @type {INodeExecutionData[][][]} */
	const emitted = [];
	/** @type {Error[]} */
	const errors = [];
	const context = new PollContext(
		options.workflow,
		options.node,
		options.additionalData,
		options.mode ?? 'trigger',
		options.activation ?? 'activate',
		(data) => emitted.push(data),
		(error) => errors.push(error),
	);
	return { context, emitted, errors };
}

/**
 * One poll of a polling trigger, as n8n runs it: mode 'trigger' (scheduled) or 'manual' (the editor's
 * "Fetch Test Event"). `staticData` is the workflow's persisted static data: it is updated in place
 * with what the poll stored (n8n saves it after the poll), so pass the same object to the next poll.
 * @param {{ nodeType: INodeType, parameters?: INodeParameters, credentials?: CredentialStore, staticData?: IDataObject,
 *   mode?: 'trigger' | 'manual', name?: string }} options
 * @returns {Promise<{ result: INodeExecutionData[][] | null, items: INodeExecutionData[], staticData: IDataObject, requestsMade?: number }>}
 */
async function runPoll(options) {
	const staticData = options.staticData ?? {};
	const { workflow, node, additionalData } = triggerWorkflow({ ...options, staticData });
	const { context } = pollContext({
		workflow,
		node,
		additionalData,
		mode: options.mode ?? 'trigger',
	});
	const poll = options.nodeType.poll;
	if (!poll) throw new UnexpectedError(`Node ${options.nodeType.description.name} has no poll()`);
	const result = await poll.call(context);
	if (options.mode !== 'manual') {
		for (const key of Object.keys(staticData)) delete staticData[key];
		Object.assign(staticData, plainCopy(workflow.staticData));
	}
	return { result, items: result?.[0] ?? [], staticData };
}

/**
 * @typedef {object} ReceivedRequest
 * @property {string} method
 * @property {string} path
 * @property {Record<string, any>} headers
 * @property {any} body
 * @property {{ status: number, headers: Record<string, string>, body: string, ms?: number }} response  `ms`: time from the request to the answer
 * @property {IWebhookResponseData | undefined} result  what `webhook()` returned
 * @property {Error | undefined} error  what `webhook()` threw
 * @property {boolean} executed  whether the workflow was started
 */

/**
 * @typedef {object} WebhookTriggerOptions
 * @property {INodeType} nodeType
 * @property {INodeParameters} [parameters]
 * @property {CredentialStore} [credentials]
 * @property {IDataObject} [staticData]  the workflow's static data as persisted (default empty)
 * @property {boolean} [test]  use the test URL (`/webhook-test/...`, mode and activation 'manual'), as the editor's "Listen for test event"
 * @property {string} [name]
 */

/**
 * A webhook trigger as n8n runs it, with a loopback HTTP server as n8n's webhook endpoint.
 *
 * - `activate()`: as n8n's `createWebhookIfNotExists`: `checkExists()`, then `create()` if it is false;
 *   the route answers before `create()` is called (n8n registers it first), so a validation request
 *   sent by the API during `create()` reaches `webhook()`.
 * - Every request runs `webhook()` with a WebhookContext on a workflow loaded from the persisted
 *   static data; if `webhook()` changed the static data it is saved (as n8n does after a webhook).
 *   Lifecycle calls load and save it the same way.
 * - `restart()`: a server restart: a new workflow from the persisted static data, activation 'init'.
 */
class WebhookTrigger {
	/** @param {WebhookTriggerOptions} options */
	constructor(options) {
		this.options = options;
		/** @type {IDataObject} */
		this.staticData = plainCopy(options.staticData);
		/** @type {ReceivedRequest[]} */
		this.requests = [];
		/** @type {INodeExecutionData[][][]} the trigger node's output in every execution a request started (see runWorkflow) */
		this.executions = [];
		/** @type {Set<Promise<void>>} executions under way */
		this.runs = new Set();
		/** @type {Error[]} errors of executions that failed */
		this.runErrors = [];
		/** While true, the endpoint answers 503 without running the node (n8n down or unreachable). */
		this.down = false;
		this.server = http.createServer((req, res) => {
			this.handle(req, res).catch((error) => {
				res.writeHead(500);
				res.end(String(error && error.message));
			});
		});
		this.baseUrl = '';
		/** @type {{ workflow: Workflow, node: INode } | undefined} the lifecycle call under way */
		this.running = undefined;
		/** @type {Array<{ expression: string, onTick: (scheduledAt: Date) => unknown }>} what `trigger()` registered with n8n's scheduler */
		this.crons = [];
		/** @type {Error[]} what the node reported with `emitError` (n8n then re-activates the workflow) */
		this.triggerErrors = [];
		/** @type {Promise<unknown> | undefined} the re-activation an `emitError` started */
		this.reactivation = undefined;
	}

	/** @param {WebhookTriggerOptions} options */
	static async start(options) {
		const trigger = new WebhookTrigger(options);
		await new Promise((resolve, reject) => {
			trigger.server.once('error', reject);
			trigger.server.listen(0, '127.0.0.1', () => resolve(undefined));
		});
		const address = /** @type {import('net').AddressInfo} */ (trigger.server.address());
		trigger.baseUrl = `http://127.0.0.1:${address.port}`;
		return trigger;
	}

	get isTest() {
		return this.options.test === true;
	}

	/** A workflow loaded from the persisted static data. */
	load() {
		return triggerWorkflow({ ...this.options, staticData: this.staticData, baseUrl: this.baseUrl });
	}

	/** @param {Workflow} workflow */
	save(workflow) {
		this.staticData = plainCopy(workflow.staticData);
	}

	/** The node's webhook URL (`getNodeWebhookUrl('default')` in its hook context). */
	get url() {
		const { workflow, node, additionalData } = this.load();
		return /** @type {string} */ (
			hookContext({ workflow, node, additionalData, isTest: this.isTest }).getNodeWebhookUrl(
				'default',
			)
		);
	}

	/** The node's static data (`getWorkflowStaticData('node')`) as persisted. */
	get nodeStaticData() {
		const { workflow, node } = this.load();
		return plainCopy(workflow.getStaticData('node', node));
	}

	/**
	 * Runs one lifecycle method with a HookContext and saves the static data.
	 * @param {'checkExists' | 'create' | 'delete'} method
	 * @param {{ activation?: WorkflowActivateMode, mode?: WorkflowExecuteMode }} [o]
	 * @returns {Promise<boolean>}
	 */
	async lifecycle(method, o = {}) {
		const { workflow, node, additionalData } = this.load();
		const fn = this.options.nodeType.webhookMethods?.default?.[method];
		if (!fn) throw new UnexpectedError(`Node has no webhookMethods.default.${method}`);
		const mode = o.mode ?? (this.isTest ? 'manual' : method === 'delete' ? 'internal' : 'trigger');
		const activation =
			o.activation ?? (this.isTest ? 'manual' : method === 'delete' ? 'update' : 'activate');
		const context = hookContext({
			workflow,
			node,
			additionalData,
			mode,
			activation,
			isTest: this.isTest,
		});
		this.running = { workflow, node };
		try {
			return /** @type {boolean} */ (await fn.call(context));
		} finally {
			this.running = undefined;
			this.save(workflow);
		}
	}

	/**
	 * The node's static data inside the lifecycle call under way (not yet saved), e.g. as it is while the
	 * remote API handles the create request; undefined outside a lifecycle call.
	 */
	runningNodeStaticData() {
		return this.running
			? plainCopy(this.running.workflow.getStaticData('node', this.running.node))
			: undefined;
	}

	/** @param {WorkflowActivateMode} [activation] */
	checkExists(activation) {
		return this.lifecycle('checkExists', { activation });
	}

	/** @param {WorkflowActivateMode} [activation] */
	create(activation) {
		return this.lifecycle('create', { activation });
	}

	delete() {
		return this.lifecycle('delete');
	}

	/**
	 * As n8n activates a workflow: the webhook (checkExists, then create when it is false), then the
	 * node's `trigger()` if it has one (not for the test URL).
	 * @param {WorkflowActivateMode} [activation] default 'activate' ('manual' for the test URL)
	 * @returns {Promise<{ existed: boolean }>}
	 */
	async activate(activation) {
		const existed = await this.checkExists(activation);
		if (!existed) await this.create(activation);
		if (!this.isTest) await this.startTrigger(activation ?? 'activate');
		return { existed };
	}

	/**
	 * `trigger()` with n8n-core's TriggerContext on the workflow as activated (n8n keeps that one in memory).
	 * `registerCron` records the schedule (`tick()` runs it); `emitError` does what n8n's
	 * ActiveWorkflowManager does: removes the trigger and activates the workflow again with the same
	 * activation mode, from the static data held in memory.
	 * @param {WorkflowActivateMode} activation
	 */
	async startTrigger(activation) {
		this.crons = [];
		const trigger = this.options.nodeType.trigger;
		if (!trigger) return;
		const { workflow, node, additionalData } = this.load();
		const scheduling = {
			registerCron: (
				/** @type {{ expression: string }} */ cron,
				/** @type {(scheduledAt: Date) => unknown} */ onTick,
			) => {
				this.crons.push({ expression: cron.expression, onTick });
			},
		};
		const emitError = (/** @type {Error} */ error) => {
			this.triggerErrors.push(error);
			this.crons = [];
			this.staticData = plainCopy(workflow.staticData);
			this.reactivation = this.activate(activation);
		};
		const unsupported = () => {
			throw new UnexpectedError('emit and saveFailedExecution are not supported by the harness');
		};
		const context = new TriggerContext(
			workflow,
			node,
			additionalData,
			'trigger',
			activation,
			unsupported,
			emitError,
			unsupported,
			/** @type {any} */ (scheduling),
		);
		// n8n-core 2.8 takes no scheduling argument: its helpers reach the process-wide ScheduledTaskManager
		// (a real cron that would outlive the test), so the harness's schedule replaces it there too.
		Object.assign(context.helpers, scheduling);
		await trigger.call(context);
	}

	/** Runs every schedule `trigger()` registered once (as n8n's scheduler would), and the re-activation it caused. */
	async tick() {
		await Promise.all(this.crons.map((cron) => cron.onTick(new Date())));
		while (this.reactivation) {
			const reactivation = this.reactivation;
			this.reactivation = undefined;
			await reactivation;
		}
	}

	/** As n8n deactivates a workflow (or ends listening for a test event): the trigger stops, delete. */
	deactivate() {
		this.crons = [];
		return this.delete();
	}

	/** A server restart: n8n runs checkExists (and create when false) with activation 'init'. */
	restart() {
		return this.activate(this.isTest ? 'manual' : 'init');
	}

	/**
	 * Sends a request to the node's webhook URL over HTTP (forged or replayed deliveries).
	 * @param {{ headers?: Record<string, string>, body?: unknown, method?: string }} request
	 * @returns {Promise<{ status: number, headers: Record<string, any>, body: string }>}
	 */
	async send(request) {
		const payload =
			request.body === undefined
				? ''
				: typeof request.body === 'string'
					? request.body
					: JSON.stringify(request.body);
		const url = new URL(this.url);
		return await new Promise((resolve, reject) => {
			const req = http.request(
				url,
				{
					method: request.method ?? 'POST',
					headers: {
						'Content-Type': 'application/json',
						...request.headers,
						'Content-Length': String(Buffer.byteLength(payload)),
					},
				},
				(res) => {
					/** @type {Buffer[]} */
					const chunks = [];
					res.on('data', (c) => chunks.push(c));
					res.on('end', () =>
						resolve({
							status: res.statusCode ?? 0,
							headers: res.headers,
							body: Buffer.concat(chunks).toString('utf8'),
						}),
					);
				},
			);
			req.on('error', reject);
			req.end(payload);
		});
	}

	/** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
	async handle(req, res) {
		const receivedAt = Date.now();
		/** @type {Buffer[]} */
		const chunks = [];
		for await (const chunk of req) chunks.push(/** @type {Buffer} */ (chunk));
		const rawBody = Buffer.concat(chunks);
		const url = new URL(req.url ?? '/', this.baseUrl);
		const headers = /** @type {Record<string, any>} */ ({ ...req.headers });
		/** @type {any} */
		let body = {};
		const text = rawBody.toString('utf8');
		if (text) {
			try {
				body = /json/i.test(String(headers['content-type'] ?? '')) ? JSON.parse(text) : text;
			} catch {
				body = text;
			}
		}
		/** @type {ReceivedRequest} */
		const record = {
			method: req.method ?? 'GET',
			path: url.pathname,
			headers,
			body,
			response: { status: 0, headers: {}, body: '', ms: undefined },
			result: undefined,
			error: undefined,
			executed: false,
		};
		this.requests.push(record);
		const reply = (
			/** @type {number} */ status,
			/** @type {Record<string, string>} */ hdrs,
			/** @type {string | Buffer} */ data,
		) => {
			record.response = {
				status,
				headers: hdrs,
				body: Buffer.isBuffer(data) ? data.toString('utf8') : data,
				ms: Date.now() - receivedAt,
			};
			res.writeHead(status, hdrs);
			res.end(data);
		};
		const expectedPrefix = this.isTest ? '/webhook-test/' : '/webhook/';
		if (this.down || !url.pathname.startsWith(expectedPrefix)) {
			reply(
				this.down ? 503 : 404,
				{ 'content-type': 'application/json' },
				JSON.stringify({
					code: this.down ? 503 : 404,
					message: this.down ? 'Service unavailable' : 'The requested webhook is not registered.',
				}),
			);
			return;
		}

		/** @type {FakeRequest} */
		const request = {
			method: record.method,
			url: `${url.pathname}${url.search}`,
			path: url.pathname,
			headers,
			body,
			rawBody,
			query: Object.fromEntries(url.searchParams),
			params: {},
		};
		const { workflow, node, additionalData } = this.load();
		// As n8n's express response: what the node ends is sent at once, while webhook() may still run.
		const response = new FakeResponse((ended) =>
			reply(ended.statusCode, ended.headers, ended.body ?? ''),
		);
		const { context } = webhookContext({
			workflow,
			node,
			additionalData,
			request,
			response,
			isTest: this.isTest,
		});
		/** @type {IWebhookResponseData | undefined} */
		let result;
		try {
			result = await /** @type {NonNullable<INodeType['webhook']>} */ (
				this.options.nodeType.webhook
			).call(context);
		} catch (error) {
			record.error = error;
			if (!response.finished)
				reply(
					500,
					{ 'content-type': 'application/json' },
					JSON.stringify({ code: 0, message: 'Error in workflow' }),
				);
			return;
		}
		record.result = result;
		if (workflow.staticData.__dataChanged === true) this.save(workflow);
		if (!response.finished) {
			if (result.noWebhookResponse === true) {
				reply(response.statusCode, response.headers, '');
			} else {
				const data =
					result.workflowData !== undefined
						? { message: 'Workflow was started' }
						: (result.webhookResponse ?? { message: 'Webhook call received' });
				reply(
					200,
					{ 'content-type': 'application/json; charset=utf-8' },
					typeof data === 'string' ? data : JSON.stringify(data),
				);
			}
		}
		if (result.workflowData !== undefined) {
			record.executed = true;
			const run = this.runWorkflow(node, result.workflowData);
			this.runs.add(run);
			await run.finally(() => this.runs.delete(run));
		}
	}

	/**
	 * The execution a webhook starts, as n8n runs it after `webhook()`: n8n-core's WorkflowExecute with the
	 * node's `workflowData` as the trigger node's input (a node with `execute()` runs it on that input), on
	 * the static data as saved after `webhook()`; static data the run changes is saved after it.
	 * @param {INode} node @param {INodeExecutionData[][]} workflowData
	 */
	async runWorkflow(node, workflowData) {
		const { workflow } = this.load();
		const staticData = /** @type {IDataObject} */ (plainCopy(this.staticData));
		const {
			runData,
			error,
			workflow: ran,
		} = await runWorkflow({
			nodes: [node],
			nodeTypes: /** @type {any} */ (workflow.nodeTypes),
			credentials: this.options.credentials,
			startItems: workflowData[0] ?? [],
			mode: this.isTest ? 'manual' : 'webhook',
			staticData,
		});
		if (ran.staticData.__dataChanged === true) this.save(ran);
		if (error) this.runErrors.push(error);
		const output = runData[node.name]?.[0]?.data?.main;
		if (output) this.executions.push(/** @type {INodeExecutionData[][]} */ (output));
	}

	/** Resolves when every execution started so far has finished (the answer to a delivery comes before). */
	async settled() {
		while (this.runs.size) await Promise.allSettled([...this.runs]);
	}

	/** Items of every started execution, flattened (main output 0). */
	get items() {
		return this.executions.flatMap((data) => data[0] ?? []);
	}

	/** @returns {Promise<void>} */
	async close() {
		await this.settled();
		return await new Promise((resolve) => {
			this.server.close(() => resolve());
			this.server.closeAllConnections();
		});
	}
}

/**
 * Records what nodes log through `this.logger` (n8n-core's Logger) until `restore()`.
 * @returns {{ warnings: string[], infos: string[], restore: () => void }}
 */
function captureLogs() {
	ensureContainer();
	const logger = Container.get(backendCommon.Logger);
	const { warn, info } = logger;
	/** @type {string[]} */
	const warnings = [];
	/** @type {string[]} */
	const infos = [];
	logger.warn = (/** @type {string} */ message, /** @type {any} */ meta) => {
		warnings.push(message);
		return warn.call(logger, message, meta);
	};
	logger.info = (/** @type {string} */ message, /** @type {any} */ meta) => {
		infos.push(message);
		return info.call(logger, message, meta);
	};
	return {
		warnings,
		infos,
		restore: () => {
			logger.warn = warn;
			logger.info = info;
		},
	};
}

/**
 * A bare loopback HTTP endpoint for testing what a remote API sends (no node behind it). By default it
 * answers 200 and echoes a `Validation-Token` header; set `answer` to answer otherwise.
 * @returns {Promise<{ url: string, received: Array<{ method: string, headers: Record<string, any>, body: string }>,
 *   answer: (req: http.IncomingMessage, res: http.ServerResponse) => unknown, close: () => Promise<void> }>}
 */
async function startWebhookReceiver() {
	/** @type {Array<{ method: string, headers: Record<string, any>, body: string }>} */
	const received = [];
	const endpoint = {
		url: '',
		received,
		/** @type {(req: http.IncomingMessage, res: http.ServerResponse) => unknown} */
		answer: (req, res) => {
			const token = req.headers['validation-token'];
			if (token) res.setHeader('Validation-Token', token);
			return res.writeHead(200).end();
		},
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve(undefined));
				server.closeAllConnections();
			}),
	};
	const server = http.createServer((req, res) => {
		/** @type {Buffer[]} */
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => {
			received.push({
				method: req.method ?? 'GET',
				headers: req.headers,
				body: Buffer.concat(chunks).toString('utf8'),
			});
			Promise.resolve(endpoint.answer(req, res)).catch(() => res.writeHead(500).end());
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	endpoint.url = `http://127.0.0.1:${/** @type {import('net').AddressInfo} */ (server.address()).port}/hook`;
	return /** @type {any} */ (endpoint);
}

/** @param {WebhookTriggerOptions} options */
function startWebhookTrigger(options) {
	return WebhookTrigger.start(options);
}

module.exports = {
	hookContext,
	webhookContext,
	pollContext,
	runPoll,
	startWebhookTrigger,
	WebhookTrigger,
	FakeResponse,
	triggerWorkflow,
	webhookDataOf,
	captureLogs,
	startWebhookReceiver,
};
