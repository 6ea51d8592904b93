/**
 * SVG path data for each category's shape, centred on (0, 0). `size` is about half the mark's width.
 * Pure strings, so the same shapes serve the chart, the list icons and the filter labels.
 */
import type { ShapeKey } from './categories';

const f = (n: number) => Number(n.toFixed(2));

export function shapePath(shape: ShapeKey, size = 6): string {
  const s = size;
  switch (shape) {
    case 'circle':
      return `M${f(-s)},0A${f(s)},${f(s)} 0 1,0 ${f(s)},0A${f(s)},${f(s)} 0 1,0 ${f(-s)},0Z`;
    case 'triangle': {
      const h = s * 1.1;
      return `M0,${f(-h)}L${f(h * 1.05)},${f(h * 0.8)}H${f(-h * 1.05)}Z`;
    }
    case 'diamond': {
      const h = s * 1.2;
      return `M0,${f(-h)}L${f(h)},0L0,${f(h)}L${f(-h)},0Z`;
    }
    case 'bars': {
      // Three rising columns, like a small bar chart: figures and assessments.
      const w = s * 0.52;
      const g = s * 0.22;
      const base = s;
      const x0 = -(w * 1.5 + g);
      const cols = [0.9, 1.4, 2].map((h, i) => {
        const x = x0 + i * (w + g);
        const top = base - h * s;
        return `M${f(x)},${f(base)}V${f(top)}H${f(x + w)}V${f(base)}Z`;
      });
      return cols.join('');
    }
  }
}
