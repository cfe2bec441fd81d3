/**
 * The contents (../components/Contents.astro) mark the section being read, with
 * aria-current="location" on its link.
 */
const contents = document.querySelector('.contents');
if (contents) {
  const links = new Map<Element, HTMLAnchorElement>();
  for (const link of contents.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
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
