import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { RingCentralTrigger } from '../../nodes/RingCentralTrigger/RingCentralTrigger.node';
import {
	PRODUCTION_LIFETIME_SECONDS,
	TEST_LIFETIME_SECONDS,
} from '../../nodes/RingCentralTrigger/subscription';
import * as routes from '../../scripts/emulator/routes';
import { loadOptions } from '../harness';
import { useEmulator } from '../support/ringcentral';
import { credentialsWithPermissions, useTriggers } from './support';

interface CreateBody {
	eventFilters: string[];
	deliveryMode: {
		transportType: string;
		address: string;
		verificationToken: string;
		expiresIn?: number;
	};
	expiresIn?: number;
}

describe('RingCentral Trigger: activation', () => {
	const rc = useEmulator();
	const start = useTriggers(rc);
	const createBodies = () =>
		rc.emu.requestsFor('createSubscription').map((r: { body: CreateBody }) => r.body);

	it('creates the subscription during activation: the handshake reaches webhook() and is answered statelessly', async () => {
		const trigger = await start({ events: ['smsReceived'] });
		expect(await trigger.activate()).toEqual({ existed: false });

		const [handshake] = trigger.requests;
		expect(trigger.requests).toHaveLength(1);
		expect(handshake.headers['validation-token']).toEqual(expect.any(String));
		expect(handshake.response).toEqual({
			status: 200,
			headers: { 'validation-token': handshake.headers['validation-token'] },
			body: '',
			ms: expect.any(Number),
		});
		expect(handshake.result).toEqual({ noWebhookResponse: true });
		expect(handshake.executed).toBe(false);
		expect(rc.emu.deliveries).toEqual([expect.objectContaining({ kind: 'validation', ok: true })]);

		const [body] = createBodies();
		expect(body.expiresIn).toBe(PRODUCTION_LIFETIME_SECONDS);
		expect(body.deliveryMode).toEqual({
			transportType: 'WebHook',
			address: trigger.url,
			verificationToken: expect.stringMatching(/^[\w-]{32}$/),
		});
		expect(trigger.url).toMatch(/\/webhook\/harness-webhook-id\/webhook$/);

		const [subscription] = rc.emu.subscriptions.all();
		expect(subscription.status).toBe('Active');
		expect(Date.parse(subscription.expirationTime) - Date.now()).toBeGreaterThan(
			9 * 365 * 24 * 3600 * 1000,
		);
		expect(trigger.nodeStaticData).toEqual({
			subscriptionId: subscription.id,
			verificationToken: body.deliveryMode.verificationToken,
			expiresAt: subscription.expirationTime,
			lifetimeSeconds: expect.any(Number),
			signature: expect.any(String),
			filters: body.eventFilters,
			address: trigger.url,
		});
		expect(trigger.nodeStaticData.lifetimeSeconds).toBeGreaterThan(PRODUCTION_LIFETIME_SECONDS - 5);
	});

	it('works the same with the OAuth2 credential', async () => {
		const trigger = await start({ events: ['smsReceived'], authentication: 'oAuth2' });
		await trigger.activate();
		expect(rc.emu.subscriptions.all()).toHaveLength(1);
		rc.emu.addInboundSms({ from: '+14155550100', text: 'Via OAuth2' });
		await start.settled();
		expect(trigger.items.map((i) => (i.json.body as { subject: string }).subject)).toEqual([
			'Via OAuth2',
		]);
	});

	it('generates the verification token before the API call, a new random one each time', async () => {
		const trigger = await start({ events: ['smsReceived'] });
		const seenDuringCreate: unknown[] = [];
		rc.emu.handlers.createSubscription = async (ctx: unknown) => {
			seenDuringCreate.push(trigger.runningNodeStaticData());
			return await routes.handlers.createSubscription(ctx);
		};
		try {
			await trigger.activate();
			await trigger.deactivate();
			await trigger.activate();
		} finally {
			delete rc.emu.handlers.createSubscription;
		}
		const tokens = createBodies().map((b: CreateBody) => b.deliveryMode.verificationToken);
		expect(seenDuringCreate).toEqual(
			tokens.map((verificationToken: string) => ({ verificationToken })),
		);
		expect(new Set(tokens).size).toBe(2);
	});

	it('gives a subscription for the test URL a short life, so an abandoned one dies on its own', async () => {
		const trigger = await start({ events: ['smsReceived'] }, { test: true });
		await trigger.activate();
		const [body] = createBodies();
		expect(body.expiresIn).toBe(TEST_LIFETIME_SECONDS);
		expect(body.deliveryMode.address).toMatch(/\/webhook-test\/harness-webhook-id\/webhook$/);
		const [subscription] = rc.emu.subscriptions.all();
		expect(Date.parse(subscription.expirationTime) - Date.now()).toBeLessThanOrEqual(
			TEST_LIFETIME_SECONDS * 1000,
		);
		expect(trigger.nodeStaticData.lifetimeSeconds).toBeLessThanOrEqual(TEST_LIFETIME_SECONDS);
	});

	it('subscribes to SMS and MMS for "SMS Received" (an SMS-only filter misses picture messages)', async () => {
		const trigger = await start({ events: ['smsReceived'] });
		await trigger.activate();
		expect(createBodies()[0].eventFilters).toEqual([
			'/restapi/v1.0/account/~/extension/~/message-store/instant?type=SMS',
			'/restapi/v1.0/account/~/extension/~/message-store/instant?type=MMS',
		]);
	});

	it('expands several events for chosen extensions into one subscription', async () => {
		const trigger = await start({
			events: ['smsReceived', 'missedCall', 'postAdded', 'postChanged'],
			scope: 'extensions',
			extensionIds: ['101', '102'],
		});
		await trigger.activate();
		expect(createBodies()[0].eventFilters.sort()).toEqual(
			[
				'/restapi/v1.0/account/~/extension/101/message-store/instant?type=SMS',
				'/restapi/v1.0/account/~/extension/101/message-store/instant?type=MMS',
				'/restapi/v1.0/account/~/extension/102/message-store/instant?type=SMS',
				'/restapi/v1.0/account/~/extension/102/message-store/instant?type=MMS',
				'/restapi/v1.0/account/~/extension/101/telephony/sessions?missedCall=true',
				'/restapi/v1.0/account/~/extension/102/telephony/sessions?missedCall=true',
				'/team-messaging/v1/posts',
			].sort(),
		);
		expect(rc.emu.subscriptions.all()[0].eventFilters).toContain(
			'/restapi/v1.0/account/100000001/extension/102/telephony/sessions?missedCall=true',
		);
	});

	it('uses account-wide filters for the whole account, and every extension for message events', async () => {
		const trigger = await start({
			events: ['missedCall', 'presenceChanged', 'voicemailReceived'],
			scope: 'account',
		});
		await trigger.activate();
		const filters = createBodies()[0].eventFilters;
		expect(filters).toEqual(
			expect.arrayContaining([
				'/restapi/v1.0/account/~/telephony/sessions?missedCall=true',
				'/restapi/v1.0/account/~/presence?detailedTelephonyState=true',
				'/restapi/v1.0/account/~/extension/101/voicemail',
				'/restapi/v1.0/account/~/extension/102/voicemail',
				'/restapi/v1.0/account/~/extension/103/voicemail',
			]),
		);
		expect(filters.filter((f: string) => f.includes('/voicemail'))).toHaveLength(3);
		expect(rc.emu.requestsFor('listExtensions')[0].query).toMatchObject({
			status: 'Enabled',
			type: expect.arrayContaining(['User', 'Department']),
		});
	});

	it('lists the account\'s extensions for "Chosen Extensions"', async () => {
		const options = await loadOptions({
			nodeType: new RingCentralTrigger(),
			methodName: 'getExtensions',
			parameters: { authentication: 'jwt', scope: 'extensions' },
			credentials: rc.credentials,
		});
		expect(options).toEqual([
			{ name: 'Alice Admin (101)', value: '101' },
			{ name: 'Bob Builder (102)', value: '102' },
			{ name: 'Carol Queue (103, Department)', value: '103' },
		]);
	});

	it('fails activation without the WebhookSubscriptions permission, saying how to fix it', async () => {
		const credentials = credentialsWithPermissions(rc.emu, ['ReadMessages', 'SMS']);
		const trigger = await start({ events: ['smsReceived'] }, { credentials });
		const error = await trigger.activate().catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error).toMatchObject({
			httpCode: '403',
			message: expect.stringContaining('[WebhookSubscriptions]'),
		});
		expect((error as NodeApiError).description).toContain(
			'Add the "WebhookSubscriptions" permission',
		);
		expect(rc.emu.subscriptions.all()).toEqual([]);
		expect(trigger.nodeStaticData).toEqual({});
	});

	it('fails activation when RingCentral disables filters, naming each filter and the permission, leaving nothing behind', async () => {
		const credentials = credentialsWithPermissions(rc.emu, [
			'WebhookSubscriptions',
			'ReadMessages',
		]);
		const trigger = await start(
			{ events: ['smsReceived', 'missedCall', 'presenceChanged'] },
			{ credentials },
		);
		const error = await trigger.activate().catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		const { message, description } = error as NodeOperationError;
		expect(message).toContain('RingCentral disabled 2 event filters');
		expect(message).toContain(
			'/restapi/v1.0/account/~/extension/~/telephony/sessions?missedCall=true',
		);
		expect(message).toContain('(needs the "CallControl" permission)');
		expect(message).toContain(
			'/restapi/v1.0/account/~/extension/~/presence?detailedTelephonyState=true',
		);
		expect(message).toContain('(needs the "ReadPresence" permission)');
		expect(description).toContain('Add the "CallControl", "ReadPresence" permissions to your app');
		expect(rc.emu.requestsFor('deleteSubscription')).toHaveLength(1);
		expect(rc.emu.subscriptions.all()).toEqual([]);
		expect(trigger.nodeStaticData).toEqual({});
	});

	it('names the reason when a non-admin subscribes to another extension', async () => {
		const credentials = credentialsWithPermissions(rc.emu, [
			'WebhookSubscriptions',
			'ReadMessages',
		]);
		credentials.set('ringCentralJwtApi', {
			...credentials.get('ringCentralJwtApi'),
			jwtToken: rc.emu.createJwt({ extensionId: '102' }),
		});
		const trigger = await start(
			{ events: ['voicemailReceived'], scope: 'extensions', extensionIds: ['101'] },
			{ credentials },
		);
		const error = (await trigger.activate().catch((e: unknown) => e)) as NodeOperationError;
		expect(error.message).toContain(
			'/restapi/v1.0/account/~/extension/101/voicemail: Subscribing to events of another extension requires administrator rights',
		);
	});

	it('fails with a hint when RingCentral cannot validate the webhook URL', async () => {
		const trigger = await start({ events: ['smsReceived'] });
		trigger.down = true;
		const error = (await trigger.activate().catch((e: unknown) => e)) as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toContain('Validation Token is not returned');
		expect(error.message).toContain('[SUB-520]');
		expect(error.description).toContain('Set WEBHOOK_URL');
		expect(trigger.nodeStaticData).toEqual({});
	});

	it('fails before any request when no events or extensions are chosen', async () => {
		const none = await start({ events: [] });
		await expect(none.activate()).rejects.toThrow('No events chosen');
		const noExtensions = await start({
			events: ['smsReceived'],
			scope: 'extensions',
			extensionIds: [],
		});
		await expect(noExtensions.activate()).rejects.toThrow('No extensions chosen');
		expect(createBodies()).toEqual([]);
	});

	it('subscribes to custom event filters as typed', async () => {
		const trigger = await start({
			events: ['custom'],
			customFilters:
				'/restapi/v1.0/account/~/extension/~/message-store?type=Fax\n /restapi/v1.0/account/~/extension/~/presence ',
		});
		await trigger.activate();
		expect(createBodies()[0].eventFilters).toEqual([
			'/restapi/v1.0/account/~/extension/~/message-store?type=Fax',
			'/restapi/v1.0/account/~/extension/~/presence',
		]);
	});

	it('replaces the subscription when the events change', async () => {
		const trigger = await start({ events: ['smsReceived'] });
		await trigger.activate();
		const oldId = trigger.nodeStaticData.subscriptionId;
		expect(await trigger.activate('update')).toEqual({ existed: true });
		trigger.options.parameters = {
			...trigger.options.parameters,
			events: ['smsReceived', 'voicemailReceived'],
		};
		expect(await trigger.activate('update')).toEqual({ existed: false });
		expect(rc.emu.requestsFor('deleteSubscription').map((r: { path: string }) => r.path)).toEqual([
			`/restapi/v1.0/subscription/${oldId}`,
		]);
		const [subscription] = rc.emu.subscriptions.all();
		expect(subscription.id).not.toBe(oldId);
		expect(subscription.eventFilters).toHaveLength(3);
	});
});
