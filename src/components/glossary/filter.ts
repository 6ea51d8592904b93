/**
 * The glossary category filter, enhanced. Without JavaScript each category link loads its own page.
 * With it, the same links filter the list in place: no reload, the address changes to the category page
 * (so Back, reload and sharing still work), focus stays on the link that was used, and the result
 * is announced politely through the status line.
 */

interface FilterLink extends HTMLAnchorElement {
  dataset: DOMStringMap & { filter: string; heading: string; title: string; status: string };
}

function init(root: HTMLElement): void {
  const links = [...root.querySelectorAll<FilterLink>('a[data-filter]')];
  const entries = [...root.querySelectorAll<HTMLElement>('[data-term-entry]')];
  const sections = [...root.querySelectorAll<HTMLElement>('[data-letter-section]')];
  const heading = root.querySelector<HTMLElement>('[data-glossary-heading]');
  const status = root.querySelector<HTMLElement>('[data-glossary-status]');
  if (links.length === 0 || !status) return;

  const normalise = (path: string) => (path.endsWith('/') ? path : `${path}/`);
  const linkForPath = (path: string) => links.find((a) => normalise(new URL(a.href).pathname) === normalise(path));

  function apply(link: FilterLink, announce: boolean): void {
    const key = link.dataset.filter;
    for (const entry of entries) entry.hidden = key !== '' && entry.dataset.category !== key;
    const lettersOn = new Set<string>();
    for (const section of sections) {
      const any = section.querySelector('[data-term-entry]:not([hidden])') !== null;
      section.hidden = !any;
      if (any && section.dataset.letterSection) lettersOn.add(section.dataset.letterSection);
    }
    for (const a of root.querySelectorAll<HTMLElement>('[data-letter-on]')) a.hidden = !lettersOn.has(a.dataset.letterOn ?? '');
    for (const s of root.querySelectorAll<HTMLElement>('[data-letter-off]')) s.hidden = lettersOn.has(s.dataset.letterOff ?? '');
    for (const a of links) {
      if (a === link) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    if (heading) heading.textContent = link.dataset.heading;
    document.title = link.dataset.title;
    if (announce) {
      // Clear first so that the same message is read again if the reader picks the same filter twice.
      status!.textContent = '';
      window.setTimeout(() => {
        status!.textContent = link.dataset.status;
      }, 50);
    } else {
      status!.textContent = link.dataset.status;
    }
  }

  for (const link of links) {
    link.addEventListener('click', (event) => {
      // New tab, new window, download: leave them to the browser.
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      apply(link, true);
      if (normalise(location.pathname) !== normalise(new URL(link.href).pathname)) {
        history.pushState({ glossaryFilter: link.dataset.filter }, '', link.href);
      }
    });
  }

  // Back and Forward between filters. Jumping to a letter also fires popstate: ignore it when the filter is unchanged.
  window.addEventListener('popstate', () => {
    const link = linkForPath(location.pathname);
    if (link && link.getAttribute('aria-current') !== 'page') apply(link, true);
  });
}

const root = document.querySelector<HTMLElement>('[data-glossary]');
if (root) init(root);
