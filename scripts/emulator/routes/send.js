// @ts-check
'use strict';
/** Sending: SMS, MMS, company pager and fax, with RingCentral's checks and error codes. */
const { ApiError } = require('../core/http');
const { addMessage, publicRecord, iso } = require('../seed/state');

const MMS_MAX_ATTACHMENTS = 10;
const MMS_MAX_BYTES = 1.5 * 1024 * 1024;
const MAX_RECIPIENTS = 10;
const MMS_TYPES =
	/^(image\/(jpeg|png|gif|bmp|tiff)|audio\/|video\/|text\/(plain|vcard|x-vcard|calendar)|application\/(pdf|rtf|zip))/;
const FAX_TYPES =
	/^(application\/(pdf|msword|rtf|vnd\.openxmlformats-officedocument\.|vnd\.ms-|postscript|octet-stream)|image\/(tiff|jpeg|png|gif|bmp)|text\/(plain|html|csv|rtf))/;

/** E.164-ish normalisation: keeps a leading +, drops punctuation, assumes +1 for 10 digits. @param {any} n */
function normalize(n) {
	const s = String(n || '').trim();
	const digits = s.replace(/[^\d]/g, '');
	if (s.startsWith('+')) return `+${digits}`;
	if (digits.length === 10) return `+1${digits}`;
	if (digits.length === 11 && digits.startsWith('1')) return `+${digits}`;
	return digits;
}

/** @param {any} ctx @param {string} n */
const isExtensionNumber = (ctx, n) =>
	!n.startsWith('+') &&
	(n.length <= 4 || ctx.state.extensions.some((/** @type {any} */ e) => e.extensionNumber === n));

/**
 * Checks the sender number and the recipients of an SMS/MMS; returns { from, to } for the record.
 * @param {any} ctx
 * @param {any} body { from: {phoneNumber}, to: [{phoneNumber}] }
 * @param {'SmsSender'|'MmsSender'} feature
 */
function checkNumbers(ctx, body, feature) {
	const from = normalize(body.from && body.from.phoneNumber);
	if (isExtensionNumber(ctx, from))
		throw new ApiError(400, 'MSG-246', 'Sending SMS from/to extension numbers is not available', {
			parameterName: 'from',
		});
	const owned = ctx.state.phoneNumbers.find(
		(/** @type {any} */ p) => p.phoneNumber === from && String(p.extension.id) === ctx.extensionId,
	);
	if (!owned)
		throw new ApiError(
			400,
			'MSG-245',
			`Parameter [from] value [${from}] is invalid [Cannot find the phone number which belongs to user]`,
			{ parameterName: 'from', parameterValue: from },
		);
	if (owned.type === 'FaxOnly')
		throw new ApiError(403, 'MSG-241', 'Cannot send SMS from Fax number', {
			parameterName: 'from',
		});
	if (!owned.features.includes(feature))
		throw new ApiError(403, 'MSG-242', 'The requested feature is not available', {
			parameterName: 'from',
			parameterValue: from,
		});
	const to = (body.to || []).map((/** @type {any} */ t) => normalize(t && t.phoneNumber));
	if (!to.length)
		throw new ApiError(400, 'CMN-101', 'Parameter [to] value is invalid', { parameterName: 'to' });
	if (to.length > MAX_RECIPIENTS)
		throw new ApiError(
			400,
			'MSG-381',
			`Exceeded maximum number of recipients for a Group MMS: [${MAX_RECIPIENTS}]`,
			{ parameterName: 'to' },
		);
	const seen = new Set();
	for (const n of to) {
		if (!n)
			throw new ApiError(400, 'CMN-101', 'Parameter [to.phoneNumber] value is invalid', {
				parameterName: 'to.phoneNumber',
			});
		if (isExtensionNumber(ctx, n))
			throw new ApiError(400, 'MSG-246', 'Sending SMS from/to extension numbers is not available', {
				parameterName: 'to',
			});
		if (!n.startsWith('+'))
			throw new ApiError(400, 'MSG-247', 'Sending SMS to short numbers is not available', {
				parameterName: 'to',
			});
		if (!n.startsWith('+1') && !owned.features.includes('InternationalSmsSender'))
			throw new ApiError(403, 'MSG-240', 'International SMS is not available for account.', {
				parameterName: 'to',
			});
		if (seen.has(n))
			throw new ApiError(
				400,
				'CMN-406',
				`Duplicate value for parameter to: ${n} found in request`,
				{ parameterName: 'to' },
			);
		seen.add(n);
	}
	const ext = ctx.state.extensions.find((/** @type {any} */ e) => String(e.id) === ctx.extensionId);
	return {
		from: { phoneNumber: from, name: ext && ext.name, location: owned.location || undefined },
		to: to.map((/** @type {string} */ phoneNumber) => ({ phoneNumber })),
	};
}

