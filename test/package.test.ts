/**
 * Package smoke test: the built package (dist/, `npm run build` first) loads with n8n-core's
 * PackageDirectoryLoader, exactly as n8n loads an installed community package.
 */
import type { INodeTypeDescription } from 'n8n-workflow';

import { PACKAGE_ROOT, loadPackage } from './harness';
import packageJson from '../package.json';
import { packedFiles } from './support/pack';

type Loaded = Awaited<ReturnType<typeof loadPackage>>;

const n8nBlock = packageJson.n8n as { nodes: string[]; credentials: string[] };
const className = (file: string) => (file.split('/').pop() ?? '').split('.')[0];

describe('package loads in n8n', () => {
	let pkg: Loaded;

	beforeAll(async () => {
		pkg = await loadPackage(PACKAGE_ROOT);
	});

	it('has built every file listed in package.json', () => {
		for (const file of [...n8nBlock.nodes, ...n8nBlock.credentials]) {
			expect({ file, exists: pkg.fileExists(file) }).toEqual({ file, exists: true });
		}
	});

	it('loads every node listed in package.json', () => {
		const loadedClasses = Object.values(pkg.knownNodes).map((known) => known.className);
		expect(Object.keys(pkg.nodeTypes)).toHaveLength(n8nBlock.nodes.length);
		for (const file of n8nBlock.nodes) {
			expect(loadedClasses).toContain(className(file));
		}
	});

	it('loads every credential listed in package.json', () => {
		const loadedClasses = Object.values(pkg.knownCredentials).map((known) => known.className);
		expect(Object.keys(pkg.credentialTypes)).toHaveLength(n8nBlock.credentials.length);
		for (const file of n8nBlock.credentials) {
			expect(loadedClasses).toContain(className(file));
		}
	});

	it('gives every node version light and dark icons that exist in the package', () => {
		const check = (owner: string, iconUrl: INodeTypeDescription['iconUrl']) => {
			expect({ owner, themed: typeof iconUrl === 'object' }).toEqual({ owner, themed: true });
			const { light, dark } = iconUrl as { light: string; dark: string };
			expect(light).not.toBe(dark);
			for (const icon of [light, dark]) {
				expect({ owner, icon, exists: pkg.fileExists(pkg.iconFile(icon)) }).toEqual({
					owner,
					icon,
					exists: true,
				});
			}
		};
		for (const description of pkg.nodeDescriptions) check(description.name, description.iconUrl);
		for (const credential of Object.values(pkg.credentialTypes)) {
			if (credential.icon || credential.iconUrl) check(credential.name, credential.iconUrl);
		}
	});

	it('gives every credential a test request or function and every node a known credential', () => {
		const credentialNames = new Set(Object.keys(pkg.credentialTypes));
		for (const credential of Object.values(pkg.credentialTypes)) {
			expect({ credential: credential.name, test: Boolean(credential.test) }).toEqual({
				credential: credential.name,
				test: true,
			});
		}
		for (const description of pkg.nodeDescriptions) {
			for (const { name } of description.credentials ?? []) {
				expect({
					node: description.name,
					credential: name,
					known: credentialNames.has(name),
				}).toEqual({
					node: description.name,
					credential: name,
					known: true,
				});
			}
		}
	});

	it('publishes exactly dist/, package.json, README.md and LICENSE', () => {
		const files = packedFiles();
		expect(files.filter((file) => !file.startsWith('dist/'))).toEqual([
			'LICENSE',
			'README.md',
			'package.json',
		]);
		for (const file of [...n8nBlock.nodes, ...n8nBlock.credentials]) expect(files).toContain(file);
		expect(files.filter((file) => /\.(test|spec)\.|^dist\/test\//.test(file))).toEqual([]);
	});
});
