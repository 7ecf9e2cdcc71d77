import { NodeApiError, NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, INodeType } from 'n8n-workflow';

import {
	CredentialStore,
	HarnessCredentialsHelper,
	binaryItem,
	createAdditionalData,
	loadOptions,
	readBinary,
	runNode,
	runWorkflow,
	testCredential,
	nodeTypeName,
} from './index';
import { FixtureJwtApi, FixtureOAuth2Api } from './fixtures/credentials';
import { startFixtureServer } from './fixtures/fixture-server';
import { FixtureDeclarative, FixtureProgrammatic } from './fixtures/nodes';
import { startEmulator } from '../../scripts/emulator';
import { RingCentralJwtApi } from '../../credentials/RingCentralJwtApi.credentials';
import { RingCentralOAuth2Api } from '../../credentials/RingCentralOAuth2Api.credentials';

type FixtureServer = Awaited<ReturnType<typeof startFixtureServer>>;

/** A node that needs no HTTP: doubles a number, fails on demand. */
class MathNode implements INodeType {
	description: INodeType['description'] = {
		displayName: 'Math',
		name: 'math',
		group: ['transform'],
		version: 1,
		description: 'Doubles numbers',
		defaults: { name: 'Math' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [
			{ displayName: 'Value', name: 'value', type: 'number', default: 0 },
			{ displayName: 'Fail On', name: 'failOn', type: 'number', default: -1 },
		],
	};

	async execute(this: import('n8n-workflow').IExecuteFunctions) {
		const items = this.getInputData();
		const out: import('n8n-workflow').INodeExecutionData[] = [];
		for (let i = 0; i < items.length; i++) {
			const value = this.getNodeParameter('value', i) as number;
			if (value === (this.getNodeParameter('failOn', i) as number)) {
				const error = new NodeOperationError(this.getNode(), `Cannot double ${value}`, {
					itemIndex: i,
					description: 'Pick another value',
				});
				if (this.continueOnFail()) {
					out.push({ json: { error: error.message }, pairedItem: { item: i } });
					continue;
				}
				throw error;
			}
			out.push({ json: { doubled: value * 2 }, pairedItem: { item: i } });
		}
		return [out];
	}
}

describe('harness: engine wiring without HTTP', () => {
	it('runs a programmatic node with expressions over the input items', async () => {
		const result = await runNode({
			nodeType: new MathNode(),
			parameters: { value: '={{ $json.n }}' },
			items: [{ json: { n: 1 } }, { json: { n: 21 } }],
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([
			{ json: { doubled: 2 }, pairedItem: { item: 0 } },
			{ json: { doubled: 42 }, pairedItem: { item: 1 } },
		]);
		expect(result.outputs).toHaveLength(1);
		expect(result.node.type).toBe(nodeTypeName(new MathNode()));
		expect(result.node.parameters.failOn).toBe(-1);
	});

	it('reports a node error with its class, description and item index', async () => {
		const result = await runNode({
			nodeType: new MathNode(),
			parameters: { value: '={{ $json.n }}', failOn: 2 },
			items: [{ json: { n: 1 } }, { json: { n: 2 } }],
		});
		expect(result.items).toEqual([]);
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toBe('Cannot double 2');
		expect(result.error.description).toBe('Pick another value');
		expect(result.error.context.itemIndex).toBe(1);
	});

	it('continues on fail like n8n', async () => {
		const result = await runNode({
			nodeType: new MathNode(),
			parameters: { value: '={{ $json.n }}', failOn: 2 },
			items: [{ json: { n: 1 } }, { json: { n: 2 } }],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([
			{ json: { doubled: 2 }, pairedItem: { item: 0 } },
			{ json: { error: 'Cannot double 2' }, pairedItem: { item: 1 } },
		]);
	});

	it('routes errors to the error output with onError continueErrorOutput', async () => {
		const result = await runNode({
			nodeType: new MathNode(),
			parameters: { value: '={{ $json.n }}', failOn: 2 },
			items: [{ json: { n: 1 } }, { json: { n: 2 } }],
			onError: 'continueErrorOutput',
		});
		expect(result.outputs[0]).toEqual([{ json: { doubled: 2 }, pairedItem: { item: 0 } }]);
		// n8n merges the input item's JSON into the error output
		expect(result.outputs[1]).toEqual([
			{ json: { n: 2, error: 'Cannot double 2' }, pairedItem: { item: 1 } },
		]);
	});

	it('runs a workflow of several nodes in order', async () => {
		const math = new MathNode();
		const type = nodeTypeName(math);
		const result = await runWorkflow({
			nodes: [
				{ name: 'First', type, parameters: { value: '={{ $json.n }}' } },
				{ name: 'Second', type, parameters: { value: '={{ $json.doubled }}' } },
			],
			connections: { First: { main: [[{ node: 'Second', type: 'main', index: 0 }]] } },
			nodeTypes: [math],
			startItems: [{ json: { n: 5 } }],
		});
		expect(result.error).toBeUndefined();
		expect(result.executionOrder).toEqual(['First', 'Second']);
		expect(result.itemsOf('Second')).toEqual([{ json: { doubled: 20 }, pairedItem: { item: 0 } }]);
	});

	it('resolves credential defaults and $self expressions like n8n (RingCentral credentials)', async () => {
		const store = new CredentialStore([new RingCentralOAuth2Api(), new RingCentralJwtApi()], {
			ringCentralOAuth2Api: {
				environment: 'sandbox',
				clientId: 'id',
				clientSecret: 'secret',
				// stored values of hidden OAuth fields are ignored, as in n8n
				accessTokenUrl: 'https://wrong.example.com',
				oauthTokenData: { access_token: 'a', refresh_token: 'r' },
			},
			ringCentralJwtApi: { environment: 'custom', serverUrl: 'http://127.0.0.1:9/', jwt: 'j' },
		});
		const helper = new HarnessCredentialsHelper(store);
		const additionalData = createAdditionalData({ credentials: helper });
		const oauth = await helper.getDecrypted(
			additionalData,
			{ id: 'ringCentralOAuth2Api', name: 'ringCentralOAuth2Api' },
			'ringCentralOAuth2Api',
			'manual',
		);
		expect(oauth).toMatchObject({
			environment: 'sandbox',
			grantType: 'authorizationCode',
			authUrl: 'https://platform.devtest.ringcentral.com/restapi/oauth/authorize',
			accessTokenUrl: 'https://platform.devtest.ringcentral.com/restapi/oauth/token',
			baseUrl: 'https://platform.devtest.ringcentral.com',
			authentication: 'header',
			scope: '',
			clientId: 'id',
			oauthTokenData: { access_token: 'a', refresh_token: 'r' },
		});
		expect(helper.getParentTypes('ringCentralOAuth2Api')).toEqual(['oAuth2Api']);

		const jwt = await helper.getDecrypted(
			additionalData,
			{ id: 'ringCentralJwtApi', name: 'ringCentralJwtApi' },
			'ringCentralJwtApi',
			'manual',
		);
		expect(jwt).toMatchObject({ baseUrl: 'http://127.0.0.1:9', accessToken: '' });
		const signed = await helper.authenticate({ ...jwt, accessToken: 'tok' }, 'ringCentralJwtApi', {
			url: '/x',
			headers: {},
		});
		expect(signed.headers).toEqual({ Authorization: 'Bearer tok' });
	});
});

describe('harness: HTTP through n8n-core (fixture server)', () => {
	let server: FixtureServer;
	let store: CredentialStore;

	beforeAll(async () => {
		server = await startFixtureServer();
	});
	afterAll(async () => {
		await server.close();
	});
	beforeEach(() => {
		server.requests.length = 0;
		store = new CredentialStore([new FixtureOAuth2Api(), new FixtureJwtApi()], {
			fixtureOAuth2Api: {
				serverUrl: server.url,
				...server.client,
				oauthTokenData: server.issueTokens(),
			},
			fixtureJwtApi: { serverUrl: server.url, ...server.client, jwt: server.jwt },
		});
	});

	it('runs a declarative node through RoutingNode, one request per item', async () => {
		const result = await runNode({
			nodeType: new FixtureDeclarative(),
			parameters: { text: '={{ $json.t }}' },
			credentials: store,
			items: [{ json: { t: 'a' } }, { json: { t: 'b' } }],
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([
			{
				json: { method: 'GET', path: '/api/echo', query: { text: 'a' }, body: '' },
				pairedItem: { item: 0 },
			},
			{
				json: { method: 'GET', path: '/api/echo', query: { text: 'b' }, body: '' },
				pairedItem: { item: 1 },
			},
		]);
		const echo = server.requestsTo('/api/echo');
		expect(echo).toHaveLength(2);
		expect(echo[0].headers.authorization).toMatch(/^Bearer at-/);
	});

	it('turns an HTTP failure of a declarative node into a NodeApiError', async () => {
		const result = await runNode({
			nodeType: new FixtureDeclarative(),
			parameters: { operation: 'fail', statusCode: 404 },
			credentials: store,
		});
		expect(result.items).toEqual([]);
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.httpCode).toBe('404');
		expect(result.error.description).toBe('Failed with 404');
		expect(result.error.context.itemIndex).toBe(0);
	});

	it('continues on fail for a declarative node', async () => {
		const result = await runNode({
			nodeType: new FixtureDeclarative(),
			parameters: { operation: 'fail', statusCode: 500 },
			credentials: store,
			items: [{ json: {} }, { json: {} }],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(2);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(result.items[0].json.error).toBeDefined();
	});

	it('runs a programmatic node (default version 2) with binary input and pairs items', async () => {
		const result = await runNode({
			nodeType: new FixtureProgrammatic(),
			credentials: store,
			items: [{ json: { a: 1 } }, binaryItem('bytes!', 'text/plain', 'x.txt', { json: { b: 2 } })],
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => (i.json.body as IDataObject) ?? i.json)).toEqual([
			{ index: 0, input: { a: 1 }, version: 2 },
			{ index: 1, input: { b: 2 }, bytes: 'bytes!', version: 2 },
		]);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);

		const v1 = await runNode({
			nodeType: new FixtureProgrammatic(),
			credentials: store,
			typeVersion: 1,
		});
		expect((v1.items[0].json.body as IDataObject).version).toBe(1);
	});

	it('gives programmatic errors their item index, and continues on fail', async () => {
		const failing = await runNode({
			nodeType: new FixtureProgrammatic(),
			parameters: { path: '/fail/422' },
			credentials: store,
		});
		expect(failing.error).toBeInstanceOf(NodeApiError);
		expect(failing.error.httpCode).toBe('422');
		expect(failing.error.context.itemIndex).toBe(0);

		const continued = await runNode({
			nodeType: new FixtureProgrammatic(),
			parameters: { path: '/fail/422' },
			credentials: store,
			items: [{ json: {} }, { json: {} }],
			continueOnFail: true,
		});
		expect(continued.error).toBeUndefined();
		expect(continued.items).toHaveLength(2);
		expect(continued.items[1].pairedItem).toEqual({ item: 1 });
	});

	it('returns binary output readable with readBinary', async () => {
		const result = await runNode({
			nodeType: new FixtureProgrammatic(),
			parameters: { path: '/file', download: true, method: 'GET' },
			credentials: store,
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].binary?.data.mimeType).toBe('text/plain');
		expect((await readBinary(result.items[0], 'data')).toString('utf8')).toBe('hello file');
	});

	it('refreshes an expired OAuth2 access token once and stores the rotated tokens', async () => {
		const before = store.get('fixtureOAuth2Api').oauthTokenData as IDataObject;
		server.expireAccessTokens();
		const result = await runNode({
			nodeType: new FixtureDeclarative(),
			credentials: store,
			items: [{ json: {} }],
		});
		expect(result.error).toBeUndefined();
		const after = store.get('fixtureOAuth2Api').oauthTokenData as IDataObject;
		expect(after.access_token).not.toBe(before.access_token);
		expect(after.refresh_token).not.toBe(before.refresh_token);
		expect(store.stats.fixtureOAuth2Api.oauthTokenUpdates).toBe(1);
		expect(server.requestsTo('/oauth/token')).toHaveLength(1);
		expect(server.requestsTo('/oauth/token')[0].body).toContain('grant_type=refresh_token');

		// the next run uses the stored token without refreshing
		await runNode({ nodeType: new FixtureDeclarative(), credentials: store });
		expect(server.requestsTo('/oauth/token')).toHaveLength(1);
	});

	it('mints a JWT token once for many requests and re-mints after expiry', async () => {
		const params = { authentication: 'jwt' };
		const items = [{ json: {} }, { json: {} }, { json: {} }];
		const first = await runNode({
			nodeType: new FixtureProgrammatic(),
			parameters: params,
			credentials: store,
			items,
		});
		expect(first.error).toBeUndefined();
		expect(store.mintCount('fixtureJwtApi')).toBe(1);
		const minted = store.get('fixtureJwtApi').accessToken;
		expect(minted).toMatch(/^at-/);

		await runNode({
			nodeType: new FixtureDeclarative(),
			parameters: params,
			credentials: store,
			items,
		});
		expect(store.mintCount('fixtureJwtApi')).toBe(1);

		server.expireAccessTokens();
		const again = await runNode({
			nodeType: new FixtureProgrammatic(),
			parameters: params,
			credentials: store,
			items,
		});
		expect(again.error).toBeUndefined();
		expect(store.mintCount('fixtureJwtApi')).toBe(2);
		expect(store.get('fixtureJwtApi').accessToken).not.toBe(minted);
		expect(store.history.filter((h) => h.kind === 'preAuthentication')).toHaveLength(2);
	});

	it('tests credentials like n8n', async () => {
		expect(await testCredential(store, 'fixtureJwtApi')).toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		expect(await store.testCredential('fixtureOAuth2Api')).toMatchObject({ status: 'OK' });
		const bad = await testCredential(store, 'fixtureJwtApi', {
			...store.get('fixtureJwtApi'),
			jwt: 'not-a-valid-jwt',
		});
		expect(bad.status).toBe('Error');
		expect(store.get('fixtureJwtApi').jwt).toBe(server.jwt);
	});

	it('calls loadOptions and listSearch methods with a real LoadOptionsContext', async () => {
		expect(
			await loadOptions({
				nodeType: new FixtureProgrammatic(),
				methodName: 'getUsers',
				credentials: store,
			}),
		).toEqual([{ name: 'Fixture user', value: 'me' }]);
		expect(
			await loadOptions({
				nodeType: new FixtureProgrammatic(),
				methodName: 'getUsers',
				parameters: { authentication: 'jwt' },
				credentials: store,
			}),
		).toEqual([{ name: 'Fixture user', value: 'me' }]);
		expect(
			await loadOptions({
				nodeType: new FixtureProgrammatic(),
				methodName: 'searchThings',
				filter: 'mm',
			}),
		).toEqual({ results: [{ name: 'gamma', value: 'gamma' }] });
	});
});

describe('harness: RingCentral credentials against the emulator', () => {
	let emu: Awaited<ReturnType<typeof startEmulator>>;
	const names = { oAuth2: new RingCentralOAuth2Api().name, jwt: new RingCentralJwtApi().name };
	const meParams = { method: 'GET', path: '/restapi/v1.0/account/~/extension/~' };
	// the JWT field's name, whatever the credential calls it
	const jwtField =
		new RingCentralJwtApi().properties.find((p) => /^jwt/i.test(p.name) && p.type === 'string')
			?.name ?? 'jwt';

	beforeAll(async () => {
		emu = await startEmulator({ port: 0 });
	});
	afterAll(async () => {
		await emu.close();
	});
	beforeEach(() => emu.reset());

	const makeStore = () =>
		new CredentialStore([new RingCentralOAuth2Api(), new RingCentralJwtApi()], {
			ringCentralOAuth2Api: {
				environment: 'custom',
				serverUrl: emu.url,
				...emu.client,
				oauthTokenData: emu.issueTokens() as unknown as IDataObject,
			},
			ringCentralJwtApi: {
				environment: 'custom',
				serverUrl: emu.url,
				...emu.client,
				[jwtField]: emu.createJwt(),
			},
		});

	it('refreshes the OAuth2 token after the access token expired and persists the rotation', async () => {
		const store = makeStore();
		const before = store.get('ringCentralOAuth2Api').oauthTokenData as IDataObject;
		const ok = await runNode({
			nodeType: new FixtureProgrammatic(names),
			parameters: meParams,
			credentials: store,
		});
		expect(ok.error).toBeUndefined();
		expect(ok.items[0].json.id).toBeDefined();

		emu.expireAccessTokens();
		const refreshed = await runNode({
			nodeType: new FixtureProgrammatic(names),
			parameters: meParams,
			credentials: store,
		});
		expect(refreshed.error).toBeUndefined();
		const after = store.get('ringCentralOAuth2Api').oauthTokenData as IDataObject;
		expect(after.access_token).not.toBe(before.access_token);
		expect(after.refresh_token).not.toBe(before.refresh_token);
		expect(store.stats.ringCentralOAuth2Api.oauthTokenUpdates).toBe(1);
	});

	it('mints the JWT token once for several requests and again after expiry', async () => {
		const store = makeStore();
		const params = { ...meParams, authentication: 'jwt' };
		const items = [{ json: {} }, { json: {} }, { json: {} }];
		const first = await runNode({
			nodeType: new FixtureProgrammatic(names),
			parameters: params,
			credentials: store,
			items,
		});
		expect(first.error).toBeUndefined();
		expect(first.items).toHaveLength(3);
		expect(store.mintCount('ringCentralJwtApi')).toBe(1);
		const token = store.get('ringCentralJwtApi').accessToken;
		expect(token).toBeTruthy();

		emu.expireAccessTokens();
		const second = await runNode({
			nodeType: new FixtureProgrammatic(names),
			parameters: params,
			credentials: store,
			items,
		});
		expect(second.error).toBeUndefined();
		expect(store.mintCount('ringCentralJwtApi')).toBe(2);
		expect(store.get('ringCentralJwtApi').accessToken).not.toBe(token);
	});

	it('tests both credential types: OK and Error', async () => {
		const store = makeStore();
		expect(await testCredential(store, 'ringCentralJwtApi')).toMatchObject({ status: 'OK' });
		expect(await testCredential(store, 'ringCentralOAuth2Api')).toMatchObject({ status: 'OK' });
		expect(
			await testCredential(store, 'ringCentralJwtApi', {
				...store.get('ringCentralJwtApi'),
				[jwtField]: 'garbage',
			}),
		).toMatchObject({ status: 'Error' });
		expect(
			await testCredential(store, 'ringCentralOAuth2Api', {
				...store.get('ringCentralOAuth2Api'),
				oauthTokenData: { access_token: 'bogus', refresh_token: 'bogus' },
			}),
		).toMatchObject({ status: 'Error' });
	});
});
