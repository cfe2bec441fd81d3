/**
 * The search control's few lines on every page. Without JavaScript the control is a plain
 * link to the full index page (/search/). With it, a click or the `/` key loads the search
 * dialog and the index — classic scripts beside that page, found from the link's own URL,
 * so they are found under a sub-path and in the offline copy (whose links point at
 * search/index.html) alike. Nothing more loads until the reader asks.
 */
const link = document.querySelector<HTMLAnchorElement>('.search-button');

function open() {
  const search = (window as unknown as { lessonbookSearch?: { open(): void } }).lessonbookSearch;
  if (search) return search.open();
  // data-typed is there from the moment search is asked for until its dialog shows.
  if (!link || link.dataset.typed != null) return;
  link.dataset.typed = '';
  // the dialog's styles at the same time as its scripts (search.ts waits for them)
  const styles = document.createElement('link');
  styles.rel = 'stylesheet';
  styles.href = new URL('search.css', link.href).href;
  document.head.append(styles);
  for (const file of ['search.js', 'index.js']) {
    const script = document.createElement('script');
    script.src = new URL(file, link.href).href;
    script.async = false; // run in order: the dialog, then the index it is handed
    // Could not load (a broken copy): the link still leads to the full index page.
    script.onerror = () => (location.href = link.href);
    document.head.append(script);
  }
}

link?.addEventListener('click', (e) => {
  e.preventDefault();
  open();
});
addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement;
  if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
  if (link?.dataset.typed != null) {
    // Typed while the dialog loads: kept for its box (search.ts reads it), not lost.
    if (e.key.length > 1) return;
    link.dataset.typed += e.key;
  } else if (e.key === '/') open();
  else return;
  e.preventDefault();
});
