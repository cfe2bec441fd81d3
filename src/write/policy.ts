/**
 * Each page's own Content-Security-Policy, and the build's check of its own output. Astro
 * writes one policy into every page (src/site/csp.ts: images from the site and data:, no
 * objects, no inline styles); a lesson may embed more — a remote image, a video, an iframe,
 * an `<object data>`, a `style` attribute. This stage reads what each page holds as built (so
 * what components, MDX expressions and the team's rehype plugins add counts too) and widens
 * that page's policy by exactly that: each remote origin in the directive its element loads
 * through, 'self' for a local object, the hash of each `style` attribute (with
 * 'unsafe-hashes', only on a page that has one), and the hash of each `<style>` element.
 * Nothing else is allowed on any page ('unsafe-inline' never).
 *
 * Reading the same HTML, it lists every reference to a file of the site that the build did
 * not write: the build then stops, naming the lesson (a lesson passes the check, so this
 * finds what a plugin or component wrote, or a file the build failed to publish).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { attributeUrls, OTHER_SCHEMES, URL_ATTRIBUTES } from '../load/html-urls.ts';
import { fileToPath, pageFile } from '../contract/index.ts';
import { htmlParser } from './built-page.ts';
import { splitPolicy } from './headers.ts';
import { CSS_URL, editHtml, hashSource, isCspMeta, widenPolicy } from './html-edit.ts';

/** The fetch directives a lesson's content widens. */
export type Directive = 'img-src' | 'media-src' | 'frame-src' | 'object-src' | 'style-src';

/** What a page's content needs of the policy, by directive, and the references it makes. */
export interface PageNeeds {
  sources: Map<Directive, Set<string>>;
  /** Whether a `style` attribute is among its style-src hashes: a hash matches one only beside 'unsafe-hashes'. */
  styleAttributes: boolean;
  /** URLs of this site's files (resolved against the page, without #fragment or ?query). */
  references: { url: string; element: string; attribute: string }[];
}

/** Which directive an element's URL attribute loads through (`inMedia`: inside <video> or <audio>). */
function directiveOf(element: string, attribute: string, inMedia: boolean): Directive | undefined {
  if (element === 'img' || element === 'image' || (element === 'input' && attribute === 'src') || attribute === 'poster') return 'img-src';
  if (element === 'source') return inMedia ? 'media-src' : 'img-src';
  if (element === 'video' || element === 'audio' || element === 'track') return 'media-src';
  if (element === 'iframe' || element === 'frame') return 'frame-src';
  if (element === 'object' || element === 'embed') return 'object-src';
  return undefined;
}

/**
 * What the HTML `html` (a page, or part of one) at `pageUrl` needs of the policy, and which
 * files of the site at `root` it references.
 */
export function pageNeeds(html: string, pageUrl: URL, root: URL): PageNeeds {
  const sources = new Map<Directive, Set<string>>();
  const add = (directive: Directive, source: string) => {
    let set = sources.get(directive);
    if (!set) sources.set(directive, (set = new Set()));
    set.add(source);
  };
  const references: PageNeeds['references'] = [];
  let styleAttributes = false;
  let media = 0;
  let style: string | undefined;
  /** A URL loaded through `directive`: its origin, when it is another site's; 'self' for a local object. */
  const load = (raw: string, element: string, attribute: string, directive: Directive | undefined) => {
    if (raw === '' || raw.startsWith('#') || OTHER_SCHEMES.test(raw)) return;
    let url: URL;
    try {
      url = new URL(raw, pageUrl);
    } catch {
      return;
    }
    if (url.origin !== root.origin) {
      if (directive && (url.protocol === 'https:' || url.protocol === 'http:')) add(directive, url.origin);
      return;
    }
    if (directive === 'object-src') add(directive, "'self'");
    if (url.pathname.startsWith(root.pathname)) references.push({ url: url.pathname, element, attribute });
  };
  htmlParser({
    onopentag(name, attribs) {
      if (name === 'video' || name === 'audio') media++;
      if (name === 'style') style = '';
      for (const attribute of URL_ATTRIBUTES[name] ?? []) {
        const value = attribs[attribute];
        if (value === undefined) continue;
        const directive = directiveOf(name, attribute, media > 0);
        for (const url of attributeUrls(attribute, value)) load(url, name, attribute, directive);
      }
      if (attribs.style !== undefined) {
        styleAttributes = true;
        add('style-src', hashSource(attribs.style));
        // What a url() in a style attribute loads is an image.
        for (const m of attribs.style.matchAll(CSS_URL)) load(m[2]!.trim(), name, 'style', 'img-src');
      }
    },
    ontext(text) {
      if (style !== undefined) style += text;
    },
    onclosetag(name) {
      if ((name === 'video' || name === 'audio') && media > 0) media--;
      // A <style> element a lesson holds: allowed by its exact text's hash, as Astro's own are.
      if (name === 'style' && style !== undefined) {
        if (style.trim()) add('style-src', hashSource(style));
        style = undefined;
      }
    },
  }).end(html);
  return { sources, styleAttributes, references };
}

