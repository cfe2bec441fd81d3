/**
 * Puts one lesson's rendered HTML on the one-page handbook: every id gets the lesson's
 * prefix (`short-version` → `working-with-engineering--short-version`), so ids stay unique
 * on the page and still read like the lesson page's; every reference to an id (in-page
 * links, aria-labelledby, label for, radio group names) follows; links to other lessons
 * and their sections become links within this page; headings go one level down (the
 * lesson title is an h2 here, under the handbook's h1, so sections are h3).
 * htmlparser2 reads the HTML (author prose is in it, where a regex would eventually rewrite
 * the wrong thing) and says where each tag and attribute is; only those spans change.
 */
import { Parser } from 'htmlparser2';

/** The id of a lesson's place on the page, or of one of its sections. */
export const printId = (lesson: string, id?: string): string => (id ? `${lesson}--${id}` : lesson);

/** Attributes that hold space-separated id references. */
const ID_LISTS = new Set(['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'for', 'headers', 'list']);

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

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The lesson's HTML with ids and links scoped to its place on the one-page handbook. */
export function scopeLessonHtml(html: string, options: ScopeOptions): string {
  const edits: { start: number; end: number; text: string }[] = [];
  const scope = (id: string) => printId(options.lesson, id);
  let tag = '';
  const heading = (name: string) => /^h[2-5]$/.test(name);
  const parser = new Parser(
    {
      onopentagname(name) {
        tag = name;
        // `<h2` → `<h3`: the name is at startIndex + 1.
        if (heading(name)) edits.push({ start: parser.startIndex + 1, end: parser.startIndex + 3, text: `h${Number(name[1]) + 1}` });
      },
      onattribute(name, value) {
        let next: string | undefined;
        if (name === 'id' || (name === 'name' && tag === 'input')) next = scope(value);
        else if (ID_LISTS.has(name)) next = value.split(/\s+/).filter(Boolean).map(scope).join(' ');
        else if (name === 'href' && tag === 'a') next = inPage(value, options);
        // The copy-link control's data-share keeps the hosted section URL: the same here.
        if (next !== undefined && next !== value) {
          edits.push({ start: parser.startIndex, end: parser.endIndex, text: `${name}="${escapeAttribute(next)}"` });
        }
      },
      onclosetag(name, isImplied) {
        if (!isImplied && heading(name)) edits.push({ start: parser.startIndex + 2, end: parser.startIndex + 4, text: `h${Number(name[1]) + 1}` });
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + html.slice(at);
}
