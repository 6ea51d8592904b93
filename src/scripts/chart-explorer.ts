/**
 * <chart-explorer>: the shared, framework-free interaction layer for server-rendered charts
 * (keyboard navigation, details panels, filters, hover tooltips, linked highlighting, announcements).
 * Load it from a chart's .astro file with `<script>import '../../scripts/chart-explorer';</script>`.
 *
 * CONTRACT (data attributes written by the server-rendered markup; keep these stable)
 *
 * The element
 *   <chart-explorer data-live="LIVE_ID">          wraps the interactive part of one chart (give it display:block in CSS).
 *   data-live="ID"          id of the live region, a <p id=ID class="visually-hidden" aria-live="polite"> inside it.
 *   data-noun / data-noun-plural   what a mark is, for announcements ("event" / "events"; default "item"/"items").
 *   data-scope="SELECTOR"   optional: ancestor (found with closest()) that holds controls, details panels and linked
 *                           elements outside the element. Default: the closest [data-chart] (the ChartFrame's <figure>),
 *                           else the element itself. Marks must be inside the element itself.
 *   data-focus-details="false"   keep keyboard focus on the mark when details open (default: focus moves to the panel).
 *   When it starts it sets data-enhanced on itself.
 *
 * Marks (inside the element)
 *   data-mark-id="ID"       one event / feature. The same ID may appear in several alternative layouts (e.g. a wide SVG
 *                           and a narrow list, one of them display:none): only rendered copies take part.
 *   data-order="N"          navigation order (e.g. time). Ties keep document order.
 *   data-label="text"       an SVG mark's accessible name if it has none (HTML marks are named by their content: write
 *                           it to read as one sentence, with visually hidden punctuation where the screen shows
 *                           layout, or, as the timeline's rows do, the laid-out text aria-hidden and the same words as
 *                           one visually hidden sentence: Chromium reads a space before punctuation in a visually
 *                           hidden span, and splits a word whose end is hidden, "Apr il"); also the tooltip text unless data-tooltip is given. Either way the name contains
 *                           the text the mark shows (WCAG 2.5.3). The live region says only the position ("2 of 49").
 *   id                      marks without one get one (a panel without a heading is named by its mark).
 *   data-tooltip="text"     optional tooltip text for mouse (and keyboard focus) users; a line break in it starts a
 *                           new line (the first line is shown in bold). data-tooltip="" means no tooltip (e.g. for
 *                           list rows whose text is already on screen).
 *   data-filter-KEY="v1 v2" optional filter values (space-separated), e.g. data-filter-category="attack".
 *   The element makes marks focusable with a roving tabindex (one Tab stop per chart), gives marks without a role
 *   role="button", and sets aria-expanded and aria-controls when the mark has details.
 *   Keys: ArrowRight/ArrowDown next, ArrowLeft/ArrowUp previous, Home/End first/last; Enter or Space opens (or closes)
 *   the details; Escape closes them and returns focus to the mark.
 *   Click is the one activation path: a pointer click, a native button's Enter/Space, a screen reader's browse-mode
 *   activation and a voice-control "click" all arrive as click (the last three with event.detail 0, and then focus
 *   moves into the panel). Enter/Space are handled in keydown only for marks that are not native buttons.
 *
 * Details (anywhere in scope)
 *   <div data-details-for="ID">   the panel for mark ID. Render panels WITHOUT `hidden`, so readers without JavaScript
 *                           see them all as a list; the element hides them when it starts and shows the selected one(s).
 *                           Several panels may share an ID (one per layout). A [data-details-close] button inside a
 *                           panel closes it. Panels become role="region", named by their first heading (give each
 *                           panel one), else by aria-labelledby in the markup, else by the mark that opens them.
 *
 * Linked highlighting (anywhere in scope)
 *   data-linked="ID1 ID2"   the element gets class "is-linked" while one of those ids is selected.
 *   Selected marks get class "is-selected"; the element dispatches a bubbling "chart-explorer:select" event with
 *   detail { id } (id null when closed).
 *
 * Filters (anywhere in scope; opt-in: a chart with filter controls imports ./chart-explorer/with-filters.ts in its script,
 * after the element, as the timeline's full chart does; charts without controls carry none of that code)
 *   data-filter="KEY" on <input type=checkbox value=…>, <button aria-pressed value=…>, <input type=radio value=…>
 *                           or <select>. Checkboxes and pressed buttons of one key form the set of allowed values;
 *                           a select or radio allows its value ("" means any). Any element in scope (or inside the
 *                           element) carrying data-filter-KEY is hidden (style display:none, attribute
 *                           data-filtered-out) when it does not match, so a mark's wrapper (e.g. a list item) can carry
 *                           the values. Marks without a value for KEY are not filtered by it.
 *   [data-filter-reset]     a button that turns every filter back to "show everything".
 *   [data-filter-count]     its text becomes e.g. "12 of 49 events shown"; the live region says the same.
 *
 * Progressive enhancement (anywhere in scope)
 *   [data-explorer-reveal]  loses `hidden` when the element starts (controls that need JavaScript ship hidden).
 *   [data-explorer-conceal] gets `hidden` when the element starts (static stand-ins for those controls).
 *   [data-explorer-role="R"] gets role="R" when the element starts (e.g. an SVG that is role="img" without JavaScript
 *                           becomes role="group" so its marks can be buttons).
 *
 * Tooltip (opt-in): placed above the hovered or keyboard-focused mark (./chart-explorer/tooltip.ts). A chart whose
 * marks carry tooltip text imports ./chart-explorer/with-tooltips.ts in its script (the Baltic map); a chart whose
 * marks show their text on screen (the timeline's list rows) does not, and its pages carry none of that code.
 *
 * The parts: ./chart-explorer/prepare.ts (what starting does to the markup), navigation.ts (keys and order); opt-in:
 * with-filters.ts (with filters.ts and filter-controls.ts, the filters' rules and controls) and with-tooltips.ts (with
 * tooltip.ts). This file ties the parts every chart needs to the element.
 */
