// @ts-check
'use strict';
/**
 * Text from the spec made fit for n8n's editor and for `n8n-node lint`: one sentence, no markdown
 * or HTML, "ID"/"URL"/"JSON" upper-cased, no final period on a single sentence.
 */

const ACRONYMS = new Map(
	[
		'id',
		'ids',
		'url',
		'uri',
		'json',
		'sms',
		'mms',
		'ivr',
		'pstn',
		'pin',
		'sip',
		'scim',
		'a2p',
		'api',
		'e911',
		'uuid',
		'ai',
		'cc',
		'tm',
		'dnd',
		'bla',
		'byod',
		'csv',
		'vcard',
		'ip',
		'mac',
		'ssid',
		'bssid',
		'iso',
		'utc',
		'rcv',
		'rcw',
		'npa',
		'nxx',
		'tts',
		'http',
		'oauth',
	].map((w) => [w, w === 'ids' ? 'IDs' : w === 'vcard' ? 'vCard' : w.toUpperCase()]),
);

/** `extensionNumber` → `Extension Number`, `callerId` → `Caller ID`. @param {string} name */
function displayNameOf(name) {
	const words = String(name)
		.replace(/[_.\-[\]]+/g, ' ')
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
		.trim()
		.split(/\s+/)
		.filter(Boolean);
	return words
		.map((w) => ACRONYMS.get(w.toLowerCase()) ?? w.charAt(0).toUpperCase() + w.slice(1))
		.join(' ');
}

const SMALL_WORDS =
	/\b(?:an?d?|a[st]|because|but|by|en|for|i[fn]|neither|nor|o[fnr]|only|over|per|so|some|tha[tn]|the|to|up|upon|vs?\.?|versus|via|when|with|without|yet)\b/i;
const TOKENS = /[^\s:–—-]+|./g;
const IS_MANUAL_CASE = /.(?=[A-Z]|\..)/;
const ALPHANUMERIC = /[A-Za-z0-9\u00C0-\u00FF]/;

/**
 * Title case as n8n's lint checks it (the `title-case` package's algorithm): words start upper-case
 * except small words inside, words with inner capitals are kept.
 * @param {string} input
 */
function titleCase(input) {
	let result = '';
	let m;
	const tokens = new RegExp(TOKENS.source, 'g');
	while ((m = tokens.exec(input)) !== null) {
		const token = m[0];
		const index = m.index;
		if (
			!IS_MANUAL_CASE.test(token) &&
			(!SMALL_WORDS.test(token) || index === 0 || index + token.length === input.length) &&
			(input.charAt(index + token.length) !== ':' ||
				/\s/.test(input.charAt(index + token.length + 1)))
		) {
			result += token.replace(ALPHANUMERIC, (c) => c.toUpperCase());
			continue;
		}
		result += token;
	}
	return result;
}

/** `Call Handling Rules` → `callHandlingRules`. @param {string} text */
function camelCase(text) {
	const words = String(text)
		.replace(/[^A-Za-z0-9]+/g, ' ')
		.trim()
		.split(/\s+/)
		.filter(Boolean);
	return words
		.map((word) => (word.length > 1 && word === word.toUpperCase() ? word.toLowerCase() : word))
		.map((w, i) =>
			i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1),
		)
		.join('');
}

/** Lower-cases capitalised words, keeps acronyms and words with inner capitals (RingOut). @param {string} text */
function sentenceCase(text) {
	const words = String(text).split(' ');
	return words
		.map((w, i) => {
			if (i === 0) return w.charAt(0).toUpperCase() + w.slice(1);
			return /^[A-Z][a-z]+(?:[-/][A-Z]?[a-z]+)*$/.test(w) ? w.toLowerCase() : w;
		})
		.join(' ');
}

const KEEP_PLURAL = new Set([
	'settings',
	'hours',
	'analytics',
	'sms',
	'status',
	'news',
	'series',
	'address',
	'access',
	'business',
]);

/** Singular of the last word: `Call Queues` → `Call Queue`. @param {string} text */
function singular(text) {
	const words = String(text).split(' ');
	const last = words[words.length - 1];
	const lower = last.toLowerCase();
	let result = last;
	if (KEEP_PLURAL.has(lower) || last === last.toUpperCase()) result = last;
	else if (/ies$/.test(lower)) result = last.slice(0, -3) + 'y';
	else if (/(ss|ch|sh|x)es$/.test(lower)) result = last.slice(0, -2);
	else if (/s$/.test(lower) && !/(ss|us|is)$/.test(lower)) result = last.slice(0, -1);
	words[words.length - 1] = result;
	return words.join(' ');
}

