import type { IDataObject } from 'n8n-workflow';

/** An extension record as one flat, spreadsheet-friendly record. */
export function simplifyExtension(record: IDataObject): IDataObject {
	const contact = (record.contact ?? {}) as IDataObject;
	const permissions = (record.permissions ?? {}) as { admin?: { enabled?: boolean } };
	return {
		id: record.id,
		extensionNumber: record.extensionNumber,
		name: record.name,
		type: record.type,
		status: record.status,
		firstName: contact.firstName,
		lastName: contact.lastName,
		email: contact.email,
		businessPhone: contact.businessPhone,
		mobilePhone: contact.mobilePhone,
		department: contact.department,
		jobTitle: contact.jobTitle,
		site: (record.site as IDataObject | undefined)?.name,
		admin: permissions.admin?.enabled,
		hidden: record.hidden,
		timezone: (
			(record.regionalSettings as IDataObject | undefined)?.timezone as IDataObject | undefined
		)?.name,
	};
}
