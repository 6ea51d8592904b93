/**
 * The Baltic map's own enhancement on top of <chart-explorer> (which does keyboard, details, linked highlighting and
 * announcements; the list is the keyboard and screen-reader route): a pointer click on a damage site on the map
 * selects its incident in the list; where sites overlap or one site is shared by several incidents, each click
 * selects the next of them in date order. Page-specific extras are their own scripts, shipped only where used:
 * ./fetch-details.ts (articles) and ./url-state.ts (the chart page).
 */
import type { ChartExplorer } from '../../scripts/chart-explorer';

customElements.whenDefined('chart-explorer').then(() => {
  for (const explorer of document.querySelectorAll<ChartExplorer>('.bm chart-explorer')) {
    explorer.addEventListener('click', (event) => {
      if (!(event.target instanceof Element) || !event.target.closest('.bm-site')) return;
      // Every incident of every site under the pointer, in the list's (date) order.
      const ids = new Set<string>();
      for (const el of document.elementsFromPoint(event.clientX, event.clientY)) {
        const site = el.closest('.bm-site');
        if (site && explorer.contains(site)) for (const id of site.getAttribute('data-linked')!.split(' ')) ids.add(id);
      }
      const marks = [...explorer.querySelectorAll('[data-mark-id]')].map((m) => m.getAttribute('data-mark-id')!).filter((id) => ids.has(id));
      const selected = explorer.querySelector('.is-selected[data-mark-id]')?.getAttribute('data-mark-id') ?? '';
      if (marks.length) explorer.open(marks[(marks.indexOf(selected) + 1) % marks.length]!);
    });
  }
});
