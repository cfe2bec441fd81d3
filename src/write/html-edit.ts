/**
 * Editing built HTML in place: for the one-page handbook and the handbook in short (their
 * lessons' ids and links, ./print-scope.ts), and for the offline copy and the single-file
 * export (their URLs, scripts and policy, src/export/). The one parser of built pages
 * (./built-page.ts, htmlparser2: quoting, entities, script text and comments are never
 * mistaken for tags or links, as a regex over HTML eventually would) tells where every tag
 * and attribute is; the stages then change only those spans of the original text. Everything
 * else stays byte for byte as the build wrote it — so the scripts' CSP hashes stay true — and
 * no document tree is built and serialized again per page.
 */
import { sha256 } from '../site/csp.ts';
import { escapeHtml } from '../site/html.ts';
import { htmlParser } from './built-page.ts';
import { splitPolicy } from './headers.ts';
import { OTHER_SCHEMES, rewriteSrcset, URL_ATTRIBUTES } from '../load/html-urls.ts';

export { isCspMeta } from './headers.ts';

/**
 * The site's one escaper (../site/html.ts), under the names src/export/ knows it by: safe
 * inside a double-quoted attribute value and as element content alike.
 */
export { escapeHtml as escapeAttribute, escapeHtml as escapeText };

/** An opening tag, as the handlers see it. */
export interface Tag {
  name: string;
  /** Decoded values. */
  attribs: Record<string, string>;
  /** Offset of `<`. */
  start: number;
  /** Offset just past `>`. */
  end: number;
  /** Gives an existing attribute a new value. */
  set(attribute: string, value: string): void;
  /** Takes an existing attribute away. */
  remove(attribute: string): void;
  /** Replaces the whole tag (for a void element: the element). */
  replace(text: string): void;
}

export interface EditHandlers {
  open?(tag: Tag): void;
  /** An explicit end tag. */
  close?(name: string, span: { start: number; end: number }): void;
  /** After the last tag, before the edits are applied. */
  done?(): void;
}

export type Edit = (start: number, end: number, text: string) => void;

/**
 * Reads `html` with htmlparser2 and returns it with the handlers' edits applied. Handlers
 * edit through `tag.set` / `tag.replace` or `edit(start, end, text)` on offsets of `html`;
 * an edit inside a span another edit replaces is dropped (the outer one wins).
 */
export function editHtml(html: string, handlersFor: (edit: Edit) => EditHandlers): string {
  const edits: { start: number; end: number; text: string }[] = [];
  const edit: Edit = (start, end, text) => void edits.push({ start, end, text });
  const handlers = handlersFor(edit);
  let spans = new Map<string, [number, number]>();
  const parser = htmlParser({
    onopentagname() {
      spans = new Map();
    },
    onattribute(name) {
      // startIndex..endIndex is exactly `name="value"` (or `name=value`, or `name`).
      if (!spans.has(name)) spans.set(name, [parser.startIndex, parser.endIndex]);
    },
    onopentag(name, attribs) {
      const start = parser.startIndex;
      const end = parser.endIndex + 1;
      const own = spans;
      handlers.open?.({
        name,
        attribs,
        start,
        end,
        set(attribute, value) {
          const span = own.get(attribute);
          if (!span) throw new Error(`<${name}> has no ${attribute} attribute to change`);
          edit(span[0], span[1], `${attribute}="${escapeHtml(value)}"`);
        },
        remove(attribute) {
          const span = own.get(attribute);
          if (!span) throw new Error(`<${name}> has no ${attribute} attribute to remove`);
          edit(span[0], span[1], '');
        },
        replace: (text) => edit(start, end, text),
      });
    },
    onclosetag(name, isImplied) {
      if (!isImplied) handlers.close?.(name, { start: parser.startIndex, end: parser.endIndex + 1 });
    },
  });
  parser.end(html);
  handlers.done?.();

  // Insertions (start === end) before replacements at the same offset; wider spans first.
  edits.sort((a, b) => a.start - b.start || (a.start === a.end ? -1 : 0) - (b.start === b.end ? -1 : 0) || b.end - a.end);
  let out = '';
  let at = 0;
  for (const e of edits) {
    if (e.start < at) continue; // inside a span already replaced
    out += html.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + html.slice(at);
}

/**
 * Calls `rewrite` for each URL of a tag that names one (srcset candidates one by one) and
 * sets what it returns. The canonical link keeps its absolute hosted URL: it says where the
 * page lives, which stays true of a copy.
 */
export function rewriteTagUrls(tag: Tag, rewrite: (url: string, attribute: string) => string): void {
  if (tag.name === 'link' && /\bcanonical\b/i.test(tag.attribs.rel ?? '')) return;
  for (const attribute of URL_ATTRIBUTES[tag.name] ?? []) {
    const value = tag.attribs[attribute];
    if (value === undefined) continue;
    const one = (url: string) => (url === '' || url.startsWith('#') || OTHER_SCHEMES.test(url) ? url : rewrite(url, attribute));
    const next = attribute === 'srcset' ? rewriteSrcset(value, one) : one(value.trim());
    if (next !== value) tag.set(attribute, next);
  }
}

/**
 * A `url(…)` of CSS (a stylesheet, or a style attribute: ./policy.ts): its quote, then its
 * URL. CSS is not HTML: its url() tokens are simple enough to find by pattern
 * (tests/support/links.ts finds them with the same one, and `@import "…"` too).
 */
export const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)/g;

