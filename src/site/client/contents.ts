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
  const order = [...links.keys()];
  /** Sections in the band where reading happens (see the observer below). */
  const visible = new Set<Element>();
  /** Sections anywhere on screen. */
  const onScreen = new Set<Element>();
  // The section a reader followed a link to (the address's #fragment): it is the one being
  // read while it is in the band, even when the one before it is too (the other of a
  // startup/enterprise pair), or while it is anywhere on screen and no section after it is in
  // the band (at the end of the page, one a jump cannot scroll up to the band at all).
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
    if (followed) {
      const readOn = order.slice(order.indexOf(followed.section) + 1).some((s) => visible.has(s));
      if (visible.has(followed.section) || (onScreen.has(followed.section) && !readOn)) followed.seen = true;
      else if (followed.seen) followed = undefined; // read on past it, or back above it
    }
    // Else the first section in the band, in page order, is the one being read.
    const current = followed?.seen ? followed.section : order.find((s) => visible.has(s));
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
  const first = order[0];
  const px = (value: string) => parseFloat(value) || 0;
  const landing = first ? px(getComputedStyle(document.documentElement).scrollPaddingTop) + px(getComputedStyle(first).scrollMarginTop) : 0;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) entry.isIntersecting ? visible.add(entry.target) : visible.delete(entry.target);
      mark();
    },
    { rootMargin: `-${Math.ceil(landing) + 4}px 0px -60% 0px` },
  );
  const screen = new IntersectionObserver((entries) => {
    for (const entry of entries) entry.isIntersecting ? onScreen.add(entry.target) : onScreen.delete(entry.target);
    mark();
  });
  for (const section of order) {
    observer.observe(section);
    screen.observe(section);
  }
}
