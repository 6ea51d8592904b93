/**
 * What <chart-explorer> does to the server-rendered markup when it starts: shows the controls that need JavaScript
 * and hides their stand-ins, makes marks buttons with names, hides the details panels and names them as regions,
 * and ties each mark to its panels (aria-controls, aria-expanded).
 */

let panelSerial = 0;
let markSerial = 0;

/** [data-explorer-reveal] loses `hidden`, [data-explorer-conceal] gets it, [data-explorer-role] becomes the role. */
export function revealEnhanced(scope: ParentNode): void {
  for (const el of scope.querySelectorAll<HTMLElement>('[data-explorer-reveal]')) el.hidden = false;
  for (const el of scope.querySelectorAll<HTMLElement>('[data-explorer-conceal]')) el.hidden = true;
  for (const el of scope.querySelectorAll('[data-explorer-role]')) el.setAttribute('role', el.getAttribute('data-explorer-role') ?? '');
}

/**
 * Marks out of the Tab order (the element keeps one stop), each with an id, a button role and a name; panels hidden,
 * focusable when focus moves into them, and named. Marks with details control them.
 */
export function prepareMarksAndPanels(marks: readonly HTMLElement[], panels: readonly HTMLElement[], focusPanels: boolean): void {
  const markIds = new Map<string, string[]>();
  for (const mark of marks) {
    const id = mark.getAttribute('data-mark-id') ?? '';
    mark.tabIndex = -1;
    if (!mark.id) mark.id = `chart-explorer-mark-${++markSerial}`;
    markIds.set(id, [...(markIds.get(id) ?? []), mark.id]);
    if (!mark.hasAttribute('role') && !(mark instanceof HTMLButtonElement)) mark.setAttribute('role', 'button');
    if (mark instanceof SVGElement && !mark.hasAttribute('aria-label') && !mark.hasAttribute('aria-labelledby')) {
      const label = mark.getAttribute('data-label');
      if (label) mark.setAttribute('aria-label', label);
    }
  }
  const panelIds = new Map<string, string[]>();
  for (const panel of panels) {
    panel.hidden = true;
    if (!panel.id) panel.id = `chart-explorer-panel-${++panelSerial}`;
    if (focusPanels) panel.tabIndex = -1;
    const id = panel.getAttribute('data-details-for') ?? '';
    panelIds.set(id, [...(panelIds.get(id) ?? []), panel.id]);
    nameRegion(panel, markIds.get(id) ?? []);
  }
  for (const mark of marks) {
    const controls = panelIds.get(mark.getAttribute('data-mark-id') ?? '');
    if (controls) {
      mark.setAttribute('aria-controls', controls.join(' '));
      mark.setAttribute('aria-expanded', 'false');
    }
  }
}

/**
 * A panel is a region, so focus moving into it reads a short name, not the whole panel: its first heading, else
 * the aria-labelledby it was given, else the mark that opens it (the rendered copy is found by the browser).
 */
function nameRegion(panel: HTMLElement, markIds: string[]): void {
  if (!panel.hasAttribute('role')) panel.setAttribute('role', 'region');
  if (panel.hasAttribute('aria-label') || panel.hasAttribute('aria-labelledby')) return;
  const heading = panel.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]');
  if (heading) {
    if (!heading.id) heading.id = `${panel.id}-heading`;
    panel.setAttribute('aria-labelledby', heading.id);
  } else if (markIds.length > 0) {
    // The copy of the mark nearest the panel (the same layout); a name is computed even while it is not rendered.
    const marks = markIds.map((id) => document.getElementById(id)).filter((m): m is HTMLElement => m !== null);
    let near: HTMLElement | undefined;
    for (let a: HTMLElement | null = panel.parentElement; a && !near; a = a.parentElement) near = marks.find((m) => a!.contains(m));
    panel.setAttribute('aria-labelledby', (near ?? marks[0])?.id ?? markIds[0]!);
  }
}
