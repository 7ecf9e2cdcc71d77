// @ts-check
'use strict';
/**
 * Example values built from the spec's schemas: its `example`s first, then enums, defaults and
 * formats. Used for the default of generated JSON body fields and by the contract test.
 */
const { flatten } = require('./spec');

const FORMAT_SAMPLES = /** @type {Record<string, any>} */ ({
	'date-time': '2024-01-15T10:00:00.000Z',
	date: '2024-01-15',
	time: '10:00:00Z',
	email: 'jane.doe@example.com',
	uri: 'https://example.com/resource',
	url: 'https://example.com/resource',
	uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
	binary: 'file',
	byte: 'ZmlsZQ==',
	ipv4: '192.168.1.10',
	hostname: 'example.com',
});

/**
 * @param {any} definition the spec
 * @param {any} schema
 * @param {{ requiredOnly?: boolean, depth?: number, name?: string }} [options]
 * @returns {any}
 */
function sampleOf(definition, schema, options = {}) {
	const depth = options.depth ?? 0;
	const s = flatten(definition, schema);
	if (!s || depth > 14) return undefined;
	if (s.example !== undefined && isValidExample(definition, s, s.example)) return clone(s.example);
	if (
		Array.isArray(s.examples) &&
		s.examples.length &&
		isValidExample(definition, s, s.examples[0])
	)
		return clone(s.examples[0]);
	if (Array.isArray(s.enum) && s.enum.length)
		return s.enum.find((/** @type {any} */ v) => v !== null) ?? s.enum[0];
	if (s.default !== undefined && s.default !== null && typeof s.default !== 'object')
		return s.default;
	const alternatives = s.oneOf || s.anyOf;
	if (alternatives && !s.properties)
		return sampleOf(definition, alternatives[0], { ...options, depth: depth + 1 });
	const type = s.type || (s.properties ? 'object' : s.items ? 'array' : 'string');
	if (type === 'object') {
		/** @type {Record<string, any>} */
		const out = {};
		const required = new Set(s.required || []);
		for (const [key, prop] of Object.entries(s.properties || {})) {
			if (options.requiredOnly && !required.has(key)) continue;
			const p = flatten(definition, prop);
			// Read-only fields are left out unless the schema requires them (some request schemas do).
			if (p.readOnly && !required.has(key)) continue;
			const value = sampleOf(definition, prop, { ...options, depth: depth + 1, name: key });
			if (value !== undefined) out[key] = value;
		}
		if (alternatives)
			Object.assign(out, sampleOf(definition, alternatives[0], { ...options, depth: depth + 1 }));
		return out;
	}
	if (type === 'array') {
		const item = sampleOf(definition, s.items || {}, { ...options, depth: depth + 1 });
		const count = Math.max(1, s.minItems || 1);
		return item === undefined ? [] : Array.from({ length: count }, () => clone(item));
	}
	if (type === 'integer' || type === 'number') {
		let n =
			s.minimum !== undefined
				? s.minimum
				: s.exclusiveMinimum !== undefined
					? s.exclusiveMinimum + 1
					: 1;
		if (s.maximum !== undefined && n > s.maximum) n = s.maximum;
		return n;
	}
	if (type === 'boolean') return true;
	if (s.format && FORMAT_SAMPLES[s.format] !== undefined) return FORMAT_SAMPLES[s.format];
	if (s.pattern) return patternSample(s.pattern) ?? 'sample';
	let text = options.name && /phone|number$/i.test(options.name) ? '+16505550100' : 'sample';
	if (s.minLength && text.length < s.minLength) text = text.padEnd(s.minLength, 'x');
	if (s.maxLength && text.length > s.maxLength) text = text.slice(0, s.maxLength);
	return text;
}

/** @param {any} definition @param {any} s @param {any} value */
function isValidExample(definition, s, value) {
	if (value === null) return false;
	const type = s.type;
	if (type === 'integer') return Number.isInteger(value);
	if (type === 'number') return typeof value === 'number';
	if (type === 'boolean') return typeof value === 'boolean';
	if (type === 'string') return typeof value === 'string' && (!s.enum || s.enum.includes(value));
	if (type === 'array') return Array.isArray(value);
	if (type === 'object') return typeof value === 'object' && !Array.isArray(value);
	return true;
}

/** A few patterns seen in the spec (E.164 numbers, ISO codes). @param {string} pattern */
function patternSample(pattern) {
	if (/\\\+|\[1-9\]|\^\\\+/.test(pattern) || /\+\?/.test(pattern)) return '+16505550100';
	if (/^\^\[A-Z\]\{2\}\$$/.test(pattern)) return 'US';
	if (/^\^\[0-9\]\+\$$|^\^\\d\+\$$/.test(pattern)) return '12345';
	return undefined;
}

/** @param {any} v */
function clone(v) {
	return v === undefined ? v : JSON.parse(JSON.stringify(v));
}

module.exports = { sampleOf };
