/**
 * Baltic map: clicking a damage-site ring on the map selects its incident in the list beside it (the list, driven by
 * <chart-explorer>, is the keyboard and screen-reader route; this is a pointer shortcut). A ring shared by several
 * incidents selects the next one on each click.
 */
import type { ChartExplorer } from './chart-explorer';

function enhance(root: HTMLElement): void {
  const explorer = root.querySelector<ChartExplorer & HTMLElement>('chart-explorer');
  const svg = root.querySelector<SVGSVGElement>('.bm-svg');
  if (!explorer || !svg || typeof explorer.open !== 'function') return;
  svg.addEventListener('click', (event) => {
    const site = event.target instanceof Element ? event.target.closest('.bm-site') : null;
    if (!site) return;
    const ids = (site.getAttribute('data-linked') ?? '').split(/\s+/).filter(Boolean);
    if (ids.length === 0) return;
    const selected = root.querySelector('[data-mark-id].is-selected')?.getAttribute('data-mark-id') ?? null;
    const at = selected === null ? -1 : ids.indexOf(selected);
    const next = ids[(at + 1) % ids.length]!;
    explorer.open(next);
  });
}

function start(): void {
  customElements.whenDefined('chart-explorer').then(() => {
    for (const root of document.querySelectorAll<HTMLElement>('[data-baltic-map]')) enhance(root);
  });
}

if (typeof document !== 'undefined') start();
