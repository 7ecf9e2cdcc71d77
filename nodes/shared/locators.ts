import type { IExecuteFunctions, INodeProperties, INodePropertyMode } from 'n8n-workflow';
import { invalidInput } from './validation';

/** What a resource locator accepts: a list, an ID of a known shape, a pasted link, or extra modes. */
export interface LocatorSpec {
	name: string;
	displayName: string;
	description: string;
	/** `methods.listSearch` method of "From List"; without it there is no list mode. */
	searchListMethod?: string;
	listPlaceholder?: string;
	/** Regular expression (without anchors) an ID matches. */
	idPattern: string;
	idPlaceholder: string;
	/** What an ID looks like, said to the user when one does not match. */
	idFormat: string;
	/** A pasted link: a regular expression (without anchors) found in the link, whose first group is the ID. */
	url?: { placeholder: string; pattern: string; format: string };
	/** Further modes (e.g. a meeting's web PIN); their values are returned as typed. */
	modes?: INodePropertyMode[];
}

/** A resource locator field, "From List" first (the default mode). */
export function resourceLocator(
	spec: LocatorSpec,
	overrides: Partial<INodeProperties> = {},
): INodeProperties {
	const property: INodeProperties = {
		displayName: spec.displayName,
		name: spec.name,
		type: 'resourceLocator',
		default: { mode: spec.searchListMethod ? 'list' : 'id', value: '' },
		required: true,
		description: spec.description,
		modes: [
			...(spec.searchListMethod
				? [
						{
							displayName: 'From List',
							name: 'list',
							type: 'list' as const,
							placeholder: spec.listPlaceholder ?? `Select a ${spec.displayName.toLowerCase()}...`,
							typeOptions: { searchListMethod: spec.searchListMethod, searchable: true },
						},
					]
				: []),
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: spec.idPlaceholder,
				validation: [
					{
						type: 'regex',
						properties: { regex: `^\\s*(${spec.idPattern})\\s*$`, errorMessage: spec.idFormat },
					},
				],
			},
			...(spec.url
				? [
						{
							displayName: 'By URL',
							name: 'url',
							type: 'string' as const,
							placeholder: spec.url.placeholder,
							// n8n anchors validation patterns at both ends.
							validation: [
								{
									type: 'regex' as const,
									properties: {
										regex: `\\s*\\S*${spec.url.pattern}\\S*\\s*`,
										errorMessage: spec.url.format,
									},
								},
							],
						},
					]
				: []),
			...(spec.modes ?? []),
		],
	};
	return { ...property, ...overrides };
}

/**
 * The ID a locator points to, checked before any request (n8n's editor checks typed values; values from
 * expressions are checked here): a link is reduced to its ID (also one given to "By ID"), anything else
 * that is not an ID fails naming the field and the item.
 */
export function readLocator(
	ctx: IExecuteFunctions,
	itemIndex: number,
	spec: LocatorSpec,
): { mode: string; id: string } {
	const raw = ctx.getNodeParameter(spec.name, itemIndex, '') as
		| { mode?: string; value?: unknown }
		| string;
	const { mode = 'id', value } = typeof raw === 'object' && raw !== null ? raw : { value: raw };
	const text = String(value ?? '').trim();
	const fail = (problem: string, fix: string) =>
		invalidInput(ctx.getNode(), itemIndex, spec.displayName, problem, fix);
	if (text === '')
		throw fail(
			'nothing chosen',
			`Pick the ${spec.displayName.toLowerCase()} from the list or enter its ID.`,
		);
	if ((spec.modes ?? []).some((extra) => extra.name === mode)) return { mode, id: text };
	const link = spec.url ? new RegExp(spec.url.pattern, 'i').exec(text) : null;
	if (link?.[1]) return { mode: 'url', id: link[1] };
	if (mode === 'url')
		throw fail(
			`"${text}" is not a link to a ${spec.displayName.toLowerCase()}`,
			spec.url?.format ?? spec.idFormat,
		);
	if (!new RegExp(`^(?:${spec.idPattern})$`).test(text))
		throw fail(`"${text}" is not an ID`, spec.idFormat);
	return { mode, id: text };
}
