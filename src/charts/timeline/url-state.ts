/**
 * The timeline's view in the address, where the chart keeps it (its own page and its embed: data-tl-url):
 * ?org=<row>&event=<id> follow the view, so a shared link opens the same view; opening a link with them restores it;
 * back and forward step through views. Loaded by TimelineControls.astro (the full chart's scripts), after the
 * filters it drives.
 */
// The element must be defined (its open() and close()) before this runs, wherever the script lands in the page.
import '../../scripts/chart-explorer';
import type { ChartExplorer } from '../../scripts/chart-explorer';

const rowFor = (explorer: Element, id: string) => [...explorer.querySelectorAll('.tl-row')].find((r) => r.getAttribute('data-mark-id') === id);
const selectedId = (explorer: Element) => explorer.querySelector('.tl-row.is-selected')?.getAttribute('data-mark-id') ?? null;

function keepViewInUrl(explorer: ChartExplorer): void {
  const figure = explorer.closest<HTMLElement>('[data-chart]') ?? explorer;
  const select = figure.querySelector<HTMLSelectElement>('select[data-filter="org"]');
  let applying = false;
  /** One history entry per reader action: the filter change and the closing it causes are one step. */
  let pending = false;
  const push = () => {
    if (applying || pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      const params = new URLSearchParams(location.search);
      const set = (key: string, value: string | null | undefined) => (value ? params.set(key, value) : params.delete(key));
      set('org', select?.value);
      set('event', selectedId(explorer));
      const query = params.toString();
      const next = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
      if (next !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, '', next);
    }, 0);
  };
  const apply = () => {
    const params = new URLSearchParams(location.search);
    const org = params.get('org') ?? '';
    const event = params.get('event');
    applying = true;
    if (select) {
      const value = [...select.options].some((o) => o.value === org) ? org : '';
      if (select.value !== value) {
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }
    if (event && rowFor(explorer, event)) explorer.open(event);
    else if (selectedId(explorer)) explorer.close(false);
    applying = false;
  };

  select?.addEventListener('change', push);
  explorer.addEventListener('chart-explorer:select', push);
  addEventListener('popstate', apply);
  if (location.search) apply();
}

for (const explorer of document.querySelectorAll<ChartExplorer>('chart-explorer.tl-explorer[data-tl-url]')) keepViewInUrl(explorer);
