// Copies the SVG icons next to the compiled nodes and credentials, which reference them by relative path.
const { src, dest, task } = require('gulp');

task('build:icons', () =>
	src(['icons/*.svg', 'nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist')),
);