/** @param {string} text */
function checkText(text) {
	if (typeof text === 'string' && text.length > 1000)
		throw new ApiError(
			400,
			'CMN-101',
			'Parameter [text] value is invalid: the text is longer than 1000 characters',
			{ parameterName: 'text' },
		);
}

/** @param {any} ctx @param {RegExp} allowed @param {{ max?: number, maxBytes?: number }} limits */
function checkFiles(ctx, allowed, limits) {
	const files = ctx.multipart ? ctx.multipart.files : [];
	if (limits.max && files.length > limits.max)
		throw new ApiError(400, 'MSG-379', 'Too many attachments');
	const total = files.reduce(
		(/** @type {number} */ n, /** @type {any} */ f) => n + f.data.length,
		0,
	);
	if (limits.maxBytes && total > limits.maxBytes)
		throw new ApiError(400, 'MSG-376', 'Attachment size limit exceeded');
	files.forEach((/** @type {any} */ f, /** @type {number} */ i) => {
		if (!f.data.length)
			throw new ApiError(400, 'MSG-347', `Attachment [${f.filename}] body is empty`);
		if ((f.filename || '').length > 256)
			throw new ApiError(400, 'MSG-370', 'filename is too long, 256 characters allowed');
		if (!allowed.test(f.contentType.toLowerCase()))
			throw new ApiError(
				415,
				'MSG-348',
				`Unsupported attachment media type, attachment [${i + 1}]: [${f.filename || f.contentType}]`,
			);
	});
	return files;
}

/** @param {any} ctx @param {Record<string, any>} fields @param {any[]} attachments */
function store(ctx, fields, attachments) {
	return addMessage(
		ctx.state,
		ctx.baseUrl,
		{
			direction: 'Outbound',
			readStatus: 'Read',
			messageStatus: 'Queued',
			creationTime: iso(Date.now()),
			...fields,
		},
		attachments,
		ctx.extensionId,
	);
}

