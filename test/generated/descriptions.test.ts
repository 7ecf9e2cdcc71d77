/**
 * The editor loads every node description at start: each stays within a size budget when loaded from
 * the build with n8n-core's PackageDirectoryLoader (`npm run benchmark` reports the figures).
 */
import { PACKAGE_ROOT, loadPackage } from '../harness';

const BUDGET_BYTES = 256 * 1024;

describe('node descriptions as n8n loads them', () => {
	let pkg: Awaited<ReturnType<typeof loadPackage>>;

	beforeAll(async () => {
		pkg = await loadPackage(PACKAGE_ROOT);
	});

	it('stay within the size budget per node', () => {
		const sizes = pkg.nodeDescriptions.map((d) => ({
			node: d.displayName,
			withinBudget: JSON.stringify(d).length < BUDGET_BYTES,
		}));
		expect(sizes.filter((s) => !s.withinBudget)).toEqual([]);
		expect(sizes.length).toBeGreaterThanOrEqual(13);
	});

	it('make every action node usable as an AI tool, with light and dark icons', () => {
		for (const d of pkg.nodeDescriptions.filter((x) => !x.group.includes('trigger'))) {
			expect({ node: d.displayName, usableAsTool: d.usableAsTool }).toEqual({
				node: d.displayName,
				usableAsTool: true,
			});
			expect(typeof d.iconUrl).toBe('object');
		}
	});
});
