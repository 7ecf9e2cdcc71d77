import type { ICredentialTestRequest, ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

import { environmentProperties, hostUrlExpression } from './ringCentralEnvironment';

/** Authorization code flow (optionally with PKCE) for apps that act on behalf of a signed-in user. */
export class RingCentralOAuth2Api implements ICredentialType {
	name = 'ringCentralOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'RingCentral OAuth2 API';

	icon: Icon = {
		light: 'file:../icons/ringcentral.svg',
		dark: 'file:../icons/ringcentral.dark.svg',
	};

	documentationUrl =
		'https://github.com/n8n-nodes-ringcentral/n8n-nodes-ringcentral#ringcentral-oauth2-api';

	properties: INodeProperties[] = [
		...environmentProperties,
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'options',
			default: 'authorizationCode',
			options: [
				{ name: 'Authorization Code', value: 'authorizationCode' },
				{ name: 'Authorization Code with PKCE', value: 'pkce' },
			],
			description: 'Use PKCE when the RingCentral app is a public client (no client secret)',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default: hostUrlExpression('/restapi/oauth/authorize'),
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: hostUrlExpression('/restapi/oauth/token'),
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'header',
		},
	];

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{ $credentials.baseUrl }}',
			url: '/restapi/v1.0/account/~/extension/~',
		},
	};
}
