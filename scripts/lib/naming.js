// @ts-check
'use strict';
/**
 * The generator's naming rules: what the spec's tags, summaries, operationIds and parameter names become
 * in n8n (resource and operation names, actions, field names and display names). Pure functions of their
 * arguments; test/scripts/naming.test.ts holds a table of real cases.
 */
const text = require('./text');

/** @typedef {(name: string, suffix: string) => string} UniqueName a field name not yet taken in the operation */

/** Names n8n or the shared node code use; a spec parameter with one of them gets a suffix. */
const RESERVED = new Set([
	'resource',
	'operation',
	'authentication',
	'returnAll',
	'limit',
	'binaryPropertyName',
	'body',
	'filters',
	'options',
	'additionalFields',
	'requestOptions',
]);

/** The first word of a summary that becomes one of n8n's standard operation names. */
const VERBS = /** @type {Record<string, string>} */ ({
	list: 'Get Many',
	get: 'Get',
	read: 'Get',
	create: 'Create',
	add: 'Create',
	update: 'Update',
	delete: 'Delete',
});

/**
 * The n8n name of a resource from its spec tag: the configured name if any, else the tag in the
 * singular (`Call Queues` → `Call Queue`), title-cased.
 * @param {string} tag
 * @param {string} [configured] scripts/config.js RESOURCE_NAMES
 */
function resourceName(tag, configured) {
	return text.titleCase(configured ?? text.singular(tag));
}

/** The resource value and generated file name of a tag: `Call Handling Rules` → `callHandlingRules`. @param {string} tag */
function resourceValue(tag) {
	return text.camelCase(tag);
}

/**
 * n8n names for a tag's operations: Create, Delete, Get, Get Many, Update when the operation is about
 * the resource itself and the name is unique in the resource, else the spec's summary with the
 * verb made n8n's ("List" → "Get Many").
 * @param {Array<Pick<import('./spec').Operation, 'operationId' | 'summary' | 'method'>>} ops
 * @param {string} resourceName
 * @param {string} tag
 */
function nameOperations(ops, resourceName, tag) {
	const subjects = new Set([resourceName, tag, text.singular(tag)].map((s) => s.toLowerCase()));
	const candidates = ops.map((op) => {
		const summary = op.summary.replace(/\s+/g, ' ').trim();
		const [first, ...restWords] = summary.split(' ');
		const rest = restWords.join(' ');
		let verb = VERBS[first.toLowerCase()];
		if (!verb && op.method === 'DELETE' && /^(cancel|remove|drop)$/i.test(first)) verb = 'Delete';
		const short =
			verb && (subjects.has(rest.toLowerCase()) || subjects.has(text.singular(rest).toLowerCase()))
				? verb
				: undefined;
		// "Add Team Members" stays "Add"; only an operation on the resource itself becomes "Create".
		const longVerb = verb && !/^(add)$/i.test(first) ? verb : undefined;
		let long = longVerb ? `${longVerb} ${rest}`.trim() : summary;
		if (
			!verb &&
			op.method === 'GET' &&
			!/^(get|list|search|check|export|extract|sync|download)\b/i.test(summary)
		)
			long = `Get ${summary}`;
		return { op, short, long: text.titleCase(long), verb };
	});
	const shortCount = new Map();
	for (const c of candidates)
		if (c.short) shortCount.set(c.short, (shortCount.get(c.short) ?? 0) + 1);
	const chosen = candidates.map((c) => ({
		...c,
		name: c.short && shortCount.get(c.short) === 1 ? c.short : c.long,
	}));
	// Same summary twice: tell them apart by HTTP method, else by their operationIds' words.
	const count = (/** @type {string[]} */ names) =>
		names.reduce((m, n) => m.set(n, (m.get(n) ?? 0) + 1), new Map());
	const firstPass = count(chosen.map((c) => c.name));
	const withMethod = chosen.map((c) =>
		firstPass.get(c.name) > 1 ? `${c.name} (${c.op.method})` : c.name,
	);
	const secondPass = count(withMethod);
	const finalNames = chosen.map((c, i) => {
		if (secondPass.get(withMethod[i]) === 1) return withMethod[i];
		return nameFromOperationId(c.op.operationId);
	});
	/** @type {Map<string, { name: string, action: string }>} */
	const out = new Map();
	for (const [i, c] of chosen.entries()) {
		const name = finalNames[i];
		let action;
		if (name === 'Get Many') action = `Get many ${lowerWords(tag)}`;
		else if (['Create', 'Delete', 'Get', 'Update'].includes(name))
			action = `${name} ${lowerWords(resourceName)}`;
		else action = text.sentenceCase(name.replace(/ \((GET|POST|PUT|PATCH|DELETE)\)$/, ' via $1'));
		out.set(c.op.operationId, { name, action: text.sentenceCase(action) });
	}
	return out;
}

/** @param {string} s */
function lowerWords(s) {
	return text.sentenceCase(`X ${s}`).slice(2);
}

/**
 * An operation name from its operationId, for summaries that repeat: `listGlipWebhooksNew` →
 * `Get Many Glip Webhooks`.
 * @param {string} operationId
 */
function nameFromOperationId(operationId) {
	const words = text.displayNameOf(operationId.replace(/New$/, '')).split(' ');
	const verb = VERBS[words[0].toLowerCase()];
	return text.titleCase([verb ?? words[0], ...words.slice(1)].join(' '));
}

/**
 * Hands out field names, each once: a taken name gets `suffix`, then underscores.
 * @param {Iterable<string>} [reserved]
 * @returns {UniqueName}
 */
function fieldNamer(reserved = RESERVED) {
	const used = new Set(reserved);
	return (name, suffix) => {
		let candidate = used.has(name) ? `${name}${suffix}` : name;
		while (used.has(candidate)) candidate += '_';
		used.add(candidate);
		return candidate;
	};
}

/**
 * The field of one file part of a multipart body: `Input Binary Field`, or named after the part when
 * there are several (`attachment` → `inputBinaryFieldAttachment`, `Input Binary Field (Attachment)`).
 * @param {string} part
 * @param {boolean} onlyFile
 */
function fileFieldName(part, onlyFile) {
	return onlyFile
		? { name: 'inputBinaryField', displayName: 'Input Binary Field' }
		: {
				name: `inputBinaryField${part.charAt(0).toUpperCase()}${part.slice(1)}`,
				displayName: `Input Binary Field (${text.displayNameOf(part)})`,
			};
}

/** How an expression reads a field: `$parameter.accountId`, `$parameter["x-user-agent"]`. @param {string} fieldName */
function parameterReference(fieldName) {
	return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(fieldName)
		? `$parameter.${fieldName}`
		: `$parameter["${fieldName}"]`;
}

module.exports = {
	RESERVED,
	displayNameOf: text.displayNameOf,
	fieldNamer,
	fileFieldName,
	nameFromOperationId,
	nameOperations,
	parameterReference,
	resourceName,
	resourceValue,
};
