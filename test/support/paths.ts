/** Where the test runner puts the built sites. */
import path from 'node:path';

/** The site built at the domain root. */
export const distRoot = path.resolve(process.env.GREYZONE_TEST_DIST ?? 'dist');
/** The same site built under a sub-path. */
export const distSubpath = path.resolve('dist-subpath');
/** The sub-path used for that build. */
export const subpathBase = '/grey-zone/';
