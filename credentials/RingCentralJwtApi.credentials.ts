import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { environmentProperties, resolveBaseUrl } from './ringCentralEnvironment';

const JWT_BEARER_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** JWT bearer flow for server apps: the access token is minted from the JWT, cached, and re-minted after a 401. */
export class RingCentralJwtApi implements ICredentialType {
	name = 'ringCentralJwtApi';

	displayName = 'RingCentral JWT API';

	icon: Icon = { light: 'file:../icons/ringcentral.svg', dark: 'file:../icons/ringcentral.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-ringcentral/n8n-nodes-ringcentral#ringcentral-jwt-api';

	properties: INodeProperties[] = [
		...environmentProperties,
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'JWT',
			name: 'jwtToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The JWT credential created for your user in the RingCentral Developer Console',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const response = (await this.helpers.httpRequest({
			method: 'POST',
			url: `${resolveBaseUrl(credentials)}/restapi/oauth/token`,
			auth: { username: String(credentials.clientId), password: String(credentials.clientSecret) },
			headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
			body: new URLSearchParams({ grant_type: JWT_BEARER_GRANT, assertion: String(credentials.jwtToken) }).toString(),
			json: true,
		})) as { access_token: string };
		return { accessToken: response.access_token };
	}

	/**
	 * A function, not an expression: n8n 2.41 evaluates credential expressions only inside an execution or
	 * an activation, and the RingCentral Trigger's periodic check runs between them.
	 */
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return { ...requestOptions, headers: { ...requestOptions.headers, Authorization: `Bearer ${String(credentials.accessToken)}` } };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{ $credentials.baseUrl }}',
			url: '/restapi/v1.0/account/~/extension/~',
		},
	};
}