/** `needs` of several pieces of HTML as one (the one-page handbook holds every lesson). */
export function mergeNeeds(all: Iterable<PageNeeds>): PageNeeds {
  const merged: PageNeeds = { sources: new Map(), styleAttributes: false, references: [] };
  for (const needs of all) {
    merged.styleAttributes ||= needs.styleAttributes;
    for (const [directive, values] of needs.sources) merged.sources.set(directive, new Set([...(merged.sources.get(directive) ?? []), ...values]));
    merged.references.push(...needs.references);
  }
  return merged;
}

/** The page policy `policy` widened by `needs` (unchanged when it needs nothing more). */
export function policyFor(policy: string, needs: PageNeeds): string {
  if (needs.sources.size === 0) return policy;
  const sources: Record<string, string[]> = {};
  for (const [directive, values] of needs.sources) {
    const list = [...values].sort();
    // A hash matches a style attribute only beside 'unsafe-hashes' (CSP3); it allows nothing else.
    sources[directive] = directive === 'style-src' && needs.styleAttributes ? ["'unsafe-hashes'", ...list] : list;
  }
  return widenPolicy(policy, sources);
}

/** Rewrites the <meta> policy of the built page `file` to fit `needs`; returns the directives it widened. */
export function writePagePolicy(file: string, needs: PageNeeds): Directive[] {
  if (needs.sources.size === 0) return [];
  const html = readFileSync(file, 'utf8');
  const edited = editHtml(html, () => ({
    open(tag) {
      if (isCspMeta(tag)) tag.set('content', policyFor(tag.attribs.content ?? '', needs));
    },
  }));
  writeFileSync(file, edited);
  return [...needs.sources.keys()];
}

/** Where a page of the site is hosted: `lessons/x/index.html` → `<root>lessons/x/`. */
export const pageUrlOf = (root: URL, file: string) => new URL(fileToPath(file), root);

/** A reference of a built page to a file the build did not write. */
export interface DeadReference {
  /** The lesson it comes from (relative to the project), or the page when no lesson is known. */
  source: string;
  page: string;
  url: string;
  element: string;
  attribute: string;
}

/**
 * The references in `needs` (of the page `page`) that name no file of the built site: `files`
 * are the site's files, relative to `root`'s path. A folder URL names its index.html.
 */
export function deadReferences(needs: PageNeeds, files: ReadonlySet<string>, root: URL, page: string, source: string): DeadReference[] {
  const dead: DeadReference[] = [];
  for (const ref of needs.references) {
    const file = pageFile(ref.url.slice(root.pathname.length));
    if (files.has(file) || files.has(`${file}/index.html`)) continue;
    dead.push({ source, page, ...ref });
  }
  return dead;
}

/** The line an author reads for a dead reference. */
export const formatDead = (d: DeadReference) =>
  `${d.source}: <${d.element} ${d.attribute}="${d.url}">: the built page ${d.page} names ${d.url}, which the build did not write; check the path (npm run check lists what a lesson names), or what the component or plugin that wrote it expects`;

/**
 * The policy for `_headers`: what holds on every page, so it may be sent with all of them —
 * the directives no page widened (a header policy and a page's <meta> policy are both
 * enforced, so a header with a narrower directive would block what the page allows), with
 * default-src only when no page widened anything (it stands in for the directives a page
 * leaves out), and the directives a <meta> policy cannot carry.
 */
export function sharedPolicy(policy: string, widened: ReadonlySet<string>): string[] {
  return splitPolicy(policy).filter((d) => {
    const name = d.split(' ')[0]!.toLowerCase();
    return !widened.has(name) && !(name === 'default-src' && widened.size > 0);
  });
}
