/**
 * <Figure> and the lead image (LeadImage) rendered with Astro's container API: one image pipeline (astro:assets), with
 * resized copies (srcset, sizes), width and height set, lazy in the text and eager with high priority as the lead
 * visual, alt text or an empty alt for a decorative image, caption and credit under it.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Figure from '../../src/components/mdx/Figure.astro';
import LeadImage from '../../src/components/article/LeadImage.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const img = (html: string) => html.match(/<img [^>]*>/)?.[0] ?? '';
const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
const credit = 'Map: Grey Zone, from Natural Earth (public domain)';

describe('<Figure>', () => {
  it('an image in the text: resized copies for the column, width and height, lazy, alt, caption and credit', async () => {
    const html = await container.renderToString(Figure, {
      props: { src: 'baltic-sea-locator.png', alt: 'Map of the Baltic Sea', caption: 'Where it happened.', credit },
    });
    const tag = img(html);
    expect(attr(tag, 'alt')).toBe('Map of the Baltic Sea');
    expect(attr(tag, 'width')).toBe('640');
    expect(attr(tag, 'height')).toBe('550');
    expect(attr(tag, 'loading')).toBe('lazy');
    expect(attr(tag, 'fetchpriority')).toBeUndefined();
    expect(attr(tag, 'sizes')).toBe('(min-width: 672px) 640px, calc(100vw - 2rem)');
    expect((attr(tag, 'srcset') ?? '').split(', ').map((c) => c.split(' ')[1])).toEqual(['360w', '480w', '640w', '828w', '1080w', '1280w']);
    expect(html).toMatch(/<figcaption[^>]*><span class="figure-caption"[^>]*>Where it happened\. <\/span><span class="figure-credit"[^>]*>Map: Grey Zone, from Natural Earth \(public domain\)<\/span><\/figcaption>/);
  });

  it('a decorative image: an empty alt, still credited', async () => {
    const html = await container.renderToString(Figure, { props: { src: 'baltic-sea-locator.png', decorative: true, credit } });
    // An empty alt: Astro writes it as a bare `alt`, which HTML reads as alt="".
    expect(img(html)).toMatch(/\salt(=""|[\s>])/);
    expect(attr(img(html), 'alt') ?? '').toBe('');
    expect(html).toContain('class="figure-credit"');
  });

  it('refuses an image with neither alt nor decorative', async () => {
    await expect(container.renderToString(Figure, { props: { src: 'baltic-sea-locator.png', alt: ' ', credit } })).rejects.toThrow(/needs alt text/);
  });
});

describe('LeadImage (a lead visual image)', () => {
  it('is the same figure, in the text column as in the text, loaded first with high priority', async () => {
    const html = await container.renderToString(LeadImage, {
      props: { image: 'baltic-sea-locator.png', alt: 'Map of the Baltic Sea', caption: 'Where it happened.', credit },
    });
    const tag = img(html);
    expect(html).toMatch(/<figure class="figure"/);
    expect(attr(tag, 'loading')).toBe('eager');
    expect(attr(tag, 'fetchpriority')).toBe('high');
    expect(attr(tag, 'width')).toBe('640');
    expect(attr(tag, 'sizes')).toBe('(min-width: 672px) 640px, calc(100vw - 2rem)');
  });

  it('takes the wide column when the editor asks for it (wide: true)', async () => {
    const html = await container.renderToString(LeadImage, {
      props: { image: 'baltic-sea-locator.png', alt: 'Map of the Baltic Sea', credit, wide: true },
    });
    const tag = img(html);
    expect(html).toMatch(/<figure class="figure wide"/);
    expect(attr(tag, 'width')).toBe('1088');
    expect(attr(tag, 'sizes')).toBe('(min-width: 1120px) 1088px, calc(100vw - 2rem)');
  });
});
