/**
 * Compact maps (in articles, data-bm-details="<chart page URL>") carry no details panels: each incident's details are
 * in the HTML once, on the chart's own page. The first time an incident is opened, its panel is fetched from there and
 * put under its row (a link to the page stands in if the fetch fails).
 */
import type { ChartExplorer } from '../../scripts/chart-explorer';

let page: Promise<Document | null> | undefined;

customElements.whenDefined('chart-explorer').then(() => {
  for (const explorer of document.querySelectorAll<ChartExplorer>('.bm chart-explorer[data-bm-details]')) {
    const url = explorer.getAttribute('data-bm-details')!;
    const marks = [...explorer.querySelectorAll<HTMLElement>('[data-mark-id]')];
    for (const mark of marks) mark.setAttribute('aria-expanded', 'false');
    explorer.addEventListener('chart-explorer:select', async (event) => {
      const id = (event as CustomEvent<{ id: string | null }>).detail.id;
      const mark = marks.find((m) => m.getAttribute('data-mark-id') === id);
      const item = mark?.closest('li');
      if (!id || !mark || !item || item.querySelector('[data-details-for]')) return;
      const panel = document.createElement('div');
      panel.className = 'bm-detail';
      panel.id = `${mark.id}-details`;
      panel.tabIndex = -1;
      panel.setAttribute('role', 'region');
      panel.setAttribute('aria-label', mark.textContent!.replace(/\s+/g, ' ').trim());
      panel.setAttribute('aria-busy', 'true');
      panel.textContent = 'Loading the details…';
      item.append(panel);
      mark.setAttribute('aria-controls', panel.id);
      page ??= fetch(url)
        .then((r) => (r.ok ? r.text() : ''))
        .then((html) => new DOMParser().parseFromString(html, 'text/html'))
        .catch(() => null);
      const source = [...((await page)?.querySelectorAll('.bm [data-details-for]') ?? [])].find((p) => p.getAttribute('data-details-for') === id);
      if (source) {
        panel.replaceChildren(...document.importNode(source, true).childNodes);
        for (const close of panel.querySelectorAll<HTMLElement>('[hidden]')) close.hidden = false;
      } else {
        panel.innerHTML = '<a></a>';
        panel.firstElementChild!.setAttribute('href', `${url}?incident=${encodeURIComponent(id)}`);
        panel.firstElementChild!.textContent = 'This incident’s details, on the map’s page';
      }
      panel.removeAttribute('aria-busy');
      panel.setAttribute('data-details-for', id);
      panel.hidden = !mark.classList.contains('is-selected');
    });
  }
});
