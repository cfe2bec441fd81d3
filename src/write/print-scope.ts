/**
 * Puts one lesson's rendered HTML on a page of many lessons (the one-page handbook, the
 * handbook in short): every id gets the lesson's prefix (`short-version` →
 * `working-with-engineering--short-version`), so ids stay unique on the page and still read
 * like the lesson page's; every reference to an id (aria-labelledby, label for, radio group
 * names) follows; links go where the page says (on the one-page handbook, links within the
 * lesson and to other lessons and their sections land on the page itself); headings go one
 * level down (the lesson title is an h2 here, under the handbook's h1, so sections are h3);
 * and the lesson's own module scripts go (the page loads the quiz's once; a copy per lesson
 * would define its custom element again, which throws). The edits are made in place on the
 * built HTML (editHtml), so author text stays exactly as rendered.
 */
import { parseHref, printId } from '../contract/index.ts';
import { escapeHtml } from '../site/html.ts';
import { editHtml } from './html-edit.ts';

/** Attributes that hold space-separated id references. */
const ID_LISTS = new Set(['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'for', 'headers', 'list']);
const HEADING = /^h[2-5]$/;

export interface ScopeOptions {
  /** The lesson this HTML belongs to. */
  lesson: string;
  /**
   * Where a link of the lesson (an `<a href>`) goes on this page: its new href, or undefined
   * to leave it as it is. The one-page handbook passes `inPageLink`; a page that shows only
   * part of each lesson, one that keeps links going to the lessons.
   */
  link(href: string): string | undefined;
}

/**
 * For a page that holds every lesson (the one-page handbook), or a volume of them: where a
 * link inside the handbook lands on the printed handbook, or undefined for links that leave
 * it. `/lessons/x/`, `/lessons/x/#s` and the section page `/lessons/x/s/` all land on x's
 * place: on this page, or, for a lesson on another page (in another volume), on the page
 * `away` gives for it (`/print/3/`). `base` is the site's base path, such as `/` or
 * `/handbook/`; `slugs` maps every slug a lesson is reachable at (former slugs too) to the
 * lesson's slug.
 */
export function inPageLink(
  lesson: string,
  base: string,
  slugs: ReadonlyMap<string, string>,
  away: (lesson: string) => string | undefined = () => undefined,
): (href: string) => string | undefined {
  return (href) => {
    if (href.startsWith('#')) return `#${printId(lesson, decodeURIComponent(href.slice(1)))}`;
    const to = parseHref(href, base);
    if (to?.target.kind !== 'lesson' && to?.target.kind !== 'section') return undefined;
    const target = slugs.get(to.target.slug);
    if (!target) return undefined;
    return `${away(target) ?? ''}#${printId(target, to.target.kind === 'section' ? to.target.section : to.fragment || undefined)}`;
  };
}

/**
 * The lesson's HTML with ids scoped to its place on a page of many lessons, and links as
 * `options.link` says. A reference to an id the HTML does not hold (part of a lesson, such
 * as a footnote mark whose notes are not on the page) is dropped: it would point at nothing.
 */
export function scopeLessonHtml(html: string, options: ScopeOptions): string {
  const scope = (id: string) => printId(options.lesson, id);
  const ids = new Set(Array.from(html.matchAll(/\sid="([^"]*)"/g), (m) => m[1]!));
  const held = (id: string) => ids.has(id) || ids.has(escapeHtml(id));
  return editHtml(html, (edit) => {
    /** `h2` → `h3` for the tag name that starts at `at`. */
    const lower = (name: string, at: number) => edit(at, at + 2, `h${Number(name[1]) + 1}`);
    /** Where an open module script starts. */
    let script: number | undefined;
    return {
      open(tag) {
        if (HEADING.test(tag.name)) lower(tag.name, tag.start + 1); // `<h2`
        if (tag.name === 'script' && tag.attribs.type === 'module') script = tag.start;
        for (const [name, value] of Object.entries(tag.attribs)) {
          let next: string | undefined;
          if (name === 'id' || (name === 'name' && tag.name === 'input')) next = scope(value);
          else if (ID_LISTS.has(name)) {
            const kept = value.split(/\s+/).filter((id) => id && held(id));
            if (kept.length === 0) {
              tag.remove(name);
              continue;
            }
            next = kept.map(scope).join(' ');
          }
          else if (name === 'href' && tag.name === 'a') next = options.link(value);
          // The copy-link control keeps the URL of the hosted section page (SECTION_PAGE_URL): the same here.
          if (next !== undefined && next !== value) tag.set(name, next);
        }
      },
      close(name, span) {
        if (HEADING.test(name)) lower(name, span.start + 2); // `</h2`
        if (name === 'script' && script !== undefined) {
          edit(script, span.end, '');
          script = undefined;
        }
      },
    };
  });
}
