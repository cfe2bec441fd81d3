// HTML handling shared by the exporters: parse and serialize with htmlparser2 (a real
// parser: attribute values, entities and script text stay exactly right, where regexes
// over HTML would not), visit every URL a page references, and keep the page's
// Content-Security-Policy true to the inline scripts and styles it ends up with.
import { DomUtils, parseDocument } from 'htmlparser2';
import { sha256, splitPolicy } from './csp.mjs';

/** @typedef {import('domhandler').Document} Document */
/** @typedef {import('domhandler').Element} Element */

/** @param {string} html @returns {Document} */
export const parseHtml = (html) => parseDocument(html, { decodeEntities: true, lowerCaseAttributeNames: true });

/** @param {Document} doc @returns {string} */
export const serialize = (doc) => DomUtils.getOuterHTML(doc, { encodeEntities: 'utf8', decodeEntities: true });

/**
 * @param {Document | Element} root
 * @param {(el: Element) => boolean} [test]
 * @returns {Element[]}
 */
export const elements = (root, test = () => true) => /** @type {Element[]} */ (DomUtils.findAll(test, root.children));

/** The text inside an element (a script's or a style's source). */
export const textOf = (/** @type {Element} */ el) => DomUtils.textContent(el);

/** Replaces an element's children with one text node (a script's or style's new source). */
export function setText(/** @type {Element} */ el, /** @type {string} */ text) {
  const doc = parseDocument(`<${el.name}>${text}</${el.name}>`);
  const parsed = /** @type {Element} */ (doc.children[0]);
  el.children = parsed.children;
  for (const child of el.children) child.parent = el;
}

/** Attributes that name a URL, per element. */
const URL_ATTRIBUTES = /** @type {Record<string, string[]>} */ ({
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
});
/** Schemes that never point at a file of the site. */
const OTHER_SCHEMES = /^(?:mailto|tel|javascript|data|blob|about):/i;

/**
 * Calls `rewrite` for every URL the page references (srcset candidates one by one) and
 * stores what it returns. The canonical link keeps its absolute hosted URL: it says where
 * the page lives, which stays true of a copy.
 * @param {Element[]} all every element of the page (from one `elements(doc)` walk: a big
 *   page is walked once, not once per question asked of it)
 * @param {(url: string, el: Element, attribute: string) => string} rewrite
 */
export function rewriteUrls(all, rewrite) {
  for (const el of all) {
    if (!(el.name in URL_ATTRIBUTES)) continue;
    if (el.name === 'link' && /\bcanonical\b/i.test(el.attribs.rel ?? '')) continue;
    for (const attribute of URL_ATTRIBUTES[el.name]) {
      const value = el.attribs[attribute];
      if (value === undefined) continue;
      const one = (/** @type {string} */ url) => (url === '' || url.startsWith('#') || OTHER_SCHEMES.test(url) ? url : rewrite(url, el, attribute));
      el.attribs[attribute] =
        attribute === 'srcset'
          ? value
              .split(',')
              .map((candidate) => {
                const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
                return [one(url), ...descriptor].join(' ');
              })
              .join(', ')
          : one(value.trim());
    }
  }
}

/**
 * Rewrites the url(…) references of a stylesheet. CSS is not HTML: its url() tokens are
 * simple enough to find by pattern (the same one scripts/lib/links.mjs checks them with).
 * @param {string} css
 * @param {(url: string) => string} rewrite
 */
export function rewriteCssUrls(css, rewrite) {
  return css.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (whole, quote, url) => {
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
 * @param {string} source
 * @param {string} file where it came from, for the message
 */
export function inlineableModule(source, file) {
  if (/(?:^|[;}\s])import\s*(?:[\w*{'"]|\()|(?:^|[;}\s])export\s+[\w*{]/.test(source)) {
    throw new Error(
      `${file}: this module script imports or exports other modules; a page opened from disk cannot load them. ` +
        'Keep page scripts self-contained (Astro bundles each page script into one file unless they share code).',
    );
  }
  if (/<\/script/i.test(source)) return source.replace(/<\/script/gi, '<\\/script');
  return source;
}

/**
 * Brings the page's Content-Security-Policy <meta> in line with its inline scripts and
 * styles: each gets its hash in script-src or style-src (no 'unsafe-inline'), and
 * `extraSources` adds sources to a directive (such as `data:` for inlined fonts).
 * @param {Element[]} all every element of the page
 * @param {Record<string, string[]>} [extraSources]
 */
export function updateCsp(all, extraSources = {}) {
  const meta = all.find((el) => el.name === 'meta' && el.attribs['http-equiv']?.toLowerCase() === 'content-security-policy');
  if (!meta) return;
  /** @type {Map<string, string[]>} */
  const directives = new Map();
  for (const directive of splitPolicy(meta.attribs.content ?? '')) {
    const [name = '', ...sources] = directive.split(' ');
    directives.set(name.toLowerCase(), sources);
  }
  const add = (/** @type {string} */ name, /** @type {string[]} */ sources) => {
    const current = directives.get(name) ?? [...(directives.get('default-src') ?? [])];
    for (const source of sources) if (!current.includes(source)) current.push(source);
    directives.set(name, current);
  };
  const hashes = (/** @type {string} */ tag) =>
    all
      .filter((el) => el.name === tag && !el.attribs.src && !(tag === 'script' && /json|importmap/.test(el.attribs.type ?? '')))
      .map((el) => `'${sha256(textOf(el))}'`);
  const scripts = hashes('script');
  const styles = hashes('style');
  if (scripts.length) add('script-src', scripts);
  if (styles.length) add('style-src', styles);
  for (const [name, sources] of Object.entries(extraSources)) add(name, sources);
  meta.attribs.content = [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

