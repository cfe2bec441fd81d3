/**
 * The theme switch. The choice is remembered on the device (./store.d.ts); until the
 * reader chooses, the system setting decides. The blocking snippet in <head> applies a
 * stored choice early.
 */
const KEY = 'lessonbook-theme';
const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');

function isDark(): boolean {
  const chosen = root.dataset.theme;
  return chosen ? chosen === 'dark' : systemDark.matches;
}

for (const button of document.querySelectorAll<HTMLButtonElement>('.theme-toggle')) {
  const sync = () => button.setAttribute('aria-pressed', String(isDark()));
  sync();
  button.hidden = false;
  button.addEventListener('click', () => {
    const next = isDark() ? 'light' : 'dark';
    root.dataset.theme = next;
    window.lessonbookStore?.set(KEY, next);
    sync();
  });
  systemDark.addEventListener('change', sync);
}
