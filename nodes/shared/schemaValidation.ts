/**
 * A small JSON-schema subset validator for request bodies entered as JSON: the generator trims each
 * body schema of the spec to these keywords, so a mistake is named (field path and what is wrong)
 * before anything is sent.
 */
export interface JsonSchema {
	type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
	nullable?: boolean;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	enum?: unknown[];
	/** `oneOf`/`anyOf` of the spec: valid if any alternative is. */
	anyOf?: JsonSchema[];
	minimum?: number;
	maximum?: number;
	minLength?: number;
	maxLength?: number;
	minItems?: number;
	maxItems?: number;
}

function typeOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
	return typeof value;
}

function show(value: unknown): string {
	const text = JSON.stringify(value);
	return text === undefined ? String(value) : text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Problems of `value` against `schema`, each as "path: what is wrong" (at most `max`). */
export function validateJson(
	schema: JsonSchema,
	value: unknown,
	path = 'body',
	max = 10,
): string[] {
	const problems: string[] = [];
	check(schema, value, path, problems, max);
	return problems.slice(0, max);
}

function check(
	schema: JsonSchema,
	value: unknown,
	path: string,
	problems: string[],
	max: number,
): void {
	if (problems.length >= max) return;
	if (value === null && schema.nullable) return;
	if (schema.anyOf?.length) {
		const results = schema.anyOf.map((alternative) => validateJson(alternative, value, path, max));
		if (results.some((r) => r.length === 0)) {
			const rest: JsonSchema = { ...schema, anyOf: undefined };
			if (Object.values(rest).some((v) => v !== undefined)) check(rest, value, path, problems, max);
			return;
		}
		// The alternative that got furthest explains best what is missing.
		problems.push(...results.sort((a, b) => a.length - b.length)[0]);
		return;
	}
	const actual = typeOf(value);
	if (schema.type) {
		const matches = schema.type === actual || (schema.type === 'number' && actual === 'integer');
		if (!matches) {
			problems.push(
				`${path}: must be ${schema.type === 'integer' ? 'a whole number' : schema.type === 'array' || schema.type === 'object' ? `an ${schema.type}` : `a ${schema.type}`}, not ${actual === 'null' ? 'null' : `${actual} ${show(value)}`}`,
			);
			return;
		}
	}
	if (schema.enum && !schema.enum.includes(value)) {
		problems.push(
			`${path}: must be one of ${schema.enum.map((v) => show(v)).join(', ')}, not ${show(value)}`,
		);
		return;
	}
	if (typeof value === 'string') {
		if (schema.minLength !== undefined && value.length < schema.minLength)
			problems.push(`${path}: must have at least ${schema.minLength} characters`);
		if (schema.maxLength !== undefined && value.length > schema.maxLength)
			problems.push(
				`${path}: must have at most ${schema.maxLength} characters, has ${value.length}`,
			);
	}
	if (typeof value === 'number') {
		if (schema.minimum !== undefined && value < schema.minimum)
			problems.push(`${path}: must be at least ${schema.minimum}, not ${value}`);
		if (schema.maximum !== undefined && value > schema.maximum)
			problems.push(`${path}: must be at most ${schema.maximum}, not ${value}`);
	}
	if (Array.isArray(value)) {
		if (schema.minItems !== undefined && value.length < schema.minItems)
			problems.push(`${path}: must have at least ${schema.minItems} entries`);
		if (schema.maxItems !== undefined && value.length > schema.maxItems)
			problems.push(`${path}: must have at most ${schema.maxItems} entries, has ${value.length}`);
		if (schema.items)
			value.forEach((entry, index) =>
				check(schema.items as JsonSchema, entry, `${path}[${index}]`, problems, max),
			);
	}
	if (actual === 'object') {
		const record = value as Record<string, unknown>;
		for (const key of schema.required ?? []) {
			if (record[key] === undefined) problems.push(`${path}.${key}: is required`);
		}
		for (const [key, propertySchema] of Object.entries(schema.properties ?? {})) {
			if (record[key] !== undefined)
				check(propertySchema, record[key], `${path}.${key}`, problems, max);
		}
	}
}
