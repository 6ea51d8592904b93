// The site's furniture, on every page with the site's header: BaseLayout inlines it in <head> right after
// theme-init.js, as one small script that needs no request. Comments and indentation are dropped when it is inlined
// (src/lib/inline-script.ts): keep comments on lines of their own, and no line starting inside a string.
(function (d, root) {
  const dark = () => root.dataset.theme === 'dark';
  const toggles = () => d.querySelectorAll('[data-theme-toggle]');
  const mark = () => toggles().forEach((b) => b.setAttribute('aria-pressed', dark()));
  // The theme switch (src/components/page/ThemeToggle.astro): a <button aria-pressed> that ships hidden, since it can
  // do nothing without JavaScript; shown once the page is parsed, in the place its hidden copy kept for it.
  d.addEventListener('DOMContentLoaded', () => {
    toggles().forEach((b) => (b.hidden = false));
    mark();
  });
  d.addEventListener('click', (e) => {
    if (!e.target.closest?.('[data-theme-toggle]')) return;
    root.dataset.theme = dark() ? 'light' : 'dark';
    try {
      localStorage.setItem('greyzone-theme', root.dataset.theme);
    } catch (x) {}
    mark();
  });
  // "/" outside a text field focuses the page's main search field (the search page's own, else the header's,
  // src/components/search/SearchField.astro). Search's own code loads on the search page only.
  d.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    if (e.target.closest?.('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
    const fields = d.querySelectorAll('[data-search-shortcut]');
    const field = fields[fields.length - 1];
    if (field) {
      e.preventDefault();
      field.focus();
    }
  });
})(document, document.documentElement);
