/**
 * The DOM side of <chart-explorer>'s filters (the rules are in ./filters.ts): reading the controls, hiding what they
 * leave out, and turning them back to "show everything".
 *
 * Controls: data-filter="KEY" on <input type=checkbox value=…>, <button aria-pressed value=…>, <input type=radio
 * value=…> or <select>. Anything carrying data-filter-KEY="v1 v2" that does not pass is hidden (style display:none,
 * attribute data-filtered-out).
 */
import { constraintsFrom, filterKeyOfAttribute, passes, type FilterControl } from './filters';

/** Every [data-filter] control under `scope`, as the pure rules read them. */
export function readControls(scope: ParentNode): FilterControl[] {
  const out: FilterControl[] = [];
  for (const el of scope.querySelectorAll<HTMLElement>('[data-filter]')) {
    const key = el.getAttribute('data-filter') ?? '';
    if (el instanceof HTMLSelectElement) out.push({ key, kind: 'single', value: el.value, on: true });
    else if (el instanceof HTMLInputElement && el.type === 'radio') out.push({ key, kind: 'single', value: el.value, on: el.checked });
    else if (el instanceof HTMLInputElement) out.push({ key, kind: 'multi', value: el.value, on: el.checked });
    else out.push({ key, kind: 'multi', value: el.getAttribute('value') ?? '', on: el.getAttribute('aria-pressed') === 'true' });
  }
  return out;
}

/** Hides (or shows again) every element under `roots` that carries filter values, as the controls decide. */
export function hideFilteredOut(roots: Iterable<Element>, controls: readonly FilterControl[]): void {
  const constraints = constraintsFrom(controls);
  const filterable = new Set<Element>();
  for (const root of roots) {
    for (const el of root.querySelectorAll('*')) {
      if (el.getAttributeNames().some((n) => filterKeyOfAttribute(n) !== null)) filterable.add(el);
    }
  }
  for (const el of filterable) {
    const values: Record<string, string> = {};
    for (const name of el.getAttributeNames()) {
      const key = filterKeyOfAttribute(name);
      if (key !== null) values[key] = el.getAttribute(name) ?? '';
    }
    const out = !passes(values, constraints);
    el.toggleAttribute('data-filtered-out', out);
    (el as HTMLElement | SVGElement).style.display = out ? 'none' : '';
  }
}

/** Every control back to "show everything": boxes checked, buttons pressed, selects and radios on "any". */
export function resetControls(scope: ParentNode): void {
  for (const el of scope.querySelectorAll<HTMLElement>('[data-filter]')) {
    if (el instanceof HTMLSelectElement) el.value = [...el.options].some((o) => o.value === '') ? '' : el.value;
    else if (el instanceof HTMLInputElement && el.type === 'radio') el.checked = el.value === '' || el.value === '*';
    else if (el instanceof HTMLInputElement) el.checked = true;
    else el.setAttribute('aria-pressed', 'true');
  }
}
