/**
 * HTML an author writes into a lesson (`<img src="diagram.png" width="300">`, as READMEs
 * do), read with a real HTML parser (htmlparser2): quoting, entities and comments are never
 * mistaken for links or missed, as a regex over HTML eventually would. The checker collects
 * its links here (./body.ts) and the renderer points them where the site has them
 * (src/render/section-tree.ts), so both read the same URLs.
 */
import { Parser } from 'htmlparser2';

/** The attributes that hold a URL an author wrote, in HTML and in MDX's JSX alike. */
export const AUTHOR_URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src']);

/** A URL in an author's HTML: the attribute, its decoded value, and where `name="value"` is in the text. */
export interface HtmlUrl {
  name: string;
  url: string;
  start: number;
  end: number;
}

/** Every URL attribute (AUTHOR_URL_ATTRIBUTES) in a piece of an author's HTML, in order. */
export function htmlUrls(html: string): HtmlUrl[] {
  const found: HtmlUrl[] = [];
  const parser = new Parser(
    {
      onattribute(name, value) {
        if (AUTHOR_URL_ATTRIBUTES.has(name)) found.push({ name, url: value, start: parser.startIndex, end: parser.endIndex });
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return found;
}

/** The HTML with each URL attribute `rewrite` gives a new value rewritten (double-quoted, escaped); the rest byte for byte. */
export function rewriteHtmlUrls(html: string, rewrite: (url: string) => string | undefined): string {
  let out = '';
  let at = 0;
  for (const { name, url, start, end } of htmlUrls(html)) {
    const to = rewrite(url);
    if (to === undefined) continue;
    out += `${html.slice(at, start)}${name}="${to.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;
    at = end;
  }
  return out + html.slice(at);
}
