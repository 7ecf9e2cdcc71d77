import type { IDisplayOptions, INodeCredentialDescription, INodeProperties } from 'n8n-workflow';

import {
	checkDeclarativePath,
	DEFAULT_AUTHENTICATION,
	JWT_CREDENTIAL,
	CODE_FLOW_CREDENTIAL,
} from './transport';

export const credentials: INodeCredentialDescription[] = [
	{
		name: CODE_FLOW_CREDENTIAL,
		required: true,
		displayOptions: { show: { authentication: ['oAuth2'] } },
	},
	{ name: JWT_CREDENTIAL, required: true, displayOptions: { show: { authentication: ['jwt'] } } },
];

/**
 * Every node's Authentication parameter. Its routing switches on `paginate`, which hands each declarative
 * request to the node's `requestOperations.pagination` function: the shared request path (rate limits,
 * retries, error hints, paging), instead of n8n's plain request; its `preSend` keeps IDs in their path segment.
 */
export const authenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: 'OAuth2 (Authorization Code)', value: 'oAuth2' },
		{ name: 'JWT (Server App)', value: 'jwt' },
	],
	default: DEFAULT_AUTHENTICATION,
	routing: { send: { paginate: true, preSend: [checkDeclarativePath] } },
};

export const requestDefaults = {
	baseURL: '={{ $credentials.baseUrl }}',
	headers: { Accept: 'application/json' },
};

/** "Return All" and "Limit", as every n8n list offers them. */
export function returnAllOrLimit(
	displayOptions: IDisplayOptions,
	maxLimit?: number,
): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions,
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1, ...(maxLimit ? { maxValue: maxLimit } : {}) },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { ...displayOptions, show: { ...displayOptions.show, returnAll: [false] } },
		},
	];
}

export function binaryPropertyOutput(displayOptions: IDisplayOptions): INodeProperties {
	return {
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		hint: 'The name of the output binary field to put the file in',
		displayOptions,
	};
}

/** `~` is RingCentral's "the authorized user" (or account): the default of every extension/account ID. */
export function extensionIdProperty(displayOptions: IDisplayOptions): INodeProperties {
	return {
		displayName: 'Extension ID',
		name: 'extensionId',
		type: 'string',
		default: '~',
		description: 'ID of the extension (user) whose data to use; "~" is the authorized user',
		displayOptions,
	};
}

/** The "Simplify" switch: a flat, spreadsheet-friendly record instead of RingCentral's raw one. */
export function simplifySwitch(
	description: string,
	overrides: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description,
		...overrides,
	};
}

/** The description of a Simplify switch that lists the columns of the flat record. */
export const flatRecordOf = (columns: string) =>
	`Whether to return a flat record (${columns}) instead of the raw data`;

/** Inbound, outbound or both: the direction filter of message and call lists. */
export const directionFilter: INodeProperties = {
	displayName: 'Direction',
	name: 'direction',
	type: 'multiOptions',
	options: [
		{ name: 'Inbound', value: 'Inbound' },
		{ name: 'Outbound', value: 'Outbound' },
	],
	default: [],
};
