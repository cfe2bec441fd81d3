/**
 * The URLs in HTML: which attributes of which elements name one (`<img src=diagram.png>`,
 * `<object data="chart.svg">`, `<video poster=…>`, `<img srcset="a.png 1x, b.png 2x">`), and
 * the URLs a value holds. The loader collects these URLs from an author's HTML and MDX
 * (./html.ts reads the HTML; to check and publish what they name), the renderer points them
 * where the site has the files, and the stages that read built pages (src/write, src/export)
 * follow the same list.
 */

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
 * Whether an attribute an author writes names a URL, in HTML and in MDX alike: `href` and
 * `src` on any element (so on a component, `<Figure src="chart.png" />`, which passes them on
 * to an element like these), and an HTML element's own (`<object data>`, `poster`, `srcset`).
 */
export const isAuthorUrlAttribute = (element: string, attribute: string): boolean =>
  attribute === 'href' || attribute === 'src' || (URL_ATTRIBUTES[element]?.includes(attribute) ?? false);

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
