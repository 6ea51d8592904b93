/**
 * The share block's enhancement (src/components/share/ChartShare.astro): one-click Copy buttons, and a permalink that
 * carries the current view. A chart that keeps its view in the address (query parameters such as ?org=, or an open
 * event) writes it there with history.replaceState; the permalink and citation take the chart page's URL plus the
 * current query string when the block opens and when they are copied.
 */
function currentPermalink(base: string): string {
  const url = new URL(base);
  const here = new URLSearchParams(location.search);
  here.delete('q');
  for (const [k, v] of here) url.searchParams.append(k, v);
  return url.href;
}

for (const block of document.querySelectorAll<HTMLDetailsElement>('[data-chart-share]')) {
  const base = block.dataset.permalink!;
  const link = block.querySelector<HTMLAnchorElement>('[data-share-permalink]')!;
  const citation = block.querySelector<HTMLElement>('[data-share-citation]')!;
  const status = block.querySelector<HTMLElement>('[data-share-status]')!;
  const citationText = citation.textContent ?? '';

  const refresh = () => {
    const url = currentPermalink(base);
    link.href = url;
    link.textContent = url;
    citation.textContent = citationText.replace(base, url);
  };
  block.addEventListener('toggle', () => {
    if (block.open) refresh();
  });
  // A reader (or a slow network) may open the block before this script runs: fill the view in now.
  if (block.open) refresh();

  for (const button of block.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      refresh();
      const target = document.getElementById(button.dataset.copy!)!;
      const text = target instanceof HTMLTextAreaElement ? target.value : (target.textContent ?? '');
      try {
        await navigator.clipboard.writeText(text);
        status.textContent = `${button.textContent?.replace(/^Copy /, '').replace(/^./, (c) => c.toUpperCase())} copied.`;
      } catch {
        // No clipboard access (an insecure origin, or permission refused): select the text for the reader to copy.
        const range = document.createRange();
        if (target instanceof HTMLTextAreaElement) target.select();
        else {
          range.selectNodeContents(target);
          getSelection()?.removeAllRanges();
          getSelection()?.addRange(range);
        }
        status.textContent = 'Selected: press Ctrl+C or Cmd+C to copy.';
      }
    });
  }
}

export {};
