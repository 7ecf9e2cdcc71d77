/**
 * Request and response bodies of generated operations through the engine: JSON bodies checked against
 * the spec's schema before sending, multipart uploads from binary fields, media downloads as binary.
 */
import type { IDataObject } from 'n8n-workflow';

import { RingCentralSubscriptions } from '../../nodes/Subscriptions/RingCentralSubscriptions.node';
import { RingCentralVoice } from '../../nodes/Voice/RingCentralVoice.node';
import { binaryItem, readBinary, runNode } from '../harness';
import { useEmulator } from '../support/ringcentral';

const subscription = (body: unknown) => ({
	authentication: 'jwt',
	resource: 'subscriptions',
	operation: 'createSubscription',
	body: typeof body === 'string' ? body : JSON.stringify(body),
});
const webhook = { transportType: 'WebHook', address: 'https://example.com/hook' };

describe('JSON bodies are checked against the spec before sending', () => {
	const ctx = useEmulator();

	it.each([
		['not JSON', '{"eventFilters": [', /^Body: not valid JSON \(item 0\)$/],
		[
			'a required field missing',
			{ eventFilters: ['/restapi/v1.0/account/~/extension/~/message-store'] },
			/^Body: body\.deliveryMode: is required \(item 0\)$/,
		],
		[
			'a wrong type',
			{ eventFilters: '/restapi/v1.0/account/~/extension/~/message-store', deliveryMode: webhook },
			/^Body: body\.eventFilters: must be an array, not string/,
		],
		[
			'a value outside the enum',
			{ eventFilters: ['/x'], deliveryMode: { ...webhook, transportType: 'Email' } },
			/^Body: body\.deliveryMode\.transportType: must be one of .*"WebHook".*not "Email"/,
		],
	])('%s: fails naming the field, sends nothing', async (_case, body, message) => {
		const result = await runNode({
			nodeType: new RingCentralSubscriptions(),
			parameters: subscription(body),
			credentials: ctx.credentials,
		});
		// n8n's RoutingNode reports errors of a preSend hook as NodeApiError (keeping message and description).
		expect(result.error).toBeDefined();
		expect(result.error.message).toMatch(message);
		expect(result.error.description).toBeTruthy();
		expect(ctx.emu.requestsFor('createSubscription')).toHaveLength(0);
	});

	it('sends a valid body as is', async () => {
		ctx.emu.handlers.createSubscription = () => undefined; // the spec's mock answers
		const body = {
			eventFilters: ['/restapi/v1.0/account/~/extension/~/message-store'],
			deliveryMode: webhook,
			expiresIn: 315360000,
		};
		const result = await runNode({
			nodeType: new RingCentralSubscriptions(),
			parameters: subscription(body),
			credentials: ctx.credentials,
		});
		expect(result.error).toBeUndefined();
		expect(ctx.emu.requestsFor('createSubscription')[0].body).toEqual(body);
	});

	it('continues on fail with one error item per invalid input', async () => {
		const result = await runNode({
			nodeType: new RingCentralSubscriptions(),
			parameters: subscription('{}'),
			credentials: ctx.credentials,
			items: [{ json: {} }, { json: {} }],
			continueOnFail: true,
		});
		expect(result.items).toHaveLength(2);
		expect(
			String((result.items[0].json.error as IDataObject)?.message ?? result.items[0].json.error),
		).toMatch(/is required/);
	});
});

describe('multipart uploads and media downloads', () => {
	const ctx = useEmulator();

	it('uploads an input binary field with the other fields as form fields', async () => {
		ctx.emu.handlers.createIVRPrompt = () => undefined;
		const audio = Buffer.from('RIFF----WAVEfmt prompt');
		const result = await runNode({
			nodeType: new RingCentralVoice(),
			parameters: {
				authentication: 'jwt',
				resource: 'ivr',
				operation: 'createIVRPrompt',
				inputBinaryField: 'data',
				additionalFields: { name: 'Welcome' },
			},
			credentials: ctx.credentials,
			items: [binaryItem(audio, 'audio/wav', 'welcome.wav')],
		});
		expect(result.error).toBeUndefined();
		const sent = ctx.emu.requestsFor('createIVRPrompt')[0].body as IDataObject;
		expect(sent.fields).toEqual({ name: 'Welcome' });
		expect(sent.files).toEqual([
			{ name: 'attachment', filename: 'welcome.wav', contentType: 'audio/wav', size: audio.length },
		]);
	});

	it('fails before sending when the binary field is missing', async () => {
		const result = await runNode({
			nodeType: new RingCentralVoice(),
			parameters: {
				authentication: 'jwt',
				resource: 'ivr',
				operation: 'createIVRPrompt',
				inputBinaryField: 'audio',
			},
			credentials: ctx.credentials,
			items: [{ json: {} }],
		});
		expect(result.error.message).toBe(
			'Input Binary Field: the item has no binary field "audio" (item 0)',
		);
		expect(result.error.description).toMatch(/Add a binary field named "audio"/);
		expect(ctx.emu.requestsFor('createIVRPrompt')).toHaveLength(0);
	});

	it('downloads media as binary output with its file name and MIME type', async () => {
		const bytes = Buffer.from('ID3 mp3 bytes');
		ctx.emu.handlers.readIVRPromptContent = () => ({
			raw: bytes,
			contentType: 'audio/mpeg',
			headers: { 'Content-Disposition': 'attachment; filename="prompt.mp3"' },
		});
		const result = await runNode({
			nodeType: new RingCentralVoice(),
			parameters: {
				authentication: 'jwt',
				resource: 'ivr',
				operation: 'readIVRPromptContent',
				promptId: '42',
				binaryPropertyName: 'audio',
			},
			credentials: ctx.credentials,
		});
		expect(result.error).toBeUndefined();
		const item = result.items[0];
		expect(item.binary?.audio.fileName).toBe('prompt.mp3');
		expect(item.binary?.audio.mimeType).toBe('audio/mpeg');
		expect(await readBinary(item, 'audio')).toEqual(bytes);
		expect(ctx.emu.requestsFor('readIVRPromptContent')[0].path).toBe(
			'/restapi/v1.0/account/~/ivr-prompts/42/content',
		);
	});
});
