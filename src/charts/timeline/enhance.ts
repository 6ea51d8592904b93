/**
 * The timeline's own enhancements on top of <chart-explorer> (which does keyboard, details, filters, announcements):
 * - a pointer click on a mark in the chart opens that event in the list (the list is the accessible form);
 * - compact charts (articles) fetch an event's details from the chart's own page the first time it is opened
 *   (data-tl-details="<chart page URL>"), and "Show all events" unfolds every month;
 * - the chart page keeps its view in the address (data-tl-url): ?org=<row>&event=<id>, so a shared link opens the
 *   same view and the back button steps back through views.
 * Framework-free; nothing here moves what the reader already sees on load.
 */
import type { ChartExplorer } from '../../scripts/chart-explorer';

const detailsCache = new Map<string, Promise<Document | null>>();

function fetchPage(url: string): Promise<Document | null> {
  let page = detailsCache.get(url);
  if (!page) {
    page = fetch(url, { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((html) => new DOMParser().parseFromString(html, 'text/html'))
      .catch(() => null);
    detailsCache.set(url, page);
  }
  return page;
}

function selectedId(explorer: Element): string | null {
  return explorer.querySelector('.tl-row.is-selected')?.getAttribute('data-mark-id') ?? null;
}

/** Fetches the panel for one event from the chart page and puts it under its row. */
async function loadDetails(explorer: ChartExplorer, url: string, id: string): Promise<void> {
  const row = [...explorer.querySelectorAll<HTMLElement>('.tl-row')].find((r) => r.getAttribute('data-mark-id') === id);
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

function enhance(explorer: ChartExplorer): void {
  const figure = explorer.closest<HTMLElement>('[data-chart]') ?? explorer;
  const detailsUrl = explorer.getAttribute('data-tl-details');
  const rowFor = (id: string) => [...explorer.querySelectorAll<HTMLElement>('.tl-row')].find((r) => r.getAttribute('data-mark-id') === id);

  // A click on a mark in the chart opens the event in the list (unfolding its month in the compact form).
  explorer.addEventListener('click', (event) => {
    const mark = event.target instanceof Element ? event.target.closest('.tl-mark[data-linked]') : null;
    if (!mark) return;
    const id = mark.getAttribute('data-linked') ?? '';
    const row = rowFor(id);
    if (!row) return;
    const fold = row.closest('details');
    if (fold) fold.open = true;
    if (selectedId(explorer) === id) explorer.close(false);
    else explorer.open(id);
  });

  if (detailsUrl !== null) {
    for (const row of explorer.querySelectorAll<HTMLElement>('.tl-row')) row.setAttribute('aria-expanded', 'false');
    explorer.addEventListener('chart-explorer:select', (event) => {
      const id = (event as CustomEvent<{ id: string | null }>).detail.id;
      if (id) void loadDetails(explorer, detailsUrl, id);
    });
    figure.querySelector('[data-tl-unfold]')?.addEventListener('click', (event) => {
      const button = event.currentTarget as HTMLButtonElement;
      const folds = [...explorer.querySelectorAll('details.tl-fold')] as HTMLDetailsElement[];
      const open = !folds.every((d) => d.open);
      for (const d of folds) d.open = open;
      button.textContent = open ? 'Fold the events by month' : button.getAttribute('data-label-closed') ?? button.textContent;
    });
    const unfold = figure.querySelector('[data-tl-unfold]');
    unfold?.setAttribute('data-label-closed', unfold.textContent ?? '');
  }

  if (explorer.hasAttribute('data-tl-url')) keepViewInUrl(explorer, figure);
}

/** ?org= and ?event= follow the view; opening a link with them restores it; back and forward step through views. */
function keepViewInUrl(explorer: ChartExplorer, figure: HTMLElement): void {
  const select = figure.querySelector<HTMLSelectElement>('select[data-filter="org"]');
  let applying = false;

  const state = () => {
    const params = new URLSearchParams(location.search);
    return { org: params.get('org') ?? '', event: params.get('event') };
  };
  /** One history entry per reader action: the filter change and the closing it causes are one step. */
  let pending = false;
  const push = () => {
    if (applying || pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      const org = select?.value ?? '';
      const event = selectedId(explorer);
      const params = new URLSearchParams(location.search);
      if (org) params.set('org', org);
      else params.delete('org');
      if (event) params.set('event', event);
      else params.delete('event');
      const query = params.toString();
      const next = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
      if (next !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, '', next);
    }, 0);
  };
  const apply = (focus: boolean) => {
    const { org, event } = state();
    applying = true;
    if (select) {
      const valid = [...select.options].some((o) => o.value === org);
      const value = valid ? org : '';
      if (select.value !== value) {
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }
    if (event && rowFor(event)) {
      explorer.open(event, { focusPanel: focus });
    } else if (selectedId(explorer)) {
      explorer.close(false);
    }
    applying = false;
  };
  const rowFor = (id: string) => [...explorer.querySelectorAll('.tl-row')].find((r) => r.getAttribute('data-mark-id') === id);

  select?.addEventListener('change', push);
  explorer.addEventListener('chart-explorer:select', push);
  addEventListener('popstate', () => apply(false));
  if (location.search) apply(false);
}

for (const explorer of document.querySelectorAll<ChartExplorer>('chart-explorer.tl-explorer')) enhance(explorer);
