/**
 * A resource-locator parameter value as the editor stores it: the mode the user picked (`list`, `id`,
 * `url`, `extensionNumber`, `webPin`, ...) and what they entered or picked.
 */
export function rl(mode: string, value: string) {
	return { __rl: true, mode, value };
}
