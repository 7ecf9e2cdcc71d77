// @ts-check
'use strict';

/**
 * The parent credential types that n8n-nodes-base provides (not installed here): `oAuth2Api`
 * and `oAuth1Api`. Only the properties that matter at run time are defined, with n8n's
 * defaults, so `getDecrypted` merges them into child types exactly like n8n does.
 */

/** @type {import('n8n-workflow').ICredentialType} */
const oAuth2Api = {
	name: 'oAuth2Api',
	displayName: 'OAuth2 API',
	genericAuth: true,
	properties: [
		{
			displayName: 'Use Dynamic Client Registration',
			name: 'useDynamicClientRegistration',
			type: 'boolean',
			default: false,
		},
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'options',
			options: [
				{ name: 'Authorization Code', value: 'authorizationCode' },
				{ name: 'Client Credentials', value: 'clientCredentials' },
				{ name: 'PKCE', value: 'pkce' },
			],
			default: 'authorizationCode',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'string',
			displayOptions: { show: { grantType: ['authorizationCode', 'pkce'] } },
			default: '',
			required: true,
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'string',
			default: '',
			required: true,
		},
		{ displayName: 'Client ID', name: 'clientId', type: 'string', default: '', required: true },
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{ displayName: 'Scope', name: 'scope', type: 'string', default: '' },
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'string',
			displayOptions: { show: { grantType: ['authorizationCode', 'pkce'] } },
			default: '',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: [
				{ name: 'Body', value: 'body' },
				{ name: 'Header', value: 'header' },
			],
			default: 'header',
		},
		{
			displayName: 'Send Additional Body Properties',
			name: 'sendAdditionalBodyProperties',
			type: 'boolean',
			default: false,
			displayOptions: { show: { grantType: ['clientCredentials'], authentication: ['body'] } },
		},
		{
			displayName: 'Additional Body Properties',
			name: 'additionalBodyProperties',
			type: 'json',
			typeOptions: { rows: 5 },
			displayOptions: {
				show: {
					grantType: ['clientCredentials'],
					authentication: ['body'],
					sendAdditionalBodyProperties: [true],
				},
			},
			default: '',
		},
		{
			displayName: 'Ignore SSL Issues (Insecure)',
			name: 'ignoreSSLIssues',
			type: 'boolean',
			default: false,
		},
	],
};

/** @type {import('n8n-workflow').ICredentialType} */
const oAuth1Api = {
	name: 'oAuth1Api',
	displayName: 'OAuth1 API',
	genericAuth: true,
	properties: [
		{ displayName: 'Authorization URL', name: 'authUrl', type: 'string', default: '' },
		{ displayName: 'Access Token URL', name: 'accessTokenUrl', type: 'string', default: '' },
		{ displayName: 'Consumer Key', name: 'consumerKey', type: 'string', default: '' },
		{
			displayName: 'Consumer Secret',
			name: 'consumerSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
		},
		{ displayName: 'Request Token URL', name: 'requestTokenUrl', type: 'string', default: '' },
		{
			displayName: 'Signature Method',
			name: 'signatureMethod',
			type: 'options',
			options: [
				{ name: 'HMAC-SHA1', value: 'HMAC-SHA1' },
				{ name: 'HMAC-SHA256', value: 'HMAC-SHA256' },
				{ name: 'HMAC-SHA512', value: 'HMAC-SHA512' },
			],
			default: 'HMAC-SHA1',
		},
	],
};

/** Parent types known to the harness, by name. */
const BUILTIN_CREDENTIAL_TYPES = { oAuth2Api, oAuth1Api };

/** Fields a hidden property of the credential type owns (stored values are ignored), as n8n does. */
const OAUTH_PINNED_FIELDS = [
	'authUrl',
	'accessTokenUrl',
	'grantType',
	'authentication',
	'requestTokenUrl',
	'signatureMethod',
];

module.exports = { oAuth2Api, oAuth1Api, BUILTIN_CREDENTIAL_TYPES, OAUTH_PINNED_FIELDS };
