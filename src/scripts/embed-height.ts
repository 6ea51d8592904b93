/**
 * On an embed page (/embed/<chart>/): the data table starts closed (it opens on request), and whenever the page's
 * height changes the page tells the host page, so the host can size the iframe and it never scrolls inside:
 * parent.postMessage({ type: "grey-zone:embed-height", chart, height }, "*"). The embed code's script listens for it.
 */
const chart = document.querySelector<HTMLElement>('[data-chart]')?.dataset.chart;
for (const table of document.querySelectorAll<HTMLDetailsElement>('details.chart-table[open]')) table.open = false;

if (window.parent !== window) {
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'grey-zone:embed-height', chart, height }, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  addEventListener('load', report);
}

export {};
