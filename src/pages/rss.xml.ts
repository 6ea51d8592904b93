/**
 * /rss.xml: every published article, newest first, with its summary, standfirst, dates ("Facts checked to …",
 * "Updated …") and corrections.
 * An article's item changes (and the feed's lastBuildDate moves) when it is updated or corrected.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articlesNewestFirst } from '../lib/content';
import { lastModified } from '../lib/article-modified';
import { formatDate } from '../lib/dates';
import { routes } from '../lib/routes';
import { SITE_DESCRIPTION, SITE_NAME, absoluteUrl } from '../lib/site';
import { fillFigureRefs } from '../lib/figures';
import { formatChecked } from '../lib/facts-checked';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeHtml = escapeXml;

export const GET: APIRoute = async ({ site }) => {
  const articles = await articlesNewestFirst();
  const newest = articles.reduce((t, a) => Math.max(t, lastModified(a.data).getTime()), 0);
  return rss({
    title: `${SITE_NAME}: articles`,
    description: SITE_DESCRIPTION,
    site: absoluteUrl('/', site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: [
      '<language>en-gb</language>',
      newest ? `<lastBuildDate>${new Date(newest).toUTCString()}</lastBuildDate>` : '',
      `<atom:link href="${absoluteUrl('/rss.xml', site)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: articles.map((a) => {
      const { data } = a;
      const modified = lastModified(data);
      const corrections = data.corrections
        .map((c) => `<li>${formatDate(c.date)}: ${escapeHtml(fillFigureRefs(c.text, `content/articles/${a.id}.mdx (corrections)`))}</li>`)
        .join('');
      return {
        title: data.title,
        link: absoluteUrl(routes.article(a.id), site),
        description: data.summary,
        pubDate: data.published,
        categories: data.tags,
        content: [
          `<p>${escapeHtml(data.dek)}</p>`,
          data.facts_checked ? `<p>Facts checked to ${formatChecked(data.facts_checked)}.</p>` : '',
          modified.getTime() > data.published.getTime() ? `<p>Updated ${formatDate(modified)}.</p>` : '',
          corrections ? `<p>Corrections:</p><ul>${corrections}</ul>` : '',
        ].join(''),
        customData: `<dc:creator>${escapeXml(data.authors.join(', '))}</dc:creator><atom:updated>${modified.toISOString()}</atom:updated>`,
      };
    }),
  });
};