/**
 * A description from spec text: first sentence, plain text, at most `max` characters.
 * @param {string | undefined} text
 * @param {number} [max]
 */
function describe(text, max = 200) {
	if (!text) return '';
	let s = String(text)
		.replace(/\r/g, '')
		.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/<\/?[a-zA-Z][^>]*>/g, ' ')
		.replace(/[`*]+/g, '')
		.replace(/(^|\s)_+|_+(\s|$)/g, '$1$2')
		.replace(/&nbsp;/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.trim();
	// First sentence (not split at "e.g.", "i.e.", "etc.", "vs." or decimals).
	const protectedText = s.replace(/\b(e\.g|i\.e|etc|vs|approx|incl|max|min|No)\./gi, (m) =>
		m.replace(/\./g, '\u0000'),
	);
	const end = protectedText.search(/[.!?](\s|$)/);
	s = (end >= 0 ? protectedText.slice(0, end + 1) : protectedText).replace(/\u0000/g, '.');
	s = s
		.replace(/<=/g, 'at most ')
		.replace(/>=/g, 'at least ')
		.replace(/</g, 'less than ')
		.replace(/>/g, 'more than ');
	s = s
		.replace(/\b[iI]d(s?)\b/g, 'ID$1')
		.replace(/\b[uU]rl(s?)\b/g, 'URL$1')
		.replace(/\b[jJ]son\b/g, 'JSON');
	s = s.replace(/omma separated/g, 'omma-separated');
	s = s.replace(/\s+/g, ' ').trim();
	if (s.length > max) {
		const cut = s.slice(0, max);
		s = cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).replace(/[\s,;:(-]+$/, '') + '…';
	}
	s = s.replace(/[.:;,]+$/, '').trim();
	if (!s) return '';
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Boolean descriptions start with "Whether" (n8n convention, linted).
 * @param {string | undefined} text
 * @param {string} displayName
 */
function whetherDescription(text, displayName) {
	const d = describe(text);
	const lower = d.charAt(0).toLowerCase() + d.slice(1);
	const whether = /\bwhether\b/i.exec(d);
	if (whether && whether.index < 40) return 'Whether' + d.slice(whether.index + 7);
	const iff = /^if (?:set to )?(?:the value is )?(?:'|")?true(?:'|")?,?\s*(?:then\s+)?(.+)$/i.exec(
		d,
	);
	if (iff) return 'Whether ' + iff[1];
	const that = /^(?:indicates|specifies|defines|means|shows)\s+(?:that|if)\s+(.+)$/i.exec(d);
	if (that) return 'Whether ' + that[1];
	const verb = /^(enables|allows|includes|returns|disables|excludes)\s+(.+)$/i.exec(d);
	if (verb) return `Whether to ${verb[1].toLowerCase().replace(/s$/, '')} ${verb[2]}`;
	return d
		? `Whether ${displayName} is true (${lower.replace(/[()]/g, '')})`
		: `Whether ${displayName} is true`;
}

/** Words that say nothing about what an operation does beyond its name (verbs of the n8n names, articles). */
const FILLER = new Set([
	'a',
	'an',
	'the',
	'of',
	'by',
	'for',
	'to',
	'in',
	'id',
	'ids',
	'many',
	'list',
	'lists',
	'get',
	'gets',
	'read',
	'reads',
	'return',
	'returns',
	'retrieve',
	'retrieves',
	'create',
	'creates',
	'add',
	'adds',
	'delete',
	'deletes',
	'remove',
	'removes',
	'update',
	'updates',
	'patch',
	'patches',
	'modify',
	'modifies',
	'specified',
	'particular',
	'given',
	'new',
	'existing',
]);

/** @param {string} text */
function contentWords(text) {
	return String(text)
		.toLowerCase()
		.replace(/\(s\)/g, '')
		.split(/[^a-z0-9]+/)
		.filter((word) => word && !FILLER.has(word))
		.map((word) => singular(word));
}

/**
 * Whether `description` only restates `names` (the operation's and resource's names): every word it has
 * beyond filler is in one of them ("List Call Queues" for "Get Many" of "Call Queue").
 * @param {string} description
 * @param {string[]} names
 */
function restates(description, names) {
	const known = new Set(names.flatMap(contentWords));
	return contentWords(description).every((word) => known.has(word));
}

module.exports = {
	displayNameOf,
	titleCase,
	camelCase,
	sentenceCase,
	singular,
	describe,
	whetherDescription,
	restates,
};
