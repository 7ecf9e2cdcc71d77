// @ts-check
'use strict';
/** Account, extensions, phone numbers, fax cover pages. */
const { ApiError, paginate, list, first } = require('../core/http');
const { publicRecord } = require('../seed/state');

/** @param {any} ctx @param {string} id */
function findExtension(ctx, id) {
	const ext = ctx.state.extensions.find((/** @type {any} */ e) => String(e.id) === String(id));
	if (!ext)
		throw new ApiError(404, 'CMN-102', 'Resource for parameter [extensionId] is not found', {
			parameterName: 'extensionId',
		});
	return ext;
}

/** @param {any} ctx @param {any} p */
const phoneOut = (ctx, p) => {
	const ext = findExtension(ctx, p.extension.id);
	return { ...p, extension: { ...p.extension, name: ext.name } };
};

/** @type {Record<string, import('./index').Handler>} */
const handlers = {
	readAccountInfo: (ctx) => ({ body: publicRecord(ctx.state.account) }),
	readExtension: (ctx) => ({ body: publicRecord(findExtension(ctx, ctx.extensionId)) }),
	listExtensions: (ctx) => {
		const status = list(ctx.query.status);
		const type = list(ctx.query.type);
		const number = first(ctx.query.extensionNumber);
		const emails = list(ctx.query.email).map((e) => e.toLowerCase());
		const all = ctx.state.extensions.filter(
			(/** @type {any} */ e) =>
				(!status.length || status.includes(e.status)) &&
				(!type.length || type.includes(e.type)) &&
				(!number || e.extensionNumber === number) &&
				(!emails.length || emails.includes(String(e.contact.email).toLowerCase())),
		);
		return { body: publicRecord(paginate(ctx, all)) };
	},
	listExtensionPhoneNumbers: (ctx) => {
		const usage = list(ctx.query.usageType);
		const status = first(ctx.query.status);
		const all = ctx.state.phoneNumbers.filter(
			(/** @type {any} */ p) =>
				String(p.extension.id) === ctx.extensionId &&
				(!usage.length || usage.includes(p.usageType)) &&
				(!status || p.status === status),
		);
		return {
			body: publicRecord(
				paginate(
					ctx,
					all.map((/** @type {any} */ p) => phoneOut(ctx, p)),
				),
			),
		};
	},
	listAccountPhoneNumbers: (ctx) => {
		const usage = list(ctx.query.usageType);
		const all = ctx.state.phoneNumbers.filter(
			(/** @type {any} */ p) => !usage.length || usage.includes(p.usageType),
		);
		const body = paginate(
			ctx,
			all.map((/** @type {any} */ p) => {
				const { features, country, ...rest } = phoneOut(ctx, p);
				return rest;
			}),
		);
		return { body: publicRecord(body) };
	},
	readAccountPhoneNumber: (ctx) => {
		const p = ctx.state.phoneNumbers.find(
			(/** @type {any} */ n) => String(n.id) === ctx.params.phoneNumberId,
		);
		if (!p)
			throw new ApiError(404, 'CMN-102', 'Resource for parameter [phoneNumberId] is not found', {
				parameterName: 'phoneNumberId',
			});
		const { features, country, ...rest } = phoneOut(ctx, p);
		return { body: publicRecord(rest) };
	},
	listFaxCoverPages: (ctx) => ({ body: paginate(ctx, ctx.state.faxCoverPages) }),
};

module.exports = { handlers, findExtension };
