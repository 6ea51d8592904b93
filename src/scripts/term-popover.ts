/**
 * Glossary pop-ups for <Term> links. Hovering a term with a mouse or pen, or focusing it, shows its short
 * definition in a small box next to it. The box is visual only (aria-hidden): screen readers already get the
 * same text as the link's description, so nothing about the link changes. Focus is never moved or trapped.
 *
 * - Escape closes the box; it stays closed until the pointer or focus leaves that term.
 * - The pointer can move onto the box without it closing (WCAG 1.4.13).
 * - A tap on a touchscreen follows the link: touch never opens the box.
 * - The box is kept inside the viewport, down to 320px wide, and flips above the term when there is no room below.
 * - Motion is a short fade, switched off under prefers-reduced-motion (see Term.astro).
 */

const TERM = 'a[data-term]';
const SHOW_DELAY = 120;
const HIDE_DELAY = 250;
const MARGIN = 8;
const GAP = 6;

let box: HTMLDivElement | undefined;
let current: HTMLAnchorElement | undefined;
let dismissed: HTMLAnchorElement | undefined;
let showTimer: number | undefined;
let hideTimer: number | undefined;
let lastTouch = 0;
let pointer: { x: number; y: number } | undefined;

function ensureBox(): HTMLDivElement {
  if (box) return box;
  box = document.createElement('div');
  box.className = 'term-popover';
  box.setAttribute('aria-hidden', 'true');
  box.setAttribute('data-term-popover', '');
  box.hidden = true;
  box.addEventListener('pointerenter', () => window.clearTimeout(hideTimer));
  box.addEventListener('pointerleave', (event) => {
    if (event.pointerType !== 'touch') scheduleHide();
  });
  document.body.append(box);
  return box;
}

function definitionOf(link: HTMLAnchorElement): string | undefined {
  const ids = (link.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  for (const id of ids) {
    const desc = document.getElementById(id);
    const text = desc?.querySelector('[data-term-text]')?.textContent ?? undefined;
    if (text) return text.trim();
  }
  return undefined;
}

/**
 * Where to attach the box: below (or above) the whole link, so a term that wraps onto two lines is never covered,
 * and lined up with the line under the pointer, else with the link's first line.
 */
function anchor(link: HTMLAnchorElement): { left: number; top: number; bottom: number } {
  const whole = link.getBoundingClientRect();
  const lines = [...link.getClientRects()];
  const line = (pointer && lines.find((r) => pointer!.y >= r.top && pointer!.y <= r.bottom)) || lines[0] || whole;
  return { left: line.left, top: whole.top, bottom: whole.bottom };
}

function position(link: HTMLAnchorElement): void {
  if (!box) return;
  const viewportWidth = document.documentElement.clientWidth;
  const viewportHeight = window.innerHeight;
  box.style.maxWidth = `${Math.min(352, viewportWidth - 2 * MARGIN)}px`;
  const at = anchor(link);
  const { width, height } = box.getBoundingClientRect();
  const left = Math.max(MARGIN, Math.min(at.left, viewportWidth - MARGIN - width));
  const roomBelow = viewportHeight - at.bottom;
  const above = roomBelow < height + GAP + MARGIN && at.top > height + GAP + MARGIN;
  const top = above ? at.top - GAP - height : at.bottom + GAP;
  box.style.left = `${Math.round(left + window.scrollX)}px`;
  box.style.top = `${Math.round(top + window.scrollY)}px`;
  box.dataset.placement = above ? 'above' : 'below';
}

function show(link: HTMLAnchorElement): void {
  window.clearTimeout(showTimer);
  window.clearTimeout(hideTimer);
  if (dismissed === link) return;
  const text = definitionOf(link);
  if (!text) return;
  const el = ensureBox();
  if (current !== link || el.hidden) {
    el.replaceChildren();
    const name = document.createElement('span');
    name.className = 'term-popover-name';
    name.textContent = link.dataset.termName ?? link.textContent ?? '';
    const def = document.createElement('span');
    def.className = 'term-popover-text';
    def.textContent = text;
    el.append(name, def);
  }
  current = link;
  el.hidden = false;
  position(link);
  // Next frame, so the fade-in runs from the hidden state.
  window.requestAnimationFrame(() => el.classList.add('is-open'));
}

function hide(): void {
  window.clearTimeout(showTimer);
  window.clearTimeout(hideTimer);
  if (!box) return;
  box.classList.remove('is-open');
  box.hidden = true;
  current = undefined;
}

function scheduleShow(link: HTMLAnchorElement): void {
  window.clearTimeout(showTimer);
  window.clearTimeout(hideTimer);
  showTimer = window.setTimeout(() => show(link), current && box && !box.hidden ? 0 : SHOW_DELAY);
}

function scheduleHide(): void {
  window.clearTimeout(showTimer);
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => {
    // Keep it open while the term still has keyboard focus.
    if (current && document.activeElement === current) return;
    hide();
  }, HIDE_DELAY);
}

const termFrom = (target: EventTarget | null): HTMLAnchorElement | null =>
  target instanceof Element ? target.closest<HTMLAnchorElement>(TERM) : null;

document.addEventListener(
  'pointerdown',
  (event) => {
    if (event.pointerType === 'touch') {
      lastTouch = Date.now();
      // A tap elsewhere closes an open box.
      if (box && !box.hidden && !termFrom(event.target)) hide();
    }
  },
  true,
);

document.addEventListener('pointerover', (event) => {
  if (event.pointerType === 'touch') return;
  const link = termFrom(event.target);
  if (!link) return;
  pointer = { x: event.clientX, y: event.clientY };
  if (link === current && box && !box.hidden) {
    window.clearTimeout(hideTimer);
    return;
  }
  scheduleShow(link);
});

document.addEventListener('pointerout', (event) => {
  if (event.pointerType === 'touch') return;
  const link = termFrom(event.target);
  if (!link) return;
  // Moving between parts of the same link is not leaving it.
  if (event.relatedTarget instanceof Node && link.contains(event.relatedTarget)) return;
  if (dismissed === link) dismissed = undefined;
  if (current === link || !current) scheduleHide();
  else window.clearTimeout(showTimer);
});

document.addEventListener('focusin', (event) => {
  const link = termFrom(event.target);
  if (!link) return;
  // Focus from a tap comes just before the link is followed: no box for touch.
  if (Date.now() - lastTouch < 800) return;
  pointer = undefined;
  show(link);
});

document.addEventListener('focusout', (event) => {
  const link = termFrom(event.target);
  if (!link) return;
  if (dismissed === link) dismissed = undefined;
  if (current === link) hide();
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || !box || box.hidden) return;
  dismissed = current;
  hide();
});

window.addEventListener('resize', () => {
  if (current && box && !box.hidden) position(current);
});
