import type { IDataObject } from 'n8n-workflow';

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
