import type { IDataObject } from 'n8n-workflow';
import { flatRecordOf, simplifySwitch } from '../../../shared/descriptions';

export const simplifyProperty = simplifySwitch(
	flatRecordOf(
		'ID, extension number, name, type, status, email, department, job title, phone numbers, site',
	),
);

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
