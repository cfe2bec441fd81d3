/**
 * The URLs in HTML: which attributes of which elements name one, and where they are in HTML
 * an author wrote into a lesson (`<img src=diagram.png>`, `<object data="chart.svg">`,
 * `<video poster=…>`, `<img srcset="a.png 1x, b.png 2x">`). htmlparser2 reads it, as browsers
 * would: quoted or not, entities decoded, comments and script text never mistaken for tags.
 * The loader collects these URLs (to check and publish what they name), the renderer points
 * them where the site has the files, and the stages that read built pages (src/write,
 * src/export) follow the same list.
 */
import { Parser } from 'htmlparser2';

/** Attributes that name a URL, per element. */
export const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/**
 * The URL attributes of an MDX element: `href` and `src` on any (as ./html.ts reads HTML), an
 * HTML element's own (`<object data>`, `poster`, `srcset`), and so `href` and `src` on a
 * component (`<Figure src="chart.png" />`), which passes them on to an element like these.
 */
export const jsxUrlAttributes = (element: string): string[] => [...new Set(['href', 'src', ...(URL_ATTRIBUTES[element] ?? [])])];

/** Schemes that never point at a file of the site. */
export const OTHER_SCHEMES = /^(?:mailto|tel|javascript|data|blob|about):/i;

/** The URLs of a `srcset` value, each with its descriptor (`2x`, `480w`). */
export function srcsetCandidates(value: string): { url: string; descriptor: string }[] {
  return value
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
      return { url, descriptor: descriptor.join(' ') };
    })
    .filter((c) => c.url !== '');
}

/** A `srcset` value with each URL replaced by what `rewrite` makes of it. */
export const rewriteSrcset = (value: string, rewrite: (url: string) => string) =>
  srcsetCandidates(value)
    .map(({ url, descriptor }) => [rewrite(url), descriptor].filter(Boolean).join(' '))
    .join(', ');

/** The URLs an attribute value holds: one, or a srcset's several. */
export const attributeUrls = (attribute: string, value: string): string[] =>
  attribute === 'srcset' ? srcsetCandidates(value).map((c) => c.url) : [value.trim()];

/** A URL written in an attribute of an element. */
export interface HtmlUrl {
  element: string;
  attribute: string;
  url: string;
  /** The element's other attributes (decoded), such as a script's `type`. */
  attribs: Record<string, string>;
}

/** A `<script>` element an author wrote: its `src`, if any, and whether it holds code. */
export interface HtmlScript {
  src: string | undefined;
  type: string | undefined;
  inline: boolean;
}

interface Found {
  urls: HtmlUrl[];
  scripts: HtmlScript[];
  /** `style` attribute values. */
  styles: string[];
}

/** Reads a piece of HTML, calling `onTag` with each opening tag and the span of each attribute. */
function walk(html: string, onTag: (name: string, attribs: Record<string, string>, spans: Map<string, [number, number]>) => void, onScriptText?: (text: string) => void) {
  let spans = new Map<string, [number, number]>();
  const parser = new Parser(
    {
      onopentagname() {
        spans = new Map();
      },
      onattribute(name) {
        if (!spans.has(name)) spans.set(name, [parser.startIndex, parser.endIndex]);
      },
      onopentag(name, attribs) {
        onTag(name, attribs, spans);
      },
      ontext(text) {
        onScriptText?.(text);
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true, lowerCaseTags: true },
  );
  parser.end(html);
}

/** Every URL, script and `style` attribute in a piece of author HTML. */
export function readHtml(html: string): Found {
  const found: Found = { urls: [], scripts: [], styles: [] };
  let open: HtmlScript | undefined;
  walk(
    html,
    (name, attribs) => {
      open = undefined;
      if (attribs.style !== undefined) found.styles.push(attribs.style);
      for (const attribute of URL_ATTRIBUTES[name] ?? []) {
        const value = attribs[attribute];
        if (value === undefined) continue;
        for (const url of attributeUrls(attribute, value)) found.urls.push({ element: name, attribute, url, attribs });
      }
      if (name === 'script') {
        open = { src: attribs.src, type: attribs.type, inline: false };
        found.scripts.push(open);
      }
    },
    (text) => {
      if (open && text.trim()) open.inline = true;
    },
  );
  return found;
}
