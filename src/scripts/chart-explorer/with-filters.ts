/**
 * Filters for every <chart-explorer> on the page, as ../chart-explorer.ts describes them (rules: ./filters.ts; the
 * controls: ./filter-controls.ts). A chart with filter controls imports this in its script, after the element (the
 * timeline's full chart); charts without controls (the compact timeline in articles, the Baltic map) do not, and carry
 * none of this code. Hides what the filters leave out, counts what remains in [data-filter-count] and says it in the
 * live region, closes details the filters hide, and keeps one Tab stop among what is shown.
 */
import '../chart-explorer';
import type { ChartExplorer } from '../chart-explorer';
import { hideFilteredOut, readControls, resetControls } from './filter-controls';
import { countMessage } from './filters';

/** Applies the controls' choices to one chart; with `announce`, the live region says how many are shown. */
export function applyFilters(host: ChartExplorer, announce: boolean): [number, number] {
  const scope = host.scope();
  hideFilteredOut(new Set<Element>([scope, host]), readControls(scope));
  const ids = new Set<string>();
  const shownIds = new Set<string>();
  for (const mark of host.marks()) {
    const id = mark.getAttribute('data-mark-id') ?? '';
    ids.add(id);
    if (!mark.closest('[data-filtered-out]')) shownIds.add(id);
  }
  if (host.selectedId !== null && !shownIds.has(host.selectedId)) host.close(false);
  host.syncTabStops();
  const message = countMessage(shownIds.size, ids.size, host.getAttribute('data-noun') ?? 'item', host.getAttribute('data-noun-plural') ?? undefined);
  for (const el of scope.querySelectorAll('[data-filter-count]')) el.textContent = message;
  if (announce) host.announce(message);
  return [shownIds.size, ids.size];
}

for (const host of document.querySelectorAll<ChartExplorer>('chart-explorer')) {
  const scope = host.scope();
  scope.addEventListener('click', (event) => {
    if (!(event.target instanceof Element)) return;
    if (event.target.closest('[data-filter-reset]')) {
      event.preventDefault();
      resetControls(scope);
      applyFilters(host, true);
      return;
    }
    const pressable = event.target.closest<HTMLElement>('[data-filter][aria-pressed]');
    if (pressable && !(pressable instanceof HTMLInputElement)) {
      pressable.setAttribute('aria-pressed', String(pressable.getAttribute('aria-pressed') !== 'true'));
      applyFilters(host, true);
    }
  });
  scope.addEventListener('change', (event) => {
    if (event.target instanceof Element && event.target.closest('[data-filter]')) applyFilters(host, true);
  });
  applyFilters(host, false);
}
