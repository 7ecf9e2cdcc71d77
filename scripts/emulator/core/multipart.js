// @ts-check
'use strict';
/**
 * multipart/form-data (and multipart/mixed) parsing, and turning the parts into the object the
 * spec's request-body schema describes, so it can be validated like a JSON body.
 *
 * RingCentral accepts, for MMS and fax: JSON parts (Content-Type application/json, usually named
 * `json` or `request` with filename request.json) whose fields are merged into the request; plain form
 * fields (`to` repeated, `from`, `text`, `faxResolution`, ...); and file parts (`attachment`/`attachments`).
 */

/**
 * @typedef {{ name: string, filename?: string, contentType: string, data: Buffer, headers: Record<string, string> }} Part
 * @typedef {{ fields: Record<string, any>, files: Part[], parts: Part[] }} ParsedMultipart
 */

/**
 * @param {Buffer} body
 * @param {string} contentType
 * @returns {Part[]}
 */
function parseMultipart(body, contentType) {
	const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
	if (!m) throw new Error('multipart body without boundary');
	const boundary = Buffer.from(`--${m[1] || m[2]}`);
	/** @type {Part[]} */
	const parts = [];
	let pos = body.indexOf(boundary);
	if (pos < 0) throw new Error('multipart boundary not found');
	for (;;) {
		pos += boundary.length;
		if (body.slice(pos, pos + 2).toString() === '--') break; // closing boundary
		if (body.slice(pos, pos + 2).toString() === '\r\n') pos += 2;
		const next = body.indexOf(boundary, pos);
		if (next < 0) throw new Error('multipart body is truncated');
		const chunk = body.slice(pos, next - 2); // strip CRLF before the boundary
		const headerEnd = chunk.indexOf('\r\n\r\n');
		if (headerEnd < 0) throw new Error('multipart part without headers');
		/** @type {Record<string, string>} */
		const headers = {};
		for (const line of chunk.slice(0, headerEnd).toString('utf8').split('\r\n')) {
			const i = line.indexOf(':');
			if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
		}
		const disp = headers['content-disposition'] || '';
		const name = (/\bname="([^"]*)"/i.exec(disp) || [])[1] || '';
		const fn = /\bfilename="([^"]*)"/i.exec(disp);
		parts.push({
			name,
			filename: fn ? fn[1] : undefined,
			contentType: headers['content-type'] || (fn ? 'application/octet-stream' : 'text/plain'),
			data: chunk.slice(headerEnd + 4),
			headers,
		});
		pos = next;
	}
	return parts;
}

/**
 * Splits parts into request fields and files.
 * @param {Part[]} parts
 * @returns {ParsedMultipart}
 */
function collect(parts) {
	/** @type {Record<string, any>} */
	const fields = {};
	/** @type {Part[]} */
	const files = [];
	for (const part of parts) {
		const ct = part.contentType.toLowerCase();
		if (ct.startsWith('application/json')) {
			const parsed = JSON.parse(part.data.toString('utf8'));
			if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
				Object.assign(fields, parsed);
			continue;
		}
		if (part.filename !== undefined) {
			files.push(part);
			continue;
		}
		const value = part.data.toString('utf8');
		if (part.name in fields)
			fields[part.name] = [].concat(fields[part.name], /** @type {any} */ (value));
		else fields[part.name] = value;
	}
	return { fields, files, parts };
}

/**
 * Coerces form fields to the types of the request-body schema and stands in for binary parts,
 * so the result can be validated against the spec (openapi-backend ignores binary `required`).
 * @param {ParsedMultipart} mp
 * @param {any} schema the (resolved) multipart schema, or undefined
 * @param {(ref: string) => any} resolve
 */
function toSpecBody(mp, schema, resolve) {
	/** @type {Record<string, any>} */
	const body = {};
	const props = (schema && schema.properties) || {};
	/** @param {any} s */
	const deref = (s) => (s && s.$ref ? resolve(s.$ref) : s) || {};
	for (const [key, raw] of Object.entries(mp.fields)) {
		const prop = deref(props[key]);
		body[key] = coerce(raw, prop, deref);
	}
	for (const file of mp.files) {
		const prop = deref(props[file.name]);
		const stand = file.filename || 'file';
		if (prop.type === 'array')
			body[file.name] = [].concat(body[file.name] || [], /** @type {any} */ (stand));
		else if (!(file.name in body)) body[file.name] = stand;
	}
	return body;
}

/**
 * @param {any} raw
 * @param {any} prop
 * @param {(s: any) => any} deref
 * @returns {any}
 */
function coerce(raw, prop, deref) {
	if (typeof raw === 'string' && /^\s*[[{]/.test(raw)) {
		try {
			raw = JSON.parse(raw);
		} catch {
			/* keep the string */
		}
	}
	if (prop.type === 'array') {
		const items = deref(prop.items);
		return (Array.isArray(raw) ? raw : [raw]).map((v) => coerce(v, items, deref));
	}
	if (Array.isArray(raw)) return raw.length === 1 ? coerce(raw[0], prop, deref) : raw;
	if (prop.type === 'object' && typeof raw === 'string') {
		const keys = Object.keys(prop.properties || {});
		if (keys.includes('phoneNumber')) return { phoneNumber: raw };
		if (keys.includes('extensionId')) return { extensionId: raw };
	}
	if (
		(prop.type === 'integer' || prop.type === 'number') &&
		typeof raw === 'string' &&
		raw.trim() !== '' &&
		!isNaN(Number(raw))
	)
		return Number(raw);
	if (prop.type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
	return raw;
}

module.exports = { parseMultipart, collect, toSpecBody };
