/**
 * Turns an image's name in content/images/ into the image Astro's pipeline (astro:assets) resizes: every file there
 * is known to Vite through one glob, imported only when a page uses it. `@content-images` is an alias (astro.config.mjs)
 * for the content folder's images, so a fixture site (GREYZONE_CONTENT_DIR) has its own.
 * Names are checked before this runs (src/lib/content-images.ts); an unknown one here is a bug, not an editor's mistake.
 */
import type { ImageMetadata } from 'astro';

const modules = import.meta.glob<{ default: ImageMetadata }>('@content-images/**/*.{png,jpg,jpeg,webp,avif,PNG,JPG,JPEG,WEBP,AVIF}');

/** The image named `name` (its path inside content/images/). */
export async function loadContentImage(name: string): Promise<ImageMetadata> {
  const key = Object.keys(modules).find((k) => k.endsWith(`/images/${name}`));
  if (!key) throw new Error(`no image "${name}" in content/images/ (known: ${Object.keys(modules).join(', ') || 'none'})`);
  return (await modules[key]!()).default;
}
