// Runs inline in <head> before first paint: picks the saved theme, else the system's, so no page flashes the wrong one.
(function () {
  var theme;
  try {
    theme = localStorage.getItem('greyzone-theme');
  } catch (e) {}
  if (theme !== 'light' && theme !== 'dark') {
    theme = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  document.documentElement.setAttribute('data-theme', theme);
})();
