/**
 * Where editors' content lives. Everything under content/ is read from here, so a test can point
 * the whole site at a fixture folder with GREYZONE_CONTENT_DIR (used by the bad-input build tests).
 */
import path from 'node:path';

export const contentRoot = path.resolve(process.env.GREYZONE_CONTENT_DIR ?? 'content');

export const contentDir = (...parts: string[]): string => path.join(contentRoot, ...parts);
