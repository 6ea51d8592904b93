/**
 * The chart page keeps the open incident in the address (?incident=<id>), so a shared link opens the same view and
 * the back button steps back through what was opened.
 */
import type { ChartExplorer } from '../../scripts/chart-explorer';

customElements.whenDefined('chart-explorer').then(() => {
  const explorer = document.querySelector<ChartExplorer>('.bm chart-explorer[data-bm-url]');
  if (!explorer) return;
  let applying = false;
  const apply = () => {
    const id = new URLSearchParams(location.search).get('incident');
    applying = true;
    if (id && explorer.querySelector(`[data-mark-id="${CSS.escape(id)}"]`)) explorer.open(id);
    else explorer.close(false);
    applying = false;
  };
  explorer.addEventListener('chart-explorer:select', (event) => {
    if (applying) return;
    const id = (event as CustomEvent<{ id: string | null }>).detail.id;
    const url = new URL(location.href);
    if (id) url.searchParams.set('incident', id);
    else url.searchParams.delete('incident');
    if (url.href !== location.href) history.pushState(null, '', url);
  });
  addEventListener('popstate', apply);
  if (location.search) apply();
});
