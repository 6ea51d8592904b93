/**
 * The theme switch: a real <button aria-pressed> that flips light and dark and remembers the choice.
 * The button ships hidden (it can do nothing without JavaScript) and is shown here.
 */
export {};

const KEY = 'greyzone-theme';

function current(): 'light' | 'dark' {
  return document.documentElement.getAttribute('data-theme') === 'dark' ? 'dark' : 'light';
}

function apply(theme: 'light' | 'dark'): void {
  document.documentElement.setAttribute('data-theme', theme);
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.setAttribute('aria-pressed', String(theme === 'dark'));
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  button.hidden = false;
  button.setAttribute('aria-pressed', String(current() === 'dark'));
  button.addEventListener('click', () => apply(current() === 'dark' ? 'light' : 'dark'));
}
