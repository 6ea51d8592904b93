/**
 * Hover and focus tooltips for every <chart-explorer> on the page (./tooltip.ts). A chart whose marks carry tooltip
 * text (data-tooltip, else data-label: the Baltic map) imports this in its script, after the element; the timeline,
 * whose marks are list rows with their text on screen, does not, so its pages carry none of this code.
 */
import '../chart-explorer';
import type { ChartExplorer } from '../chart-explorer';
import { explorerTooltip } from './tooltip';

for (const host of document.querySelectorAll<ChartExplorer>('chart-explorer')) {
  host.tooltip ??= explorerTooltip(host, (target) => host.markOf(target));
}
