/** A response header by name, whatever its case (`name` in lower case). */
export function headerValue(headers: Record<string, unknown> | undefined, name: string): unknown {
	const key = Object.keys(headers ?? {}).find((k) => k.toLowerCase() === name);
	return key === undefined ? undefined : headers?.[key];
}
