/**
 * The map's on-screen sizes, in one place: the layout places labels and markers at these sizes and the renderer draws
 * them at the same sizes (as SVG attributes: font-size on each label, r on each marker), so baltic-map.css never
 * repeats a px value. The overlays have no viewBox, so these sizes stay fixed while the map scales.
 */
import type { LabelKind } from './types';

export type LabelSetName = 'compact' | 'roomy';

/** On-screen map widths (CSS px) the two label sets are laid out for: a 320px phone and a roomy column. */
export const LABEL_SET_WIDTHS: Record<LabelSetName, number> = { compact: 288, roomy: 500 };

/** Damage-site marker radius (CSS px) per label set. */
export const MARKER_PX: Record<LabelSetName, number> = { compact: 4.5, roomy: 5.5 };

/** The invisible disc around each marker that takes clicks: 24 px across at least (WCAG 2.5.8). */
export const MARKER_HIT_PX = 12;

/** Space between lines that share landing points, on screen (CSS px) at the compact size. */
export const PARALLEL_PX = 3.2;

/** Thinning of the coastlines: points closer than this on screen (CSS px at the compact size) are dropped. */
export const COAST_TOLERANCE_PX = 2;

/** Type sizes in CSS px per label set and kind of label. */
export const LABEL_FONT_PX: Record<LabelSetName, Record<LabelKind, number>> = {
  compact: { country: 10, sea: 10.5, city: 10.5, number: 12, callout: 11, track: 10.5 },
  roomy: { country: 11, sea: 11.5, city: 11.5, number: 12.5, callout: 12, track: 11.5 },
};
