/**
 * The map's on-screen sizes, in one place: the layout places labels and markers at these sizes and the renderer draws
 * them at the same sizes (as SVG attributes: font-size on each label, r on each marker), so baltic-map.css repeats
 * only the label sets' widths (its container queries). The overlays have no viewBox, so these sizes do not follow the
 * map as it scales.
 *
 * Type follows the reader's text size (WCAG 1.4.4): sizes and widths are written in CSS px at the browser's default
 * text size (REM_PX per rem), labels are drawn in rem, and CSS picks the label set by the map's width in rem. With
 * the text at 200% a map of the same width is half as many rem, so it shows the set laid out for half the width,
 * with its type twice as large. Markers keep their px size (smaller than the layout allowed for at larger text).
 */
import type { LabelKind } from './types';

export type LabelSetName = 'small' | 'compact' | 'roomy';

/** CSS px per rem at the browser's default text size: the sizes below are written at it. */
export const REM_PX = 16;


/**
 * On-screen map widths the label sets are laid out for, in CSS px at the default text size (divide by REM_PX for the
 * rem): a 320px phone, a roomy column, and small, for a phone with the text at 200% (or a short window): the compact
 * set's type on half its width.
 */
export const LABEL_SET_WIDTHS: Record<LabelSetName, number> = { small: 144, compact: 288, roomy: 500 };

/**
 * The map width in rem from which baltic-map.css shows each set (the smallest set that starts at or below the map's
 * width). Compact is kept down to 15rem, a little under its layout width, where its names still read (a 375×667 phone
 * at the default text size, whose map is 244px wide); below that, and so on every phone with the text at 200%, small.
 */
export const SHOWN_FROM_REM: Record<LabelSetName, number> = { small: 0, compact: 15, roomy: LABEL_SET_WIDTHS.roomy / REM_PX };

/** Damage-site marker radius (CSS px) per label set. */
export const MARKER_PX: Record<LabelSetName, number> = { small: 4.5, compact: 4.5, roomy: 5.5 };

/** The invisible disc around each marker that takes clicks: 24 px across at least (WCAG 2.5.8). */
export const MARKER_HIT_PX = 12;

/** Space between lines that share landing points, on screen (CSS px) at the compact size. */
export const PARALLEL_PX = 3.2;

/** Thinning of the coastlines: points closer than this on screen (CSS px at the compact size) are dropped. */
export const COAST_TOLERANCE_PX = 2;

/** Type sizes in CSS px at the default text size (drawn in rem), per label set and kind of label. */
export const LABEL_FONT_PX: Record<LabelSetName, Record<LabelKind, number>> = {
  small: { country: 10, sea: 10.5, city: 10.5, number: 12, callout: 11, track: 10.5 },
  compact: { country: 10, sea: 10.5, city: 10.5, number: 12, callout: 11, track: 10.5 },
  roomy: { country: 11, sea: 11.5, city: 11.5, number: 12.5, callout: 12, track: 11.5 },
};

/** Letter-spacing of the country names (spaced capitals), in em: written on each label and used to measure it. */
export const COUNTRY_TRACKING_EM = 0.06;
