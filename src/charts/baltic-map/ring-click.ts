/**
 * Baltic map: clicking a damage-site ring on the map selects its incident in the list beside it (the list, driven by
 * <chart-explorer>, is the keyboard and screen-reader route; this is a pointer shortcut). Where rings overlap or a
 * ring is shared by several incidents, each click selects the next of them in date order.
 */
import type { ChartExplorer } from '../../scripts/chart-explorer';

/** Incident ids of every ring under the pointer, in the list's (date) order. */
function incidentsAt(root: HTMLElement, x: number, y: number): string[] {
  const ids = new Set<string>();
  for (const el of document.elementsFromPoint(x, y)) {
    const site = el.closest('.bm-site');
    if (!site || !root.contains(site)) continue;
    for (const id of (site.getAttribute('data-linked') ?? '').split(/\s+/)) if (id) ids.add(id);
  }
  const order = (id: string) => Number(root.querySelector(`[data-mark-id="${CSS.escape(id)}"]`)?.getAttribute('data-order') ?? 0);
  return [...ids].sort((a, b) => order(a) - order(b));
}

function enhance(root: HTMLElement): void {
  const explorer = root.querySelector<ChartExplorer & HTMLElement>('chart-explorer');
  if (!explorer || typeof explorer.open !== 'function') return;
  for (const svg of root.querySelectorAll<SVGSVGElement>('.bm-svg')) {
    svg.addEventListener('click', (event) => {
      if (!(event.target instanceof Element) || !event.target.closest('.bm-site')) return;
      const ids = incidentsAt(root, event.clientX, event.clientY);
      if (ids.length === 0) return;
      const selected = root.querySelector('[data-mark-id].is-selected')?.getAttribute('data-mark-id') ?? null;
      const at = selected === null ? -1 : ids.indexOf(selected);
      explorer.open(ids[(at + 1) % ids.length]!);
    });
  }
}

function start(): void {
  customElements.whenDefined('chart-explorer').then(() => {
    for (const root of document.querySelectorAll<HTMLElement>('[data-baltic-map]')) enhance(root);
  });
}

if (typeof document !== 'undefined') start();
