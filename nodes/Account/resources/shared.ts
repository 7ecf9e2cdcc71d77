import type { IDataObject, INodeProperties } from 'n8n-workflow';

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

/** Non-empty values of a filters collection, as query parameters. */
export function queryOf(filters: IDataObject, keys: string[]): IDataObject {
	const qs: IDataObject = {};
	for (const key of keys) {
		const value = filters[key];
		if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
			continue;
		qs[key] = value;
	}
	return qs;
}