import { focusMessage, parseOrder, sortByOrder, targetIndex } from './chart-explorer/navigation';
import { prepareMarksAndPanels, revealEnhanced } from './chart-explorer/prepare';
import type { ExplorerTooltip } from './chart-explorer/tooltip';

const NAV_KEYS = new Set(['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End']);

/**
 * Is the element rendered (not display:none itself or through an ancestor)? checkVisibility() alone is not enough:
 * Chromium reports an SVG element with display:none as visible, so it must also have a box.
 */
function rendered(el: Element): boolean {
  if (el.getClientRects().length === 0) return false;
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el) : true;
}

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export class ChartExplorer extends HTMLElement {
  private current: string | null = null;
  private selected: string | null = null;
  /** Set by ./chart-explorer/with-tooltips.ts where the chart has tooltips. */
  tooltip: ExplorerTooltip | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private started = false;

  connectedCallback(): void {
    if (this.started) return;
    this.started = true;
    if (getComputedStyle(this).display === 'inline') this.style.display = 'block';
    if (getComputedStyle(this).position === 'static') this.style.position = 'relative';

    const scope = this.scope();
    revealEnhanced(scope);
    prepareMarksAndPanels(this.marks(), this.panels(), this.focusDetails());

    this.addEventListener('keydown', this.onKeydown);
    this.addEventListener('click', this.onClick);
    this.addEventListener('focusin', this.onFocusin);
    scope.addEventListener('keydown', this.onScopeKeydown);
    scope.addEventListener('click', this.onScopeClick);

    if (typeof ResizeObserver === 'function') {
      let frame = 0;
      this.resizeObserver = new ResizeObserver(() => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => this.syncTabStops());
      });
      this.resizeObserver.observe(this);
    }
    this.syncTabStops();
    this.setAttribute('data-enhanced', '');
  }

  disconnectedCallback(): void {
    this.resizeObserver?.disconnect();
    this.tooltip?.disconnect();
  }

  /** The mark id whose details are open, if any. */
  get selectedId(): string | null {
    return this.selected;
  }

  // ---- the parts -------------------------------------------------------------------------------------------------

  /** Where controls, panels and linked elements live. */
  scope(): HTMLElement {
    const selector = this.getAttribute('data-scope');
    return (selector ? this.closest<HTMLElement>(selector) : this.closest<HTMLElement>('[data-chart]')) ?? this;
  }

  marks(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('[data-mark-id]')];
  }

  panels(id?: string): HTMLElement[] {
    const all = [...this.scope().querySelectorAll<HTMLElement>('[data-details-for]')];
    return id === undefined ? all : all.filter((p) => p.getAttribute('data-details-for') === id);
  }

  private focusDetails(): boolean {
    return this.getAttribute('data-focus-details') !== 'false';
  }

  markOf(target: EventTarget | null): HTMLElement | null {
    if (!(target instanceof Element)) return null;
    const mark = target.closest<HTMLElement>('[data-mark-id]');
    return mark && this.contains(mark) ? mark : null;
  }

  /** Rendered, unfiltered marks in navigation order (one per rendered copy). */
  navigable(): HTMLElement[] {
    const live = this.marks().filter((m) => !m.closest('[data-filtered-out]') && rendered(m));
    return sortByOrder(live, (m) => parseOrder(m.getAttribute('data-order')));
  }

  /** The rendered copy of a mark id, if any. */
  private visibleMark(id: string | null): HTMLElement | null {
    if (id === null) return null;
    return this.navigable().find((m) => m.getAttribute('data-mark-id') === id) ?? null;
  }

  // ---- roving tabindex and focus ---------------------------------------------------------------------------------

  /** Exactly one rendered mark (the current one, else the first) is in the Tab order. */
  syncTabStops(): void {
    const list = this.navigable();
    if (!list.some((m) => m.getAttribute('data-mark-id') === this.current)) {
      this.current = list[0]?.getAttribute('data-mark-id') ?? null;
    }
    const stop = list.find((m) => m.getAttribute('data-mark-id') === this.current) ?? null;
    for (const mark of this.marks()) mark.tabIndex = mark === stop ? 0 : -1;
  }

  private focusMark(mark: HTMLElement): void {
    this.current = mark.getAttribute('data-mark-id');
    this.syncTabStops();
    mark.focus({ preventScroll: false });
  }

  announce(text: string): void {
    const id = this.getAttribute('data-live');
    const region = id ? document.getElementById(id) : null;
    if (region) region.textContent = text;
  }

  // ---- details ---------------------------------------------------------------------------------------------------

  /** Opens the details of a mark id (closing any other); returns the rendered panel, if there is one. */
  open(id: string, options: { focusPanel?: boolean } = {}): HTMLElement | null {
    this.selected = id;
    this.current = id;
    for (const panel of this.panels()) panel.hidden = panel.getAttribute('data-details-for') !== id;
    this.updateSelection();
    const panel = this.panels(id).find((p) => rendered(p)) ?? null;
    if (panel) {
      if (options.focusPanel && this.focusDetails()) panel.focus({ preventScroll: true });
      panel.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
    }
    return panel;
  }

  /** Closes the open details; with returnFocus, focus goes back to the mark. */
  close(returnFocus = true): void {
    const id = this.selected;
    if (id === null) return;
    this.selected = null;
    for (const panel of this.panels()) panel.hidden = true;
    this.updateSelection();
    if (returnFocus) {
      const mark = this.visibleMark(id);
      if (mark) this.focusMark(mark);
    }
  }

  private updateSelection(): void {
    const id = this.selected;
    for (const mark of this.marks()) {
      const on = id !== null && mark.getAttribute('data-mark-id') === id;
      mark.classList.toggle('is-selected', on);
      if (mark.hasAttribute('aria-expanded')) mark.setAttribute('aria-expanded', String(on));
    }
    for (const el of this.scope().querySelectorAll('[data-linked]')) {
      const ids = (el.getAttribute('data-linked') ?? '').split(/\s+/);
      el.classList.toggle('is-linked', id !== null && ids.includes(id));
    }
    this.dispatchEvent(new CustomEvent('chart-explorer:select', { bubbles: true, detail: { id } }));
  }

  private toggle(mark: HTMLElement, focusPanel: boolean): void {
    const id = mark.getAttribute('data-mark-id') ?? '';
    if (this.selected === id) this.close(true);
    else this.open(id, { focusPanel });
  }

  // ---- events ----------------------------------------------------------------------------------------------------

  private onKeydown = (event: KeyboardEvent): void => {
    const mark = this.markOf(event.target);
    if (!mark) return;
    if (NAV_KEYS.has(event.key)) {
      const list = this.navigable();
      const index = list.indexOf(mark);
      const to = targetIndex(event.key, index, list.length);
      const next = to === null ? null : list[to];
      if (next) {
        event.preventDefault();
        if (next !== mark) this.focusMark(next);
      }
    } else if (event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') {
      // A native button turns Enter and Space into a click itself (onClick); other marks are activated here.
      if (mark instanceof HTMLButtonElement) return;
      event.preventDefault();
      this.toggle(mark, true);
    } else if (event.key === 'Escape') {
      this.tooltip?.hide();
      if (this.selected !== null) {
        event.preventDefault();
        this.close(true);
      }
    }
  };

  /** Escape inside an open panel closes it and returns focus to its mark. */
  private onScopeKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.selected === null || !(event.target instanceof Element)) return;
    if (event.target.closest('[data-details-for]')) {
      event.preventDefault();
      this.close(true);
    }
  };

  private onClick = (event: MouseEvent): void => {
    const mark = this.markOf(event.target);
    if (!mark) return;
    this.current = mark.getAttribute('data-mark-id');
    this.syncTabStops();
    // Every activation arrives here. With no pointer behind it (a native button's Enter/Space, a screen reader's
    // browse-mode activation, voice control: event.detail 0) the reader is not looking at the pointer: focus moves
    // into the panel, as for Enter on other marks.
    event.preventDefault();
    this.toggle(mark, event.detail === 0);
  };

  private onScopeClick = (event: MouseEvent): void => {
    if (!(event.target instanceof Element)) return;
    if (event.target.closest('[data-details-close]')) {
      event.preventDefault();
      this.close(true);
      return;
    }
  };

  private onFocusin = (event: FocusEvent): void => {
    const mark = this.markOf(event.target);
    if (!mark) return;
    this.current = mark.getAttribute('data-mark-id');
    this.syncTabStops();
    const list = this.navigable();
    // The mark's name is read as it gets focus; the live region adds only where it is.
    this.announce(focusMessage(list.indexOf(mark) + 1, list.length));
    if (mark.matches(':focus-visible')) this.tooltip?.show(mark);
  };

}

if (typeof customElements !== 'undefined' && !customElements.get('chart-explorer')) {
  customElements.define('chart-explorer', ChartExplorer);
}
