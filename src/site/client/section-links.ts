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
  // The section a reader followed a link to (the address's #fragment): it is the one being
  // read while it is on screen, even when the one before it is too — the other of a
  // startup/enterprise pair, or, at the end of the page, one a jump cannot scroll past.
  let followed: { section: Element; seen: boolean } | undefined;
  const follow = () => {
    const section = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    followed = section && links.has(section) ? { section, seen: false } : undefined;
  };
  follow();
  addEventListener('hashchange', () => {
    follow();
    mark();
  });
  const mark = () => {
    if (followed && visible.has(followed.section)) followed.seen = true;
    else if (followed?.seen) followed = undefined; // read on past it
    // Else the first section on screen, in page order, is the one being read.
    const current = followed?.seen ? followed.section : [...links.keys()].find((s) => visible.has(s));
    if (!current) return;
    for (const [section, link] of links) {
      if (section === current) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };
  // Followed to a section, the page stops with the section's top this far down (the page's
  // scroll padding and the section's scroll margin); the end of the section before it is
  // still on screen above that line. Only what lies below the line, in the top 40% of the
  // screen, counts as being read, so that end does not make the section before it current.
  const first = links.keys().next().value;
  const px = (value: string) => parseFloat(value) || 0;
  const landing = first ? px(getComputedStyle(document.documentElement).scrollPaddingTop) + px(getComputedStyle(first).scrollMarginTop) : 0;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) entry.isIntersecting ? visible.add(entry.target) : visible.delete(entry.target);
      mark();
    },
    { rootMargin: `-${Math.ceil(landing) + 4}px 0px -60% 0px` },
  );
  for (const section of links.keys()) observer.observe(section);
}

/*
 * The pages beside the lesson (../components/PartNav.astro): like the contents, a column shown
 * open on a wide screen, so it is open there for screen readers too.
 */
const besides = document.querySelector<HTMLDetailsElement>('.part-nav-fold');
if (besides) {
  const open = () => {
    if (wide.matches) besides.open = true;
  };
  open();
  wide.addEventListener('change', open);
}

/*
 * A fragment that differs from an anchor of the page only in letter case (`#FAQ` for the
 * heading "FAQ", anchored `#faq`), typed or pasted, lands on that anchor, as on GitHub.
 * Links written in the handbook get the anchor's spelling when it is built (src/write/fragments.ts).
 */
const land = () => {
  let fragment = location.hash.slice(1);
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    // as written
  }
  if (!fragment || document.getElementById(fragment)) return;
  const lower = fragment.toLowerCase();
  const match = [...document.querySelectorAll('[id]')].find((e) => e.id.toLowerCase() === lower);
  if (match) location.replace(`#${encodeURIComponent(match.id)}`);
};
land();
addEventListener('hashchange', land);
