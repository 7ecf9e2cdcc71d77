/**
 * What a node run has already read from RingCentral (the server URL, the user's own extension, a time zone, a
 * call-handling version...), so that the items of one run share one read. Keyed by the run's context object;
 * a failed read is forgotten, so the next item reads again.
 */
const runs = new WeakMap<object, Map<string, Promise<unknown>>>();

export async function oncePerRun<T>(ctx: object, key: string, read: () => Promise<T>): Promise<T> {
	let cache = runs.get(ctx);
	if (!cache) runs.set(ctx, (cache = new Map()));
	let value = cache.get(key) as Promise<T> | undefined;
	if (!value) {
		value = read();
		cache.set(key, value);
		value.catch(() => cache?.delete(key));
	}
	return await value;
}
