import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodeProperties,
} from 'n8n-workflow';

import { fetchRecords } from './paging';
import { oncePerRun } from './perRun';
import type { RingCentralContext } from './transport';
import { ringCentralJson } from './transport';
import { invalidInput } from './validation';

const LIST_EXTENSIONS = { operationId: 'listExtensions' as const };
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
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^(~|[0-9]+)$',
							errorMessage: 'An extension ID is a number, or ~ for the authorized user',
						},
					},
				],
			},
			{
				displayName: 'By Extension Number',
				name: 'extensionNumber',
				type: 'string',
				placeholder: '101',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^[0-9]{1,10}$',
							errorMessage: 'An extension number has digits only, e.g. 101',
						},
					},
				],
			},
		],
		...overrides,
	};
}

/** A list page when searching: the filter is applied here (listExtensions has no search parameter), so pages are large. */
const SEARCH_PAGE_SIZE = 1000;

/**
 * Extensions of the company for a "From List" mode, searchable by name or number, page by page; only
 * enabled ones, only of `types` when given (e.g. `['Department']`: call queues).
 */
export async function searchExtensionsOfType(
	ctx: ILoadOptionsFunctions,
	types: string[],
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = Number(paginationToken ?? 1);
	const needle = (filter ?? '').trim().toLowerCase();
	const body = await ringCentralJson<{
		records?: IDataObject[];
		navigation?: { nextPage?: unknown };
	}>(
		ctx,
		{
			method: 'GET',
			url: '/restapi/v1.0/account/~/extension',
			qs: {
				status: 'Enabled',
				page,
				perPage: needle ? SEARCH_PAGE_SIZE : PAGE_SIZE,
				...(types.length ? { type: types } : {}),
			},
		},
		LIST_EXTENSIONS,
	);
	const results = (body.records ?? [])
		.map((record) => ({
			name: `${record.name ?? ''} (${record.extensionNumber ?? record.id}${record.type && record.type !== 'User' ? `, ${record.type === 'Department' ? 'Call Queue' : record.type}` : ''})`,
			value: String(record.id),
		}))
		.filter((option) => !needle || option.name.toLowerCase().includes(needle));
	return { results, paginationToken: body.navigation?.nextPage ? String(page + 1) : undefined };
}

/** The company's extensions for "From List", searchable by name or number, page by page. */
export async function searchExtensions(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchExtensionsOfType(this, [], filter, paginationToken);
}

/** The company's call queues (extensions of type "Department") for "From List". */
export async function searchCallQueues(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchExtensionsOfType(this, ['Department'], filter, paginationToken);
}

/**
 * A call queue (RingCentral's "Department" extension type) picked from the list, by ID, or by its
 * extension number; resolve it with `resolveExtensionId`.
 */
export function callQueueLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	const base = extensionLocator();
	return {
		...base,
		displayName: 'Call Queue',
		name: 'callQueue',
		required: true,
		description: 'The call queue',
		modes: (base.modes ?? []).map((mode) =>
			mode.name === 'list'
				? {
						...mode,
						placeholder: 'Select a call queue...',
						typeOptions: { searchListMethod: 'searchCallQueues', searchable: true },
					}
				: mode.name === 'id'
					? {
							...mode,
							placeholder: '62264425004',
							validation: [
								{
									type: 'regex',
									properties: { regex: '^[0-9]+$', errorMessage: 'A call queue ID is a number' },
								},
							],
						}
					: { ...mode, placeholder: '200' },
		),
		...overrides,
	};
}

/**
 * The company's extensions of every type and status, read once per run (all pages), so that many items
 * naming extensions by number, or needing their names, share one read.
 */
export async function companyExtensions(
	ctx: RingCentralContext,
	itemIndex?: number,
): Promise<IDataObject[]> {
	return await oncePerRun(
		ctx,
		'companyExtensions',
		async () =>
			await fetchRecords(
				ctx,
				{ method: 'GET', url: '/restapi/v1.0/account/~/extension' },
				LIST_EXTENSIONS,
				undefined,
				itemIndex,
			),
	);
}

/** Extension IDs by extension number, from the company's extensions read once per run. */
async function extensionsByNumber(
	ctx: RingCentralContext,
	itemIndex: number,
): Promise<Map<string, string>> {
	return await oncePerRun(ctx, 'extensionsByNumber', async () => {
		const byNumber = new Map<string, string>();
		for (const record of await companyExtensions(ctx, itemIndex))
			if (record.extensionNumber !== undefined && record.extensionNumber !== null)
				byNumber.set(String(record.extensionNumber), String(record.id));
		return byNumber;
	});
}

