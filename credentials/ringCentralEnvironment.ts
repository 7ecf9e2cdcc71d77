import type { INodeProperties } from 'n8n-workflow';

/** RingCentral's public hosts; "custom" reaches a proxy, a test server or the local emulator. */
export const RINGCENTRAL_HOSTS = {
	production: 'https://platform.ringcentral.com',
	sandbox: 'https://platform.devtest.ringcentral.com',
} as const;

/** n8n expression for a URL on the chosen host, resolved by n8n over the credential's own fields (`$self`). */
export const hostUrlExpression = (path = '') =>
	"={{ ($self.environment === 'custom' ? String($self.serverUrl || '').replace(/\\/+$/, '') : " +
	`$self.environment === 'sandbox' ? '${RINGCENTRAL_HOSTS.sandbox}' : '${RINGCENTRAL_HOSTS.production}') + '${path}' }}`;

/** The same rule in code, for requests made before n8n has resolved the credential (token minting). */
export function resolveBaseUrl(credentials: {
	environment?: unknown;
	serverUrl?: unknown;
}): string {
	if (credentials.environment === 'custom')
		return String(credentials.serverUrl ?? '').replace(/\/+$/, '');
	return credentials.environment === 'sandbox'
		? RINGCENTRAL_HOSTS.sandbox
		: RINGCENTRAL_HOSTS.production;
}

export const environmentProperties: INodeProperties[] = [
	{
		displayName: 'Environment',
		name: 'environment',
		type: 'options',
		default: 'production',
		options: [
			{ name: 'Production', value: 'production', description: RINGCENTRAL_HOSTS.production },
			{ name: 'Sandbox', value: 'sandbox', description: RINGCENTRAL_HOSTS.sandbox },
			{
				name: 'Custom Server URL',
				value: 'custom',
				description: 'A proxy, a test server or the local emulator',
			},
		],
	},
	{
		displayName: 'Server URL',
		name: 'serverUrl',
		type: 'string',
		default: '',
		placeholder: 'http://127.0.0.1:8765',
		required: true,
		displayOptions: { show: { environment: ['custom'] } },
		description: 'Base URL of the RingCentral-compatible server, without /restapi',
	},
	{
		displayName: 'Base URL',
		name: 'baseUrl',
		type: 'hidden',
		default: hostUrlExpression(),
	},
];
