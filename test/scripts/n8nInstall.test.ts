/**
 * Which n8n releases `npm run n8n:install` and the e2e suite try (scripts/n8n-install.js), from the
 * registry's list of versions: `latest` takes a 3.x release like a 2.x one once there is one, and
 * until then skips 3.x with a notice.
 */
import { selectReleases } from '../../scripts/n8n-install';

const TODAY = ['1.123.4', '2.8.4', '2.41.1', '2.41.3', '2.42.0-exp.0', '3.0.0-rc.1'];

describe('n8n release selection', () => {
	it('latest without a stable 3.x: the 2.x releases, newest first, and one notice for 3.x', () => {
		expect(selectReleases('latest', TODAY)).toEqual({
			groups: [{ major: 2, versions: ['2.41.3', '2.41.1', '2.8.4'] }],
			notices: ['3.x (no stable release in the registry yet)'],
		});
	});

	it('latest once 3.x is out: 3.x first, 2.x behind it for a 3.x that does not install', () => {
		expect(selectReleases('latest', [...TODAY, '3.0.0', '3.1.2', '3.1.10'])).toEqual({
			groups: [
				{ major: 3, versions: ['3.1.10', '3.1.2', '3.0.0'] },
				{ major: 2, versions: ['2.41.3', '2.41.1', '2.8.4'] },
			],
			notices: [],
		});
	});

	it('a major or an exact version', () => {
		expect(selectReleases('2.x', TODAY).groups).toEqual([
			{ major: 2, versions: ['2.41.3', '2.41.1', '2.8.4'] },
		]);
		expect(selectReleases('2.8.4', [])).toEqual({
			groups: [{ major: 2, versions: ['2.8.4'] }],
			notices: [],
		});
		expect(() => selectReleases('3.x', TODAY)).toThrow('no stable n8n 3.x release in the registry');
		expect(() => selectReleases('next', TODAY)).toThrow(
			'use latest, a major (2, 3.x) or an exact version',
		);
	});
});
