// @ts-check
'use strict';
/** Personal (external) contacts of an extension, the company directory (internal contacts) and the company's business address. */
const { ApiError, paginate, list, first } = require('../core/http');
const { publicRecord } = require('../seed/state');
const { addContact, CONTACT_PHONE_FIELDS } = require('../seed/addressBook');

const E164 = /^\+[1-9]\d{6,14}$/;

/** @param {any} ctx */
const contactsOf = (ctx) =>
	ctx.state.contacts.filter((/** @type {any} */ c) => c._extensionId === ctx.extensionId);

/** @param {any} ctx @param {string} id */
function findContact(ctx, id) {
	const contact = contactsOf(ctx).find((/** @type {any} */ c) => String(c.id) === String(id));
	if (!contact)
		throw new ApiError(404, 'CMN-102', 'Resource for parameter [contactId] is not found', {
			parameterName: 'contactId',
			parameterValue: String(id),
		});
	return contact;
}

/** The ids of a path that may name several contacts (`1,2,3`). @param {any} ctx */
const contactIds = (ctx) =>
	String(ctx.params.contactId)
		.split(',')
		.map((id) => id.trim())
		.filter(Boolean);

/**
 * Phone fields must be E.164 unless a dialing plan says how to read them (RingCentral answers CMN-101).
 * @param {any} ctx @param {Record<string, any>} body
 */
function checkContact(ctx, body) {
	for (const field of CONTACT_PHONE_FIELDS) {
		const value = body[field];
		if (value === undefined || value === null || value === '') continue;
		if (!E164.test(String(value)) && !first(ctx.query.dialingPlan)) {
			throw new ApiError(400, 'CMN-101', `Parameter [${field}] value is invalid`, {
				parameterName: field,
				parameterValue: String(value),
			});
		}
	}
}

/** Fields a client may set (the rest are the server's). @param {Record<string, any>} body */
function writable(body) {
	const { id, uri, availability, ...rest } = body || {};
	return rest;
}

/** @param {any} c */
const phonesOf = (c) => CONTACT_PHONE_FIELDS.map((f) => c[f]).filter(Boolean);

/** @type {Record<string, string>} */
const SORT_FIELDS = { FirstName: 'firstName', LastName: 'lastName', Company: 'company' };

/** A directory entry (`ContactResource`) for an extension. @param {any} ctx @param {any} ext */
function directoryEntry(ctx, ext) {
	const user = ext.type === 'User';
	const numbers = ctx.state.phoneNumbers
		.filter(
			(/** @type {any} */ p) =>
				String(p.extension.id) === String(ext.id) && p.usageType === 'DirectNumber',
		)
		.map((/** @type {any} */ p) => ({
			phoneNumber: p.phoneNumber,
			type: p.type,
			usageType: 'DirectNumber',
			primary: Boolean(p.primary),
			hidden: false,
		}));
	return {
		id: String(ext.id),
		type: ext.type,
		status: ext.status,
		account: {
			id: String(ctx.state.accountId),
			companyName: 'Demo Company',
			mainNumber: { phoneNumber: ctx.state.account.mainNumber, usageType: 'DirectNumber' },
		},
		extensionNumber: ext.extensionNumber,
		...(user
			? { firstName: ext.contact.firstName, lastName: ext.contact.lastName }
			: { name: ext.name }),
		email: ext.contact.email,
		...(ext.contact.department ? { department: ext.contact.department } : {}),
		...(ext.contact.jobTitle ? { jobTitle: ext.contact.jobTitle } : {}),
		phoneNumbers: numbers,
		site: { id: 'main-site', name: 'Main Site' },
		hidden: Boolean(ext.hidden),
	};
}

/** Extensions the directory shows: enabled, disabled and not activated ones. @param {any} ctx */
const directoryOf = (ctx) =>
	ctx.state.extensions
		.filter((/** @type {any} */ e) => ['Enabled', 'Disabled', 'NotActivated'].includes(e.status))
		.map((/** @type {any} */ e) => directoryEntry(ctx, e));

/** Directory paging: `paging` only, no navigation URIs. @param {any} ctx @param {any[]} all @param {any} [page] @param {any} [perPage] */
function directoryPage(ctx, all, page, perPage) {
	const query = {
		...ctx.query,
		...(page !== undefined ? { page: String(page) } : {}),
		...(perPage !== undefined ? { perPage: String(perPage) } : {}),
	};
	const { records, paging } = paginate({ ...ctx, query }, all, {
		defaultPerPage: 1000,
		maxPerPage: 2000,
	});
	return { records, paging };
}

/** @type {Record<string, (entry: any) => string>} */
const SEARCH_FIELDS = {
	firstName: (e) => e.firstName || '',
	lastName: (e) => e.lastName || '',
	extensionNumber: (e) => e.extensionNumber || '',
	phoneNumber: (e) => (e.phoneNumbers || []).map((/** @type {any} */ p) => p.phoneNumber).join(' '),
	email: (e) => e.email || '',
	jobTitle: (e) => e.jobTitle || '',
	department: (e) => e.department || '',
	customFieldValue: () => '',
};

