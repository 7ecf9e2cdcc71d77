import type {
	IN8nHttpFullResponse,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { headerValue } from '../nodes/shared/headers';
import { parseRetryAfter, RETRY_POLICY } from '../nodes/shared/rateLimit';
import { environmentProperties, resolveBaseUrl } from './ringCentralEnvironment';

const JWT_BEARER_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** JWT bearer flow for server apps: the access token is minted from the JWT, cached, and re-minted after a 401. */
export class RingCentralJwtApi implements ICredentialType {
	name = 'ringCentralJwtApi';

	displayName = 'RingCentral JWT API';

	icon: Icon = {
		light: 'file:../icons/ringcentral.svg',
		dark: 'file:../icons/ringcentral.dark.svg',
	};

	documentationUrl =
		'https://github.com/n8n-nodes-ringcentral/n8n-nodes-ringcentral#ringcentral-jwt-api';

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
		for (let attempt = 1; ; attempt++) {
			// The answer comes back whole on every n8n (2.8 drops the headers of an error it throws).
			const response = (await this.helpers.httpRequest({
				method: 'POST',
				url: `${resolveBaseUrl(credentials)}/restapi/oauth/token`,
				auth: {
					username: String(credentials.clientId),
					password: String(credentials.clientSecret),
				},
				headers: {
					'Content-Type': 'application/x-www-form-urlencoded',
					Accept: 'application/json',
				},
				body: new URLSearchParams({
					grant_type: JWT_BEARER_GRANT,
					assertion: String(credentials.jwtToken),
				}).toString(),
				json: true,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
			})) as IN8nHttpFullResponse;
			const { statusCode: status, headers = {}, body: data } = response;
			if (status >= 200 && status < 300)
				return { accessToken: (data as { access_token: string }).access_token };
			// A 429 was not processed: wait as RingCentral asks and mint again.
			if (status === 429 && attempt < RETRY_POLICY.maxAttempts) {
				await sleep(
					parseRetryAfter(headerValue(headers, 'retry-after')) ??
						RETRY_POLICY.defaultRateLimitWaitMs,
				);
				continue;
			}
			// The shape of an HTTP client's error, so the node reports RingCentral's OAuth error and its hint.
			throw Object.assign(new Error(`RingCentral answered HTTP ${status} to the token request`), {
				response: { status, headers, data },
			});
		}
	}

	/**
	 * A function, not an expression: n8n 2.41 evaluates credential expressions only inside an execution or
	 * an activation, and the RingCentral Trigger's periodic check runs between them.
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return {
			...requestOptions,
			headers: {
				...requestOptions.headers,
				Authorization: `Bearer ${String(credentials.accessToken)}`,
			},
		};
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{ $credentials.baseUrl }}',
			url: '/restapi/v1.0/account/~/extension/~',
		},
	};
}
