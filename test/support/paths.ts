/** Where the test runner puts the built sites. */
import fs from 'node:fs';
import path from 'node:path';

/** The site built at the domain root. */
export const distRoot = path.resolve(process.env.GREYZONE_TEST_DIST ?? 'dist');
/** The same site built under a sub-path. */
export const distSubpath = path.resolve('dist-subpath');
/** The sub-path used for that build. */
export const subpathBase = '/grey-zone/';

/** The chart pages of the built site, as site paths ("charts/<id>/"). */
export function builtChartPages(dist = distRoot): string[] {
  const dir = path.join(dist, 'charts');
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'index.html')))
    .map((d) => `charts/${d.name}/`);
}

/** The lead article's site path ("articles/<slug>/"), read from the home page's first article link. */
export function builtLeadArticle(dist = distRoot): string {
  const home = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  return /<main[\s\S]*?href="\/(articles\/[^"/]+\/)"/.exec(home)?.[1] ?? 'no lead article found';
}