/** @type {Record<string, import('./index').Handler>} */
const handlers = {
	createContact: (ctx) => {
		const body = writable(ctx.body);
		checkContact(ctx, body);
		const record = addContact(ctx.state, ctx.baseUrl, ctx.extensionId, body);
		return { body: publicRecord(record) };
	},
	readContact: (ctx) => {
		const ids = contactIds(ctx);
		if (ids.length > 1) return undefined; // batch reads answer multipart: the spec's mock
		return { body: publicRecord(findContact(ctx, ids[0])) };
	},
	updateContact: (ctx) => {
		const contact = findContact(ctx, contactIds(ctx)[0]);
		const body = writable(ctx.body);
		checkContact(ctx, body);
		for (const key of Object.keys(contact))
			if (!['id', 'uri', 'availability'].includes(key) && !key.startsWith('_')) delete contact[key];
		Object.assign(contact, body);
		return { body: publicRecord(contact) };
	},
	patchContact: (ctx) => {
		const contact = findContact(ctx, ctx.params.contactId);
		const body = writable(ctx.body);
		checkContact(ctx, body);
		for (const [key, value] of Object.entries(body)) {
			if (value === null) delete contact[key];
			else contact[key] = value;
		}
		return { body: publicRecord(contact) };
	},
	deleteContact: (ctx) => {
		const found = contactIds(ctx).map((id) => findContact(ctx, id));
		ctx.state.contacts = ctx.state.contacts.filter((/** @type {any} */ c) => !found.includes(c));
		return { status: 204 };
	},
	listContacts: (ctx) => {
		const startsWith = String(first(ctx.query.startsWith) || '').toLowerCase();
		const numbers = list(ctx.query.phoneNumber);
		const sortBy = list(ctx.query.sortBy)
			.map((s) => SORT_FIELDS[s])
			.filter(Boolean);
		const all = contactsOf(ctx).filter(
			(/** @type {any} */ c) =>
				(!startsWith ||
					[c.firstName, c.lastName].some((n) =>
						String(n || '')
							.toLowerCase()
							.startsWith(startsWith),
					)) &&
				(!numbers.length || phonesOf(c).some((p) => numbers.includes(p))),
		);
		if (sortBy.length) {
			all.sort((/** @type {any} */ a, /** @type {any} */ b) => {
				for (const key of sortBy) {
					const diff = String(a[key] || '').localeCompare(String(b[key] || ''), 'en');
					if (diff) return diff;
				}
				return 0;
			});
		}
		return { body: publicRecord(paginate(ctx, all)) };
	},
	listDirectoryEntries: (ctx) => {
		const type = first(ctx.query.type);
		const typeGroup = first(ctx.query.typeGroup);
		const siteId = first(ctx.query.siteId);
		const all = directoryOf(ctx).filter(
			(/** @type {any} */ e) =>
				(!type || e.type === type) &&
				(!typeGroup || (typeGroup === 'User') === (e.type === 'User')) &&
				(!siteId || e.site.id === siteId),
		);
		return { body: directoryPage(ctx, all) };
	},
	readDirectoryEntry: (ctx) => {
		const entry = directoryOf(ctx).find((/** @type {any} */ e) => e.id === ctx.params.entryId);
		if (!entry)
			throw new ApiError(404, 'CMN-102', 'Resource for parameter [entryId] is not found', {
				parameterName: 'entryId',
				parameterValue: ctx.params.entryId,
			});
		return { body: entry };
	},
	readAccountBusinessAddress: (ctx) => ({
		body: {
			uri: `${ctx.baseUrl}/restapi/v1.0/account/${ctx.state.accountId}/business-address`,
			...ctx.state.businessAddress,
		},
	}),
	updateAccountBusinessAddress: (ctx) => {
		const { businessAddress, ...rest } = ctx.body || {};
		Object.assign(ctx.state.businessAddress, rest);
		if (businessAddress) Object.assign(ctx.state.businessAddress.businessAddress, businessAddress);
		return {
			body: {
				uri: `${ctx.baseUrl}/restapi/v1.0/account/${ctx.state.accountId}/business-address`,
				...ctx.state.businessAddress,
			},
		};
	},
	searchDirectoryEntries: (ctx) => {
		const body = ctx.body || {};
		const needle = String(body.searchString || '').toLowerCase();
		const fields =
			body.searchFields && body.searchFields.length
				? body.searchFields
				: Object.keys(SEARCH_FIELDS);
		const types = [
			...(body.extensionTypes || []),
			...(body.extensionType ? [body.extensionType] : []),
		];
		const statuses = body.extensionStatuses || [];
		const sites = [...(body.siteIds || []), ...(body.siteId ? [body.siteId] : [])];
		const all = directoryOf(ctx).filter(
			(/** @type {any} */ e) =>
				(!needle ||
					fields.some((/** @type {string} */ f) =>
						(SEARCH_FIELDS[f] || (() => ''))(e).toLowerCase().includes(needle),
					)) &&
				(!types.length || types.includes(e.type)) &&
				(!statuses.length || statuses.includes(e.status)) &&
				(!body.department || e.department === body.department) &&
				(!sites.length || sites.includes(e.site.id)),
		);
		for (const order of [...(body.orderBy || [])].reverse()) {
			const sign = order.direction === 'Desc' ? -1 : 1;
			all.sort(
				(/** @type {any} */ a, /** @type {any} */ b) =>
					sign *
					String(a[order.fieldName] || '').localeCompare(String(b[order.fieldName] || ''), 'en'),
			);
		}
		return { body: directoryPage(ctx, all, body.page, body.perPage) };
	},
};

module.exports = { handlers };
