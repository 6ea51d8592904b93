/**
 * Images for articles live in one place: content/images/ (beside the rest of the content). An image is named by its
 * path inside that folder, e.g. `baltic-sea-locator.png`, in `<Figure src="…">` and in a lead visual's `image:`;
 * a Markdown image writes the path from the article, `../images/baltic-sea-locator.png`.
 * This module checks those names against the files (for the MDX checker, the schemas and `npm run check:content`);
 * src/lib/content-image-modules.ts turns a name into the image Astro's pipeline (astro:assets) resizes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from './content-paths';
import { didYouMean } from './editor-errors/suggest';
import type { Said } from './editor-errors/messages';

/** The kinds of file the image pipeline takes. */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'avif'] as const;
const imageFile = new RegExp(`\\.(${IMAGE_EXTENSIONS.join('|')})$`, 'i');

/** The folder, as an absolute path (content/images/, or the fixture content's). */
export const imagesDir = (): string => contentDir('images');

/** Every image in content/images/, as names relative to it with forward slashes (`maps/baltic.png`). */
export function imageNames(): string[] {
  const dir = imagesDir();
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => imageFile.test(f))
    .sort();
}

/**
 * What is wrong with an image name written in `<Figure src="…">` or a lead visual's `image:`, or undefined when it names
 * a file in content/images/.
 */
export function imageNameProblem(name: string, field: 'src' | 'image' = 'src'): Said | undefined {
  const where = field === 'src' ? '<Figure src="…">' : 'the lead visual\'s image:';
  const write = (n: string) => (field === 'src' ? `src="${n}"` : `image: ${n}`);
  if (/^[a-z]+:|^\/\//i.test(name)) {
    return {
      message: `the image "${name}" is on another site`,
      fix: 'the site makes no requests to other sites: save the file in content/images/ (if its licence allows) and write its name there',
    };
  }
  if (name.startsWith('/') || name.startsWith('.') || name.includes('\\')) {
    const base = name.split(/[\\/]/).pop() ?? name;
    return {
      message: `${where} takes the file's name in content/images/, not a path: "${name}"`,
      fix: `put the file in content/images/ and write ${write(base)}`,
    };
  }
  if (!imageFile.test(name)) {
    return {
      message: `the image "${name}" is not a PNG, JPEG, WebP or AVIF file`,
      fix: `save it as one of ${IMAGE_EXTENSIONS.map((e) => `.${e}`).join(', ')} in content/images/`,
    };
  }
  const names = imageNames();
  if (!names.includes(name)) {
    const hint = didYouMean(name, names);
    return {
      message: `the image file "${name}" does not exist (looked for ${path.relative(process.cwd(), path.join(imagesDir(), name)) || name})${hint}`,
      fix: `${hint ? 'if not, ' : ''}put the file in content/images/, or fix the name${names.length ? ` (the images there: ${names.slice(0, 8).join(', ')}${names.length > 8 ? ', …' : ''})` : ''}`,
    };
  }
  return undefined;
}

/** Whether an absolute file path lies inside content/images/. */
export const isInImagesDir = (file: string): boolean => {
  const rel = path.relative(imagesDir(), file);
  return !!rel && !rel.startsWith('..') && !path.isAbsolute(rel);
};
