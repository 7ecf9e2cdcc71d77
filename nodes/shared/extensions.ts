import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { RingCentralContext } from './transport';
import { ringCentralJson } from './transport';

const LIST_EXTENSIONS = { operationId: 'listExtensions', throttlingGroup: 'Medium' as const, appPermission: 'ReadAccounts' };
const PAGE_SIZE = 100;

/**
 * An extension (user, department, call queue...) picked from the company list, by ID, or by extension
 * number; "~" in By ID is the authorized user.
 */
export function extensionLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Extension',
		name: 'extension',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description: 'The user, department or queue; By ID "~" means the authorized user',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select an extension...',
				typeOptions: { searchListMethod: 'searchExtensions', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: '~',
				validation: [{ type: 'regex', properties: { regex: '^(~|[0-9]+)$', errorMessage: 'An extension ID is a number, or ~ for the authorized user' } }],
			},
			{
				displayName: 'By Extension Number',
				name: 'extensionNumber',
				type: 'string',
				placeholder: '101',
				validation: [{ type: 'regex', properties: { regex: '^[0-9]{1,10}$', errorMessage: 'An extension number has digits only, e.g. 101' } }],
			},
		],
		...overrides,
	};
}

/** The company's extensions for "From List", searchable by name or number, page by page. */
export async function searchExtensions(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = Number(paginationToken ?? 1);
	const body = await ringCentralJson<{ records?: IDataObject[]; navigation?: { nextPage?: unknown } }>(
		this,
		{
			method: 'GET',
			url: '/restapi/v1.0/account/~/extension',
			qs: { status: 'Enabled', page, perPage: PAGE_SIZE, ...(filter ? { searchString: filter } : {}) },
		},
		LIST_EXTENSIONS,
	);
	const needle = (filter ?? '').toLowerCase();
	const results = (body.records ?? [])
		.map((record) => ({
			name: `${record.name ?? ''} (${record.extensionNumber ?? record.id}${record.type && record.type !== 'User' ? `, ${record.type}` : ''})`,
			value: String(record.id),
		}))
		// The filter is applied here too: not every RingCentral deployment honours searchString.
		.filter((option) => !needle || option.name.toLowerCase().includes(needle));
	return { results, paginationToken: body.navigation?.nextPage ? String(page + 1) : undefined };
}

/** The extension ID to put in a URL: "~" when empty, looked up when given as an extension number. */
export async function resolveExtensionId(
	ctx: RingCentralContext,
	locator: { mode?: string; value?: unknown } | string | undefined,
	itemIndex: number,
): Promise<string> {
	const { mode, value } = typeof locator === 'object' && locator !== null ? locator : { mode: 'id', value: locator };
	const text = String(value ?? '').trim();
	if (text === '') return '~';
	if (mode !== 'extensionNumber') {
		if (!/^(~|\d+)$/.test(text)) {
			throw new NodeOperationError(ctx.getNode(), `Extension: "${text}" is not an extension ID (item ${itemIndex})`, {
				itemIndex,
				description: 'Pick the extension from the list, or give its numeric ID, or "~" for the authorized user.',
			});
		}
		return text;
	}
	const body = await ringCentralJson<{ records?: IDataObject[] }>(
		ctx,
		{ method: 'GET', url: '/restapi/v1.0/account/~/extension', qs: { extensionNumber: text, perPage: 1 } },
		LIST_EXTENSIONS,
		itemIndex,
	);
	const match = (body.records ?? []).find((record) => String(record.extensionNumber) === text);
	if (!match) {
		throw new NodeOperationError(ctx.getNode(), `Extension: no extension has the number ${text} (item ${itemIndex})`, {
			itemIndex,
			description: 'Check the extension number, or pick the extension from the list.',
		});
	}
	return String(match.id);
}
