/**
 * What the trigger tests share: the webhook trigger started against the emulator, closed after each
 * test, and credentials of an app with fewer permissions.
 */
import { RingCentralJwtApi } from '../../credentials/RingCentralJwtApi.credentials';
import { RingCentralOAuth2Api } from '../../credentials/RingCentralOAuth2Api.credentials';
import { RingCentralTrigger } from '../../nodes/RingCentralTrigger/RingCentralTrigger.node';
import { CredentialStore, startWebhookTrigger } from '../harness';
import type { Emulator } from '../support/ringcentral';

export type Trigger = Awaited<ReturnType<typeof startWebhookTrigger>>;
type Store = InstanceType<typeof CredentialStore>;

/**
 * Starts webhook triggers for a test file's tests and closes them after each test. `start.settled()`: every
 * delivery under way was answered and the executions it started have finished.
 */
export function useTriggers(rc: { emu: Emulator; credentials: Store }) {
	const started: Trigger[] = [];
	afterEach(async () => {
		await rc.emu?.waitForDeliveries();
		await Promise.all(started.splice(0).map(async (trigger) => await trigger.close()));
	});
	const start = async (
		parameters: Record<string, unknown>,
		options: { test?: boolean; credentials?: Store; staticData?: Record<string, unknown> } = {},
	) => {
		const trigger = await startWebhookTrigger({
			nodeType: new RingCentralTrigger(),
			parameters: { authentication: 'jwt', ...parameters },
			credentials: options.credentials ?? rc.credentials,
			test: options.test,
			staticData: options.staticData as never,
		});
		started.push(trigger);
		return trigger;
	};
	const settled = async () => {
		await rc.emu.waitForDeliveries();
		await Promise.all(started.map(async (trigger) => await trigger.settled()));
	};
	return Object.assign(start, { settled });
}

/** A JWT credential for an app that has only the given permissions. */
export function credentialsWithPermissions(emu: Emulator, permissions: string[]): Store {
	const clientId = `limited-${permissions.join('-') || 'none'}`;
	emu.addClient({ clientId, clientSecret: 'limitedSecret', permissions });
	return new CredentialStore([new RingCentralOAuth2Api(), new RingCentralJwtApi()], {
		ringCentralJwtApi: {
			environment: 'custom',
			serverUrl: emu.url,
			clientId,
			clientSecret: 'limitedSecret',
			jwtToken: emu.createJwt(),
		},
	});
}

/** Every permission of the emulator's default app. */
export const ALL_PERMISSIONS = [
	'A2PSMS',
	'CallControl',
	'ReadAccounts',
	'ReadMessages',
	'ReadPresence',
	'SMS',
	'TeamMessaging',
	'WebhookSubscriptions',
];
