/**
 * The timeline's own enhancements on top of <chart-explorer> (which does keyboard, details, filters, announcements),
 * on every page that shows the timeline: a pointer click on a mark in the chart opens that event in the list (the
 * list is the accessible form), unfolding its month in the compact form. The rest is loaded only where it is used:
 * - ./details-on-demand.ts (TimelineCompact.astro): a compact chart (articles) fetches an event's details from the
 *   chart's own page the first time it is opened, and "Show all events" unfolds every month;
 * - ./url-state.ts and the filters (TimelineControls.astro): the full chart; its own page and embed keep the view in
 *   the address.
 * Framework-free; nothing here moves what the reader already sees on load.
 */
import type { ChartExplorer } from '../../scripts/chart-explorer';

for (const explorer of document.querySelectorAll<ChartExplorer>('chart-explorer.tl-explorer')) {
  explorer.addEventListener('click', (event) => {
    const id = event.target instanceof Element ? event.target.closest('.tl-mark[data-linked]')?.getAttribute('data-linked') : null;
    const row = id ? [...explorer.querySelectorAll('.tl-row')].find((r) => r.getAttribute('data-mark-id') === id) : undefined;
    if (!id || !row) return;
    const fold = row.closest('details');
    if (fold) fold.open = true;
    if (row.classList.contains('is-selected')) explorer.close(false);
    else explorer.open(id);
  });
}
