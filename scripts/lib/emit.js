// @ts-check
'use strict';
/** Prints JavaScript values as TypeScript source: single quotes, tabs, trailing commas, stable order. */

const RAW = Symbol('raw');

/** A piece of code printed as is (e.g. a function call). @param {string} code */
function raw(code) {
	return { [RAW]: code };
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** @param {string} s */
function quote(s) {
	return `'${s
		.replace(/\\/g, '\\\\')
		.replace(/'/g, "\\'")
		.replace(/\n/g, '\\n')
		.replace(/\r/g, '\\r')
		.replace(/\t/g, '\\t')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029')}'`;
}

/**
 * @param {any} value
 * @param {number} [level]
 * @returns {string}
 */
function print(value, level = 0) {
	if (value && typeof value === 'object' && RAW in value) return value[RAW];
	if (value === null) return 'null';
	if (typeof value === 'string') return quote(value);
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	const pad = '\t'.repeat(level + 1);
	const end = '\t'.repeat(level);
	if (Array.isArray(value)) {
		if (value.length === 0) return '[]';
		const inline = `[${value.map((v) => print(v, level)).join(', ')}]`;
		if (
			inline.length <= 100 &&
			!inline.includes('\n') &&
			value.every((v) => typeof v !== 'object' || v === null || isSmall(v))
		)
			return inline;
		return `[\n${value.map((v) => `${pad}${print(v, level + 1)},`).join('\n')}\n${end}]`;
	}
	const entries = Object.entries(value).filter(([, v]) => v !== undefined);
	if (entries.length === 0) return '{}';
	const key = (/** @type {string} */ k) => (IDENTIFIER.test(k) ? k : quote(k));
	const inline = `{ ${entries.map(([k, v]) => `${key(k)}: ${print(v, level)}`).join(', ')} }`;
	if (inline.length <= 100 && !inline.includes('\n')) return inline;
	return `{\n${entries.map(([k, v]) => `${pad}${key(k)}: ${print(v, level + 1)},`).join('\n')}\n${end}}`;
}

/** @param {any} v */
function isSmall(v) {
	return print(v).length <= 60;
}

module.exports = { print, raw, quote };
