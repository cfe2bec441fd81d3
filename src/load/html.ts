/**
 * HTML an author writes into a lesson (`<img src="diagram.png" width="300">`, as READMEs
 * do; `<a id="old-anchor"></a>`; a table with `<th id="m3">`), read with a real HTML parser
 * (htmlparser2): quoting, entities and comments are never mistaken for links or missed, as
 * a regex over HTML eventually would. Every attribute comes with its decoded value and
 * where it is in the text, so the check names the line it is on and the renderer changes
 * just that attribute. The checker collects links and ids here (./body.ts, ./sections.ts)
 * and the renderer points them where the site has them (src/render/section-tree.ts), so
 * both read the same HTML.
 */
import { Parser, type ParserOptions } from 'htmlparser2';
import { isAuthorUrlAttribute, rewriteSrcset } from './html-urls.ts';

export interface HtmlAttribute {
  /** The element's name, lower case. */
  tag: string;
  /** The attribute's name, lower case. */
  name: string;
  /** Its value, entities decoded. */
  value: string;
  /** Offsets of the whole attribute (`name="value"`) in the text: start, and just past its end. */
  start: number;
  end: number;
  /** Every attribute of the same element, by name. */
  element: Record<string, string>;
}

export interface HtmlElement {
  /** Its name, lower case. */
  tag: string;
  /** Its attributes, each once (the first, as browsers read it), by name. */
  attribs: Record<string, string>;
  /** Its attributes as written, in order, with where each is. */
  attributes: HtmlAttribute[];
  /** Whether it holds text other than blanks before the next tag (a `<script>`'s code). */
  text: boolean;
}

/** How an author's HTML is read, here and by the accessibility warnings (./accessibility.ts): as browsers read it, entities decoded, names in lower case. */
export const AUTHOR_HTML: ParserOptions = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };

/** Every opening tag in `html`, in the order they are written. */
export function htmlElements(html: string): HtmlElement[] {
  const found: HtmlElement[] = [];
  let open: HtmlElement | undefined;
  const parser = new Parser(
    {
      onopentagname(name) {
        open = { tag: name, attribs: {}, attributes: [], text: false };
        found.push(open);
      },
      onattribute(name, value) {
        open?.attributes.push({ tag: open.tag, name, value, start: parser.startIndex, end: parser.endIndex, element: open.attribs });
      },
      onopentag(_name, attribs) {
        if (!open) return;
        open.attribs = attribs;
        for (const attribute of open.attributes) attribute.element = attribs;
      },
      ontext(text) {
        if (open && text.trim()) open.text = true;
      },
      onclosetag() {
        open = undefined;
      },
    },
    AUTHOR_HTML,
  );
  parser.end(html);
  return found;
}

/** Every attribute of every opening tag in `html`, in the order they are written. */
export const htmlAttributes = (html: string): HtmlAttribute[] => htmlElements(html).flatMap((e) => e.attributes);

/**
 * The URL attributes with a value of an element of an author's HTML, in order: `href` and
 * `src` anywhere, and each element's own (`<object data>`, `poster`, `srcset`, …; ./html-urls.ts).
 * A srcset's value holds several URLs (./html-urls.ts, attributeUrls).
 */
export const urlAttributes = (element: HtmlElement): HtmlAttribute[] => element.attributes.filter((a) => a.value && isAuthorUrlAttribute(a.tag, a.name));

/** The line `offset` of `text` is on, counting from `first`, the line `text` starts on. */
export function lineIn(text: string, offset: number, first: number | undefined): number | undefined {
  if (first === undefined) return undefined;
  let line = first;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** An attribute as HTML text, its value double-quoted and escaped: `name="value"`. */
export const attribute = (name: string, value: string) => `${name}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;

/** `html` with each of `edits` (spans of it, from htmlAttributes) replaced by its text; the rest byte for byte. */
export function editAttributes(html: string, edits: readonly { start: number; end: number; text: string }[]): string {
  let out = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    out += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + html.slice(at);
}

/** The HTML with each URL attribute `rewrite` gives a new value rewritten (double-quoted, escaped); the rest byte for byte. */
export function rewriteHtmlUrls(html: string, rewrite: (url: string) => string | undefined): string {
  return editAttributes(
    html,
    htmlElements(html).flatMap(urlAttributes).flatMap((a) => {
      const to = a.name === 'srcset' ? rewriteSrcset(a.value, (url) => rewrite(url) ?? url) : rewrite(a.value);
      return to === undefined || to === a.value ? [] : [{ start: a.start, end: a.end, text: attribute(a.name, to) }];
    }),
  );
}
