/**
 * Text made safe for HTML, in element content and in double-quoted attribute values alike:
 * the five characters Astro escapes in text, escaped as Astro escapes them. (In attributes
 * Astro escapes only `&` and `"`; the other three, escaped too, read the same.) The site's one
 * escaper: the pages written outside Astro and the stages that edit built pages use it.
 */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
