/**
 * The search page's enhancement. Without JavaScript the page says search needs it and links to the article list and
 * the glossary. With it, the form appears; Pagefind's code and index (in <base>pagefind/) are fetched only when the
 * reader types a query or arrives with ?q=. Results are links with their kind and an excerpt; a polite status line
 * says how many were found. The address keeps the query (?q=) so a search can be shared or reloaded.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const MAX_RESULTS = 20;
const root = document.querySelector<HTMLElement>('[data-search]');

if (root) {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  for (const el of document.querySelectorAll<HTMLElement>('[data-search-nojs]')) el.hidden = true;
  form.hidden = false;

  let loading: Promise<Pagefind> | null = null;
  const load = () =>
    (loading ??= (import(/* @vite-ignore */ `${root.dataset.bundle}pagefind.js`) as Promise<Pagefind>).then(async (pagefind) => {
      await pagefind.options({ baseUrl: root.dataset.base, excerptLength: 24 });
      return pagefind;
    }));

  const render = (results: PagefindResultData[]) => {
    list.replaceChildren(
      ...results.map((r) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = r.url;
        link.textContent = r.meta.title ?? r.url;
        const heading = document.createElement('h2');
        heading.className = 'result-title';
        heading.append(link);
        const kind = document.createElement('p');
        kind.className = 'result-kind';
        kind.textContent = r.meta.kind ?? '';
        const excerpt = document.createElement('p');
        excerpt.className = 'result-excerpt';
        // Pagefind's excerpt is the page's own text, HTML-escaped, with the matches wrapped in <mark>.
        excerpt.innerHTML = r.excerpt;
        item.append(kind, heading, excerpt);
        return item;
      }),
    );
  };

  let latest = 0;
  const run = async (query: string) => {
    const q = query.trim();
    const mine = ++latest;
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const pagefind = await load();
      const search = await pagefind.search(q);
      const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (mine !== latest) return;
      render(results);
      const total = search.results.length;
      status.textContent =
        total === 0
          ? `No results for “${q}”.`
          : `${total} ${total === 1 ? 'result' : 'results'} for “${q}”${total > MAX_RESULTS ? `; the first ${MAX_RESULTS} are shown` : ''}.`;
    } catch (error) {
      console.error('search failed:', error);
      if (mine !== latest) return;
      status.textContent = 'Search could not load. Try again, or browse the article list and the glossary.';
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });

  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

export {};
