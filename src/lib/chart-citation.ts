/**
 * How to cite a chart, and how to embed it: plain strings built at build time, shown on the page (readable without
 * JavaScript) and copied by the share block's buttons.
 */
import { formatPartialDate } from './dates';
import { SITE_NAME } from './site';

/** The newest dated source behind a chart, as "4 December 2025" or "December 2025": the chart's "data to" date. */
export function dataToDate(sources: readonly { date?: string | null }[]): string | undefined {
  const dates = sources.map((s) => s.date).filter((d): d is string => !!d).sort();
  const latest = dates[dates.length - 1];
  return latest ? formatPartialDate(latest, latest.length === 10 ? 'day' : latest.length === 7 ? 'month' : 'year') : undefined;
}

/** "Grey Zone, “Title” (chart), data to December 2025. https://…/charts/id/" */
export function chartCitation(title: string, url: string, dataTo: string | undefined): string {
  return `${SITE_NAME}, “${title}” (chart)${dataTo ? `, data to ${dataTo}` : ''}. ${url}`;
}

/**
 * The HTML a host page pastes: the iframe, and the site's small script (public/embed/resize.js) that sets the iframe's
 * height from the messages the embed page sends (`{ type: "grey-zone:embed-height", height }`), taking only messages
 * from this site. A script file rather than inline code keeps the snippet short on every page that offers it.
 */
export function embedCode(embedUrl: string, title: string): string {
  return [
    `<iframe src="${embedUrl}" title="${title.replace(/"/g, '&quot;')} (Grey Zone chart)" width="100%" height="600" style="border:0;width:100%" loading="lazy" data-grey-zone-embed></iframe>`,
    `<script src="${embedUrl.replace(/[^/]+\/$/, 'resize.js')}" async></script>`,
  ].join('\n');
}
