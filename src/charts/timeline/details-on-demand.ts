/**
 * A compact timeline (in articles: data-tl-details="<chart page URL>"; loaded by TimelineCompact.astro only there):
 * - an event's details are fetched the first time a reader opens it: its panel is taken from the chart's own page,
 *   which has every event's details, and put under its row; without the page (offline, an error) the panel links to
 *   the event on the chart page instead;
 * - "Show all events" unfolds every month (and folds them again).
 */
// The element must be defined (its open() and close()) before this runs, wherever the script lands in the page.
import '../../scripts/chart-explorer';
import type { ChartExplorer } from '../../scripts/chart-explorer';

const rowFor = (explorer: Element, id: string) =>
  [...explorer.querySelectorAll<HTMLElement>('.tl-row')].find((r) => r.getAttribute('data-mark-id') === id);
const selectedId = (explorer: Element) => explorer.querySelector('.tl-row.is-selected')?.getAttribute('data-mark-id') ?? null;

const pages = new Map<string, Promise<Document | null>>();

function fetchPage(url: string): Promise<Document | null> {
  let page = pages.get(url);
  if (!page) {
    page = fetch(url, { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((html) => new DOMParser().parseFromString(html, 'text/html'))
      .catch(() => null);
    pages.set(url, page);
  }
  return page;
}

/** Fetches the panel for one event from the chart page and puts it under its row (once). */
async function loadDetails(explorer: ChartExplorer, url: string, id: string): Promise<void> {
  const row = rowFor(explorer, id);
  const item = row?.closest('li');
  if (!row || !item || item.querySelector('[data-details-for]')) return;
  const placeholder = document.createElement('div');
  placeholder.className = 'tl-panel tl-panel--loading';
  placeholder.setAttribute('data-details-for', id);
  placeholder.setAttribute('role', 'region');
  placeholder.setAttribute('aria-busy', 'true');
  placeholder.textContent = 'Loading the details…';
  item.append(placeholder);
  row.setAttribute('aria-controls', (placeholder.id = `${row.id || id}-details`));
  const page = await fetchPage(url);
  const source = page ? [...page.querySelectorAll('[data-details-for]')].find((p) => p.getAttribute('data-details-for') === id) : undefined;
  const panel = source ? (document.importNode(source, true) as HTMLElement) : document.createElement('div');
  if (!source) {
    panel.className = 'tl-panel';
    panel.setAttribute('data-details-for', id);
    const link = document.createElement('a');
    link.href = `${url}?event=${encodeURIComponent(id)}`;
    link.textContent = 'See this event’s details on the chart’s page';
    panel.append(link);
  }
  panel.id = placeholder.id;
  panel.tabIndex = -1;
  panel.hidden = selectedId(explorer) !== id;
  placeholder.replaceWith(panel);
}

for (const explorer of document.querySelectorAll<ChartExplorer>('chart-explorer.tl-explorer[data-tl-details]')) {
  const url = explorer.getAttribute('data-tl-details')!;
  for (const row of explorer.querySelectorAll('.tl-row')) row.setAttribute('aria-expanded', 'false');
  explorer.addEventListener('chart-explorer:select', (event) => {
    const id = (event as CustomEvent<{ id: string | null }>).detail.id;
    if (id) void loadDetails(explorer, url, id);
  });
  const unfold = (explorer.closest('[data-chart]') ?? explorer).querySelector<HTMLButtonElement>('[data-tl-unfold]');
  const closedLabel = unfold?.textContent;
  unfold?.addEventListener('click', () => {
    const folds = [...explorer.querySelectorAll('details.tl-fold')] as HTMLDetailsElement[];
    const open = !folds.every((d) => d.open);
    for (const d of folds) d.open = open;
    unfold.textContent = open ? 'Fold the events by month' : closedLabel!;
  });
}