/** @type {Record<string, import('./index').Handler>} */
const handlers = {
	createSMSMessage: (ctx) => {
		const body = ctx.body || {};
		checkText(body.text);
		const who = checkNumbers(ctx, body, 'SmsSender');
		const msg = store(ctx, { type: 'SMS', ...who, subject: body.text }, [
			{
				type: 'Text',
				contentType: 'text/plain',
				data: Buffer.from(String(body.text || '')),
				fileName: 'text.txt',
			},
		]);
		return { body: publicRecord(msg) };
	},
	createMMS: (ctx) => {
		const body = ctx.body || {};
		checkText(body.text);
		const who = checkNumbers(ctx, body, 'MmsSender');
		const files = checkFiles(ctx, MMS_TYPES, { max: MMS_MAX_ATTACHMENTS, maxBytes: MMS_MAX_BYTES });
		if (!files.length)
			throw new ApiError(400, 'CMN-101', 'Parameter [attachments] value is invalid', {
				parameterName: 'attachments',
			});
		const atts = files.map((/** @type {any} */ f) => ({
			type: 'MmsAttachment',
			contentType: f.contentType,
			data: f.data,
			fileName: f.filename,
		}));
		if (body.text)
			atts.unshift({
				type: 'Text',
				contentType: 'text/plain',
				data: Buffer.from(String(body.text)),
				fileName: 'text.txt',
			});
		const msg = store(ctx, { type: 'SMS', ...who, subject: body.text || '' }, atts);
		return { body: publicRecord(msg) };
	},
	createInternalTextMessage: (ctx) => {
		const body = ctx.body || {};
		if (String(body.text || '').length > 1024)
			throw new ApiError(400, 'CMN-101', 'Parameter [text] value is invalid', {
				parameterName: 'text',
			});
		const me = ctx.state.extensions.find(
			(/** @type {any} */ e) => String(e.id) === ctx.extensionId,
		);
		if (
			body.from &&
			(body.from.extensionId || body.from.extensionNumber) &&
			String(body.from.extensionId || '') !== ctx.extensionId &&
			body.from.extensionNumber !== me.extensionNumber
		) {
			throw new ApiError(
				400,
				'MSG-332',
				`Parameter [from] value [${body.from.extensionId || body.from.extensionNumber}] is invalid [Sender extension id does not correspond to logged in extension]`,
				{ parameterName: 'from' },
			);
		}
		let targets = body.to || [];
		if (!targets.length && body.replyOn) {
			const orig = ctx.state.messages.find(
				(/** @type {any} */ m) => String(m.id) === String(body.replyOn) && m.type === 'Pager',
			);
			if (!orig)
				throw new ApiError(400, 'CMN-102', 'Resource for parameter [replyOn] is not found', {
					parameterName: 'replyOn',
				});
			targets = [orig.from, ...orig.to].filter((p) => p.extensionId !== ctx.extensionId);
		}
		if (!targets.length)
			throw new ApiError(400, 'CMN-101', 'Parameter [to] value is invalid', {
				parameterName: 'to',
			});
		const to = targets.map((/** @type {any} */ t) => {
			const ext = ctx.state.extensions.find(
				(/** @type {any} */ e) =>
					String(e.id) === String(t.extensionId) || e.extensionNumber === t.extensionNumber,
			);
			if (!ext)
				throw new ApiError(
					400,
					'MSG-316',
					`Parameter [to] value [${t.extensionId || t.extensionNumber}] is invalid [Target extension not found]`,
					{ parameterName: 'to' },
				);
			return { extensionId: String(ext.id), extensionNumber: ext.extensionNumber, name: ext.name };
		});
		const from = { extensionId: String(me.id), extensionNumber: me.extensionNumber, name: me.name };
		const text = [
			{
				type: 'Text',
				contentType: 'text/plain',
				data: Buffer.from(String(body.text)),
				fileName: 'text.txt',
			},
		];
		const msg = store(
			ctx,
			{ type: 'Pager', from, to, subject: body.text, messageStatus: 'Sent' },
			text,
		);
		for (const t of to)
			addMessage(
				ctx.state,
				ctx.baseUrl,
				{
					type: 'Pager',
					direction: 'Inbound',
					from,
					to,
					subject: body.text,
					readStatus: 'Unread',
					messageStatus: 'Received',
					creationTime: msg.creationTime,
				},
				text,
				t.extensionId,
			);
		return { body: publicRecord(msg) };
	},
	createFaxMessage: (ctx) => {
		const body = ctx.body || {};
		const to = (body.to || []).map((/** @type {any} */ t) => ({
			phoneNumber: normalize(t.phoneNumber),
			name: t.name,
		}));
		if (!to.length)
			throw new ApiError(400, 'CMN-101', 'Parameter [to] value is invalid', {
				parameterName: 'to',
			});
		for (const t of to) {
			if (isExtensionNumber(ctx, t.phoneNumber))
				throw new ApiError(400, 'MSG-344', 'Sending fax to extension numbers is not available', {
					parameterName: 'to',
				});
			if (!t.phoneNumber)
				throw new ApiError(400, 'CMN-101', 'Parameter [to.phoneNumber] value is invalid', {
					parameterName: 'to.phoneNumber',
				});
		}
		const files = checkFiles(ctx, FAX_TYPES, {});
		if (!files.length && !body.coverPageText)
			throw new ApiError(400, 'CMN-101', 'Parameter [attachment] value is invalid', {
				parameterName: 'attachment',
			});
		if (
			body.coverIndex !== undefined &&
			!ctx.state.faxCoverPages.some((/** @type {any} */ c) => c.id === String(body.coverIndex))
		)
			throw new ApiError(400, 'CMN-101', 'Parameter [coverIndex] value is invalid', {
				parameterName: 'coverIndex',
			});
		const sendAt = body.sendTime ? Date.parse(body.sendTime) : 0;
		const primary = ctx.state.phoneNumbers.find(
			(/** @type {any} */ p) =>
				String(p.extension.id) === ctx.extensionId && p.type !== 'VoiceOnly',
		);
		const me = ctx.state.extensions.find(
			(/** @type {any} */ e) => String(e.id) === ctx.extensionId,
		);
		const msg = store(
			ctx,
			{
				type: 'Fax',
				from: { phoneNumber: primary ? primary.phoneNumber : undefined, name: me.name },
				to: to.map((/** @type {any} */ t) => ({ ...t, messageStatus: 'Queued' })),
				faxResolution: body.faxResolution || 'Low',
				faxPageCount: Math.max(1, files.length) + (body.coverIndex === 0 ? 0 : 1),
				coverIndex: body.coverIndex === undefined ? 1 : body.coverIndex,
				coverPageText: body.coverPageText,
				subject: body.coverPageText || (files[0] && files[0].filename) || '',
				_sendAt: sendAt,
			},
			files.map((/** @type {any} */ f) => ({
				type: 'SourceDocument',
				contentType: f.contentType,
				data: f.data,
				fileName: f.filename,
			})),
		);
		const out = publicRecord(msg);
		// FaxResponse spells the attachment file name `filename`.
		out.attachments = out.attachments.map((/** @type {any} */ { fileName, ...a }) => ({
			...a,
			filename: fileName,
		}));
		delete out.conversation;
		delete out.conversationId;
		delete out.extensionId;
		delete out.subject;
		return { body: out };
	},
};

module.exports = { handlers, normalize };