const READ_EXTENSION = { operationId: 'readExtension' as const };

/** The authorized user's own extension ID, read once per run. */
export async function ownExtensionId(ctx: RingCentralContext, itemIndex?: number): Promise<string> {
	return await oncePerRun(ctx, 'ownExtensionId', async () => {
		const me = await ringCentralJson<IDataObject>(
			ctx,
			{ method: 'GET', url: '/restapi/v1.0/account/~/extension/~' },
			READ_EXTENSION,
			itemIndex,
		);
		return String(me.id);
	});
}

/** The extension ID with "~" replaced by the authorized user's own, for APIs and answers that have no "~". */
export async function withoutTilde(
	ctx: RingCentralContext,
	extensionId: string,
	itemIndex?: number,
): Promise<string> {
	return extensionId === '~' ? await ownExtensionId(ctx, itemIndex) : extensionId;
}

/** How `resolveExtensionId` names the field in errors, and whether an empty value is an error instead of "~". */
export interface ResolveExtensionOptions {
	field?: string;
	required?: boolean;
}

/** The extension ID to put in a URL: "~" when empty (unless required), looked up when given as an extension number. */
export async function resolveExtensionId(
	ctx: RingCentralContext,
	locator: { mode?: string; value?: unknown } | string | undefined,
	itemIndex: number,
	{ field = 'Extension', required = false }: ResolveExtensionOptions = {},
): Promise<string> {
	const { mode, value } =
		typeof locator === 'object' && locator !== null ? locator : { mode: 'id', value: locator };
	const text = String(value ?? '').trim();
	if (text === '') {
		if (!required) return '~';
		throw invalidInput(
			ctx.getNode(),
			itemIndex,
			field,
			'none chosen',
			`Pick the ${field.toLowerCase()} from the list, or give its ID or extension number.`,
		);
	}
	if (mode !== 'extensionNumber') {
		if (!/^(~|\d+)$/.test(text)) {
			throw invalidInput(
				ctx.getNode(),
				itemIndex,
				field,
				`"${text}" is not an extension ID`,
				`Pick the ${field.toLowerCase()} from the list, or give its numeric ID${required ? '' : ', or "~" for the authorized user'}.`,
			);
		}
		return text;
	}
	const match = (await extensionsByNumber(ctx, itemIndex)).get(text);
	if (!match) {
		throw invalidInput(
			ctx.getNode(),
			itemIndex,
			field,
			`no extension has the number ${text}`,
			`Check the extension number, or pick the ${field.toLowerCase()} from the list.`,
		);
	}
	return match;
}

/** The extension ID of a resource locator parameter of the current item ("~" when empty unless required). */
export async function extensionIdOf(
	ctx: IExecuteFunctions,
	parameter: string,
	itemIndex: number,
	options: ResolveExtensionOptions = {},
): Promise<string> {
	const locator = ctx.getNodeParameter(parameter, itemIndex, { mode: 'list', value: '' }) as {
		mode?: string;
		value?: unknown;
	};
	return await resolveExtensionId(ctx, locator, itemIndex, options);
}

/** RingCentral's extension types with the names its admin portal uses ("Department" is a call queue). */
const EXTENSION_TYPE_NAMES: Record<string, string> = {
	Announcement: 'Announcement Only',
	ApplicationExtension: 'Application Extension',
	Bot: 'Bot',
	DelegatedLinesGroup: 'Delegated Lines Group',
	Department: 'Call Queue (Department)',
	DigitalUser: 'Digital User',
	External: 'External',
	FaxUser: 'Fax User',
	FlexibleUser: 'Flexible User',
	GroupCallPickup: 'Group Call Pickup',
	IvrMenu: 'IVR Menu',
	Limited: 'Limited Extension',
	PagingOnly: 'Paging Only Group',
	ParkLocation: 'Park Location',
	ProxyAdmin: 'Proxy Admin',
	Room: 'Room',
	RoomConnector: 'Room Connector',
	SharedLinesGroup: 'Shared Lines Group',
	Site: 'Site',
	User: 'User',
	VirtualUser: 'Virtual User',
	Voicemail: 'Voicemail Only (Take Messages Only)',
};

/** Options for an extension type filter, sorted by name; `values` are the types the endpoint accepts. */
export function extensionTypeOptions(values: string[]): Array<{ name: string; value: string }> {
	return values
		.map((value) => ({ name: EXTENSION_TYPE_NAMES[value] ?? value, value }))
		.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
