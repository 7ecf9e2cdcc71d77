/**
 * What every node test needs: a RingCentral emulator on loopback and a credential store pointing
 * at it, for both credential types.
 */
import { RingCentralJwtApi } from '../../credentials/RingCentralJwtApi.credentials';
import { RingCentralOAuth2Api } from '../../credentials/RingCentralOAuth2Api.credentials';
import { startEmulator } from '../../scripts/emulator';
import { CredentialStore } from '../harness';

export type Emulator = Awaited<ReturnType<typeof startEmulator>>;
export type EmulatorOptions = Parameters<typeof startEmulator>[0];

export function credentialStore(emu: Emulator): InstanceType<typeof CredentialStore> {
	return new CredentialStore([new RingCentralOAuth2Api(), new RingCentralJwtApi()], {
		ringCentralOAuth2Api: {
			environment: 'custom',
			serverUrl: emu.url,
			grantType: 'authorizationCode',
			clientId: emu.client.clientId,
			clientSecret: emu.client.clientSecret,
			oauthTokenData: emu.issueTokens(),
		},
		ringCentralJwtApi: {
			environment: 'custom',
			serverUrl: emu.url,
			clientId: emu.client.clientId,
			clientSecret: emu.client.clientSecret,
			jwtToken: emu.createJwt(),
		},
	});
}

/** Starts one emulator for a test file; `fresh()` resets its data and gives new credentials for each test. */
export function useEmulator(options: EmulatorOptions = {}) {
	const context = {} as { emu: Emulator; credentials: InstanceType<typeof CredentialStore> };
	beforeAll(async () => {
		context.emu = await startEmulator({ port: 0, ...options });
	});
	beforeEach(() => {
		context.emu.reset();
		context.credentials = credentialStore(context.emu);
	});
	afterEach(() => {
		// Every request a node sent must have been valid according to RingCentral's OpenAPI spec.
		expect(context.emu.violations).toEqual([]);
		expect(context.emu.errors).toEqual([]);
	});
	afterAll(async () => {
		await context.emu?.close();
	});
	return context;
}