/** Rewrites the url(…) references of a stylesheet (not its `@import "…"`). */
export function rewriteCssUrls(css: string, rewrite: (url: string) => string): string {
  return css.replace(CSS_URL, (whole: string, quote: string, url: string) => {
    const trimmed = url.trim();
    if (trimmed.startsWith('#') || OTHER_SCHEMES.test(trimmed)) return whole;
    return `url(${quote}${rewrite(trimmed)}${quote})`;
  });
}

/**
 * A module script's source, ready to inline: a page opened from file:// may not load a
 * module script by URL, but runs an inline one. Astro inlines its small scripts itself;
 * this covers a bigger one it writes to a file. One that imports others cannot be inlined
 * alone, so the export stops and says so rather than ship a page whose script fails.
 * `file` is where it came from, for the message.
 */
export function inlineableModule(source: string, file: string): string {
  if (/(?:^|[;}\s])import\s*(?:[\w*{'"]|\()|(?:^|[;}\s])export\s+[\w*{]/.test(source)) {
    throw new Error(
      `${file}: this module script imports or exports other modules; a page opened from disk cannot load them. ` +
        'Keep page scripts self-contained (Astro bundles each page script into one file unless they share code).',
    );
  }
  return inlineableScript(source);
}

/** Script text that cannot end its <script> element early. */
export const inlineableScript = (source: string) => source.replace(/<\/script/gi, '<\\/script');

/**
 * The page's Content-Security-Policy with more sources: the hashes of scripts and styles
 * the export inlined (no 'unsafe-inline'), `data:` for inlined images and fonts, or what a
 * page's lessons embed (./policy.ts). `sources` are by directive; a directive the policy
 * leaves out starts from its default-src.
 */
export function widenPolicy(policy: string, sources: Record<string, string[]>): string {
  const directives = new Map<string, string[]>();
  for (const directive of splitPolicy(policy)) {
    const [name = '', ...values] = directive.split(' ');
    directives.set(name.toLowerCase(), values);
  }
  for (const [name, values] of Object.entries(sources)) {
    if (values.length === 0) continue;
    // 'none' stands alone: a source added replaces it.
    const current = (directives.get(name) ?? [...(directives.get('default-src') ?? [])]).filter((v) => v !== "'none'");
    for (const value of values) if (!current.includes(value)) current.push(value);
    directives.set(name, current);
  }
  return [...directives].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/** A CSP source for an inline script or style. */
export const hashSource = (text: string) => `'${sha256(text)}'`;
