/**
 * Section link controls: each section's "#" link copies the URL of the section's page (the
 * one that previews best in chat apps) and says so. Where the clipboard is unavailable
 * (no JavaScript, file://, an insecure origin) the control stays a plain link to the section.
 */
import { SECTION_PAGE_URL } from '../../contract/markup.ts';

const announce = document.getElementById('lb-announce');

function say(message: string): void {
  if (!announce) return;
  announce.textContent = '';
  // A fresh text node is announced even when the same words were said a moment ago.
  requestAnimationFrame(() => (announce.textContent = message));
}

if (navigator.clipboard && window.isSecureContext) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>(`a[${SECTION_PAGE_URL}]`)) {
    const label = link.getAttribute('aria-label') ?? '';
    link.setAttribute('aria-label', label.replace(/^Link to/, 'Copy link to'));
    link.addEventListener('click', (event) => {
      event.preventDefault();
      navigator.clipboard.writeText(link.getAttribute(SECTION_PAGE_URL)!).then(
        () => {
          link.classList.add('copied');
          setTimeout(() => link.classList.remove('copied'), 2500);
          say('Link copied');
        },
        () => {
          location.hash = link.hash; // the address bar now holds a working link
          say('Could not copy; the link to this section is in the address bar');
        },
      );
    });
  }
}

/*
 * The contents (../components/Contents.astro): on a wide screen a column beside the text, open
 * and marking the section being read; on a narrow one folded until the reader opens it.
 */
const fold = document.querySelector<HTMLDetailsElement>('.contents-fold');
const wide = matchMedia('(min-width: 75rem)');
if (fold) {
  const sync = () => {
    // Open where it shows open, so screen readers hear the state the page shows.
    if (wide.matches) fold.open = true;
  };
  sync();
  wide.addEventListener('change', sync);

  const links = new Map<Element, HTMLAnchorElement>();
  for (const link of fold.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const section = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (section) links.set(section, link);
  }
  const visible = new Set<Element>();
  const mark = () => {
    // The first section on screen, in page order, is the one being read.
    const current = [...links.keys()].find((s) => visible.has(s));
    if (!current) return;
    for (const [section, link] of links) {
      if (section === current) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) entry.isIntersecting ? visible.add(entry.target) : visible.delete(entry.target);
      mark();
    },
    { rootMargin: '0px 0px -60% 0px' },
  );
  for (const section of links.keys()) observer.observe(section);
}
