/** How the timeline writes dates, precision and impact figures for readers. Pure functions. */
import { formatPartialDate, type Precision } from '../../lib/dates';

export { normalisePrecision, type Precision } from '../../lib/dates';

/** A date as precisely as it is known: "19 April 2025", "June 2025", "around 22 September 2025". */
export function dateText(date: string, precision: Precision): string {
  return formatPartialDate(date, precision);
}

/** A short date for the list and axis-side text: "19 Apr 2025", "Jun 2025", "c. 22 Sep 2025". */
export function shortDateText(date: string, precision: Precision): string {
  const full = formatPartialDate(date, precision === 'approx' ? 'day' : precision);
  const short = full.replace(/\b([A-Z][a-z]{2})[a-z]+\b/, '$1');
  return precision === 'approx' ? `c. ${short}` : short;
}

/** What the precision means, for the details panel and the table. */
export function precisionText(precision: Precision): string {
  switch (precision) {
    case 'day':
      return 'exact day known';
    case 'month':
      return 'month only';
    case 'approx':
      return 'approximate';
  }
}

const GBP = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** Unit of an impact value, read from its key: …_gbp_bn, …_gbp_m, …_gbp, …_pct; otherwise a plain count. */
export function unitOfKey(key: string): 'gbp_bn' | 'gbp_m' | 'gbp' | 'pct' | 'count' {
  if (/_gbp_bn(_|$)/.test(key)) return 'gbp_bn';
  if (/_gbp_m(_|$)/.test(key)) return 'gbp_m';
  if (/_gbp(_|$)/.test(key)) return 'gbp';
  if (/_pct(_|$)/.test(key)) return 'pct';
  return 'count';
}

const MINUS = '\u2212';

/** One impact value with its unit: £1.9bn, £101.6m, £600,000, −4.8%, 6,500,000 (+ " days" etc. if a unit word is given). */
export function formatImpactValue(key: string, value: unknown, unitWord?: string): string {
  if (typeof value === 'string') {
    return /^\d{4}-\d{2}(-\d{2})?$/.test(value) ? formatPartialDate(value, value.length === 10 ? 'day' : 'month') : value;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`timeline: impact value "${key}" is not a number or text`);
  }
  const sign = value < 0 ? MINUS : '';
  const n = GBP.format(Math.abs(value));
  let text: string;
  switch (unitOfKey(key)) {
    case 'gbp_bn':
      text = `${sign}£${n}bn`;
      break;
    case 'gbp_m':
      text = `${sign}£${n}m`;
      break;
    case 'gbp':
      text = `${sign}£${n}`;
      break;
    case 'pct':
      text = `${sign}${n}%`;
      break;
    default:
      text = `${sign}${n}`;
  }
  return unitWord ? `${text} ${unitWord}` : text;
}

/** A figure line's value from one key, or a range from two: "£270m to £440m". */
export function formatFigure(impact: Record<string, unknown>, keys: readonly string[], opts: { approx?: boolean; unit?: string } = {}): string {
  for (const k of keys) {
    if (!(k in impact)) throw new Error(`timeline: impact has no key "${k}" (has: ${Object.keys(impact).join(', ') || 'none'})`);
  }
  const [a, b] = keys;
  const text =
    b === undefined
      ? formatImpactValue(a!, impact[a!], opts.unit)
      : `${formatImpactValue(a!, impact[a!])} to ${formatImpactValue(b, impact[b], opts.unit)}`;
  return opts.approx ? `about ${text}` : text;
}
