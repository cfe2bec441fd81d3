/**
 * Puts one lesson's rendered HTML on the one-page handbook: every id gets the lesson's
 * prefix (`short-version` → `working-with-engineering--short-version`), so ids stay unique
 * on the page and still read like the lesson page's; every reference to an id (in-page
 * links, aria-labelledby, label for, radio group names) follows; links to other lessons
 * and their sections become links within this page; headings go one level down (the
 * lesson title is an h2 here, under the handbook's h1, so sections are h3). Uses a real HTML parser: the lesson
 * HTML holds author prose, where a regex would eventually rewrite the wrong thing.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

/** The id of a lesson's place on the page, or of one of its sections. */
export const printId = (lesson: string, id?: string): string => (id ? `${lesson}--${id}` : lesson);

/** Attributes that hold space-separated id references. */
const ID_LISTS = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'for', 'headers', 'list'];

export interface ScopeOptions {
  /** The lesson this HTML belongs to. */
  lesson: string;
  /** The site's base path, such as `/` or `/handbook/`: lesson links start with it. */
  base: string;
  /** Every slug a lesson is reachable at (former slugs too) → the lesson's id. */
  slugs: ReadonlyMap<string, string>;
}

/**
 * Where a link inside the handbook lands on this page, or undefined for links that leave
 * it. `/lessons/x/`, `/lessons/x/#s` and the section preview `/lessons/x/s/` all land here.
 */
function inPage(href: string, { lesson, base, slugs }: ScopeOptions): string | undefined {
  if (href.startsWith('#')) return `#${printId(lesson, decodeURIComponent(href.slice(1)))}`;
  if (!href.startsWith(`${base}lessons/`)) return undefined;
  const [path = '', fragment] = href.slice(`${base}lessons/`.length).split('#', 2);
  const [slug = '', section, ...rest] = path.split('/').filter(Boolean);
  const target = slugs.get(slug);
  if (!target || rest.length > 0) return undefined;
  const id = section ?? (fragment ? decodeURIComponent(fragment) : undefined);
  return `#${printId(target, id)}`;
}

/** The lesson's HTML with ids and links scoped to its place on the one-page handbook. */
export function scopeLessonHtml(html: string, options: ScopeOptions): string {
  const doc = parseDocument(html, { decodeEntities: true });
  const scope = (id: string) => printId(options.lesson, id);
  for (const el of DomUtils.findAll(() => true, doc.children) as Element[]) {
    const { attribs } = el;
    const level = /^h([2-5])$/.exec(el.name)?.[1];
    if (level) el.name = `h${Number(level) + 1}`;
    if (attribs.id) attribs.id = scope(attribs.id);
    for (const name of ID_LISTS) {
      if (attribs[name]) attribs[name] = attribs[name].split(/\s+/).filter(Boolean).map(scope).join(' ');
    }
    if (el.name === 'input' && attribs.name) attribs.name = scope(attribs.name);
    if (el.name === 'a' && attribs.href) attribs.href = inPage(attribs.href, options) ?? attribs.href;
    // The copy-link control copies the hosted section URL: the same on this page.
  }
  return DomUtils.getOuterHTML(doc, { encodeEntities: 'utf8', decodeEntities: true });
}
