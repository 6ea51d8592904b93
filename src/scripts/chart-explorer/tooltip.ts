/**
 * The hover tooltip of <chart-explorer>: a <div class="chart-explorer-tooltip" aria-hidden="true"> inside the element,
 * placed above the hovered or keyboard-focused mark (below it when there is no room above). Its text is the mark's
 * data-tooltip, else its data-label; a line break starts a new line and the first line is then shown in bold.
 *
 * WCAG 1.4.13 (content on hover or focus): it stays while the pointer is over it; Escape hides it wherever focus is,
 * and after Escape it stays hidden until the pointer leaves that mark. Mouse pointers only (touch taps open details).
 * Style hooks: --explorer-tooltip-bg, --explorer-tooltip-text, --explorer-tooltip-border.
 */

/** How long the pointer may be off the mark (e.g. on its way to the tooltip) before the tooltip goes. */
const HIDE_DELAY_MS = 200;

export interface ExplorerTooltip {
  show(mark: Element): void;
  hide(): void;
  /** Stops listening to the document (the host's own listeners go with the host). */
  disconnect(): void;
}

/** The tooltip of `host`; `markOf` finds the host's mark an event target belongs to (null when none). */
export function explorerTooltip(host: HTMLElement, markOf: (target: EventTarget | null) => HTMLElement | null): ExplorerTooltip {
  let tip: HTMLDivElement | null = null;
  let shownFor: Element | null = null;
  /** The mark whose tooltip Escape dismissed: it stays hidden until the pointer leaves that mark. */
  let dismissed: Element | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const hide = (): void => {
    clearTimeout(hideTimer);
    if (tip) tip.hidden = true;
    shownFor = null;
  };

  const scheduleHide = (): void => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, HIDE_DELAY_MS);
  };

  const element = (): HTMLDivElement => {
    if (tip) return tip;
    tip = document.createElement('div');
    tip.className = 'chart-explorer-tooltip';
    tip.setAttribute('aria-hidden', 'true');
    tip.hidden = true;
    tip.style.cssText =
      'position:absolute;z-index:5;max-width:min(18rem,90%);padding:.35rem .5rem;' +
      'background:var(--explorer-tooltip-bg,var(--surface));color:var(--explorer-tooltip-text,var(--text));' +
      'border:1px solid var(--explorer-tooltip-border,var(--rule));border-radius:var(--radius,4px);' +
      'box-shadow:0 2px 6px rgb(0 0 0/.2);font:.85rem/1.35 var(--font-sans,sans-serif);text-align:left;white-space:pre-line';
    tip.addEventListener('pointerenter', () => clearTimeout(hideTimer));
    tip.addEventListener('pointerleave', scheduleHide);
    host.append(tip);
    return tip;
  };

  const show = (mark: Element): void => {
    const text = mark.getAttribute('data-tooltip') ?? mark.getAttribute('data-label');
    if (!text) return;
    clearTimeout(hideTimer);
    const el = element();
    const [head, ...rest] = text.split('\n');
    el.replaceChildren();
    if (rest.length > 0) {
      const strong = document.createElement('strong');
      strong.textContent = head ?? '';
      el.append(strong, document.createElement('br'), rest.join('\n'));
    } else {
      el.textContent = text;
    }
    el.hidden = false;
    shownFor = mark;
    const box = host.getBoundingClientRect();
    const r = mark.getBoundingClientRect();
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    const left = Math.min(Math.max(r.left + r.width / 2 - box.left - w / 2, 0), Math.max(box.width - w, 0));
    let top = r.top - box.top - h - 8;
    if (top < 0) top = r.bottom - box.top + 8;
    el.style.left = `${Math.round(left)}px`;
    el.style.top = `${Math.round(top)}px`;
  };

  /** Escape anywhere hides it (dismissable without moving the pointer or focus). */
  const onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !tip || tip.hidden) return;
    dismissed = shownFor;
    hide();
  };

  host.addEventListener('pointerover', (event) => {
    if (event.pointerType !== 'mouse') return;
    const mark = markOf(event.target);
    if (mark && mark !== dismissed) show(mark);
  });
  host.addEventListener('pointerout', (event) => {
    if (event.pointerType !== 'mouse') return;
    const mark = markOf(event.target);
    if (!mark) return;
    const to = event.relatedTarget instanceof Node ? event.relatedTarget : null;
    if (to && (mark.contains(to) || tip?.contains(to))) return;
    if (dismissed === mark) dismissed = null;
    scheduleHide();
  });
  host.addEventListener('focusout', (event) => {
    if (markOf(event.target) && shownFor === event.target) hide();
  });
  document.addEventListener('keydown', onDocumentKeydown);

  return { show, hide, disconnect: () => document.removeEventListener('keydown', onDocumentKeydown) };
}
