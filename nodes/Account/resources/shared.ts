import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ResolveExtensionOptions } from '../../shared/extensions';
import { resolveExtensionId } from '../../shared/extensions';

/** The Simplify switch of lists whose records are large. */
export function simplifyProperty(what: string): INodeProperties {
	return {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: `Whether to return a flat record (${what}) instead of the raw data`,
	};
}

/** Return All / Limit of the current item (undefined: all). */
export function limitOf(ctx: IExecuteFunctions, itemIndex: number): number | undefined {
	return ctx.getNodeParameter('returnAll', itemIndex, false) ? undefined : (ctx.getNodeParameter('limit', itemIndex, 50) as number);
}

/** The extension ID of a resource locator parameter of the current item ("~" when empty unless required). */
export async function extensionIdOf(ctx: IExecuteFunctions, parameter: string, itemIndex: number, options: ResolveExtensionOptions = {}): Promise<string> {
	const locator = ctx.getNodeParameter(parameter, itemIndex, { mode: 'list', value: '' }) as { mode?: string; value?: unknown };
	return await resolveExtensionId(ctx, locator, itemIndex, options);
}

/** Non-empty values of a filters collection, as query parameters. */
export function queryOf(filters: IDataObject, keys: string[]): IDataObject {
	const qs: IDataObject = {};
	for (const key of keys) {
		const value = filters[key];
		if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
		qs[key] = value;
	}
	return qs;
}
