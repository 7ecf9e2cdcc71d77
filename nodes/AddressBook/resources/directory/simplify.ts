import type { IDataObject, INodeProperties } from 'n8n-workflow';

export const simplifyProperty: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description:
		'Whether to return a flat record (ID, extension number, name, type, status, email, department, job title, phone numbers, site) instead of the raw data',
};

/** A directory entry as one flat, spreadsheet-friendly record. */
export function simplifyEntry(entry: IDataObject): IDataObject {
	const numbers = ((entry.phoneNumbers as IDataObject[] | undefined) ?? []).filter(
		(number) => !number.hidden,
	);
	const primary = numbers.find((number) => number.primary) ?? numbers[0];
	const name = [entry.firstName, entry.lastName].filter(Boolean).join(' ') || entry.name;
	return {
		id: entry.id,
		extensionNumber: entry.extensionNumber,
		name,
		firstName: entry.firstName,
		lastName: entry.lastName,
		type: entry.type,
		status: entry.status,
		email: entry.email,
		department: entry.department,
		jobTitle: entry.jobTitle,
		phoneNumber: primary?.phoneNumber,
		phoneNumbers: numbers.map((number) => number.phoneNumber).join(', '),
		site: (entry.site as IDataObject | undefined)?.name,
		accountId: (entry.account as IDataObject | undefined)?.id,
	};
}

/** The records as the Simplify switch wants them. */
export function simplified(records: IDataObject[], simplify: boolean): IDataObject[] {
	return simplify ? records.map(simplifyEntry) : records;
}
