/**
 * The tooling (generator, emulator, n8n installer and instance tooling, reports) lives in scripts/ and
 * stands on its own: tests import from scripts/, never the reverse.
 */
import { relativeImportsUnder, sourceFilesUnder, specifiersIn } from '../support/imports';

describe('scripts/ does not load anything from test/', () => {
	it('finds the modules a source file loads, in every form the repository uses', () => {
		const source = [
			"const { a } = require('../test/harness');",
			"const b = require.resolve('./lib/b');",
			"import { c } from '../../test/support/c';",
			"export { d } from './d';",
			"const e = await import('./e');",
			"import 'side-effect';",
		].join('\n');
		expect(specifiersIn(source)).toEqual([
			'../test/harness',
			'./lib/b',
			'../../test/support/c',
			'./d',
			'./e',
			'side-effect',
		]);
	});

	it('walks the whole of scripts/, the emulator included', () => {
		const files = sourceFilesUnder('scripts');
		expect(files).toEqual(
			expect.arrayContaining([
				'scripts/dev.js',
				'scripts/emulator/index.js',
				'scripts/lib/spec.js',
			]),
		);
		expect(relativeImportsUnder('scripts')).toEqual(
			expect.arrayContaining([
				{ file: 'scripts/dev.js', specifier: './emulator', target: 'scripts/emulator' },
			]),
		);
	});

	it('no file under scripts/ requires or imports a path under test/', () => {
		const intoTests = relativeImportsUnder('scripts').filter(
			({ target }) => target === 'test' || target.startsWith('test/'),
		);
		expect(intoTests).toEqual([]);
	});
});
