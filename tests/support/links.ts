/**
 * Checks every internal link of a built site: each href/src (and srcset, CSS url()) that
 * points into the site must name a file that exists, and each #fragment must be an id on the
 * page it points to. Used by the quality tests on dist/ (served over HTTP, under the base
 * path, trailingSlash 'always') and on the offline copy opened from file://, where a folder
 * link does not open its index.html and a root-relative link leaves the copy.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Parser } from 'htmlparser2';
import { listFiles, OTHER_SCHEMES, URL_ATTRIBUTES } from '../../src/write/site-files.ts';

/** A broken link: `file` is relative to the site folder, `line` is 1-based. */
export interface BrokenLink {
  file: string;
  line: number;
  url: string;
  reason: string;
}
/** `links` counts every internal reference checked, `fragments` those with a #fragment. */
export interface LinkReport {
  pages: number;
  links: number;
  fragments: number;
  broken: BrokenLink[];
}
export interface LinkOptions {
  /** 'http' (default): served by a static host; 'file': opened from disk. */
  mode?: 'http' | 'file';
  /** The base path the site is served under (http mode), such as '/' or '/docs/'. */
  base?: string;
  /** The site's public URL: absolute links to it (canonical, og:url) are checked too. */
  site?: string;
}
type Ref = { url: string; index: number };

/** <meta> values that are URLs of this site: link previews must not point at a missing page. */
const URL_METAS = new Set(['og:url', 'og:image', 'twitter:image']);
/** The HTTP origin pages are pretended to be served from, to resolve links with WHATWG URLs. */
const ORIGIN = 'http://lessonbook.invalid';

/** Maps a character index of `text` to its line. */
function lineIndex(text: string): (index: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (index) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

const srcsetUrls = (srcset: string): string[] => srcset.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '').filter(Boolean);

/** Reads one HTML page: the ids it offers as fragment targets, and the URLs it references. */
function readPage(html: string): { ids: Set<string>; refs: Ref[] } {
  const ids = new Set<string>();
  const refs: Ref[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (attrs.id) ids.add(attrs.id);
        if (name === 'a' && attrs.name) ids.add(attrs.name);
        const index = parser.startIndex;
        for (const attr of URL_ATTRIBUTES[name] ?? []) {
          const value = attrs[attr];
          if (value === undefined) continue;
          for (const url of attr === 'srcset' ? srcsetUrls(value) : [value.trim()]) refs.push({ url, index });
        }
        const meta = attrs.property ?? attrs.name;
        if (name === 'meta' && meta && URL_METAS.has(meta) && attrs.content) refs.push({ url: attrs.content.trim(), index });
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { ids, refs };
}

function readStylesheet(css: string): Ref[] {
  const refs: Ref[] = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)) {
    const url = (m[2] ?? m[4] ?? '').trim();
    if (!url.startsWith('#')) refs.push({ url, index: m.index ?? 0 }); // #id in CSS names an SVG filter, not a page
  }
  return refs;
}

/** Checks every internal link and #fragment of the site in `dir` (dist/, or the offline copy). */
export function checkLinks(dir: string, options: LinkOptions = {}): LinkReport {
  const mode = options.mode ?? 'http';
  const base = (options.base ?? '/').replace(/\/?$/, '/').replace(/^\/?/, '/');
  const site = options.site ? new URL(base, options.site).href : undefined;
  const root = path.resolve(dir);
  const files = listFiles(root);
  const fileSet = new Set(files);

  /** The URL a file is opened at, to resolve its relative links against. */
  const urlOf = (file: string) => {
    if (mode === 'file') return pathToFileURL(path.join(root, file)).href;
    const served = file === 'index.html' || file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
    return ORIGIN + base + served.split('/').map(encodeURIComponent).join('/');
  };

  /** The site file a URL opens, or why it opens none; undefined for links that leave the site. */
  const target = (url: URL): { file: string } | { reason: string } | undefined => {
    let pathname: string;
    if (mode === 'file') {
      if (url.protocol !== 'file:') return undefined;
      const full = fileURLToPath(url);
      const rel = path.relative(root, full);
      if (rel.startsWith('..') || path.isAbsolute(rel)) return { reason: `leaves the site folder (${full})` };
      const file = rel.split(path.sep).join('/');
      if (url.pathname.endsWith('/') || fileSet.has(`${file}/index.html`)) {
        return { reason: 'names a folder, which a browser opening files from disk shows as a listing; link to its index.html' };
      }
      return fileSet.has(file) ? { file } : { reason: `no file ${file}` };
    }
    const href = url.href;
    if (url.origin === ORIGIN) pathname = url.pathname;
    else if (site && href.startsWith(site)) pathname = new URL(href).pathname;
    else return undefined;
    if (!pathname.startsWith(base)) return { reason: `is outside the base path ${base}` };
    let file: string;
    try {
      file = decodeURIComponent(pathname.slice(base.length));
    } catch {
      return { reason: 'has a malformed %-escape' };
    }
    if (file === '' || file.endsWith('/')) file += 'index.html';
    if (fileSet.has(file)) return { file };
    if (fileSet.has(`${file}/index.html`)) return { reason: "lacks the trailing slash (the site uses trailingSlash: 'always')" };
    return { reason: `no file ${file}` };
  };

  const idsOf = new Map<string, Set<string>>();
  const sources: { file: string; refs: Ref[]; line: (i: number) => number }[] = [];
  for (const file of files) {
    if (file.endsWith('.html')) {
      const html = readFileSync(path.join(root, file), 'utf8');
      const { ids, refs } = readPage(html);
      idsOf.set(file, ids);
      sources.push({ file, refs, line: lineIndex(html) });
    } else if (file.endsWith('.css')) {
      const css = readFileSync(path.join(root, file), 'utf8');
      sources.push({ file, refs: readStylesheet(css), line: lineIndex(css) });
    }
  }

  const broken: BrokenLink[] = [];
  let links = 0;
  let fragments = 0;
  for (const source of sources) {
    const from = urlOf(source.file);
    for (const { url, index } of source.refs) {
      if (url === '' || OTHER_SCHEMES.test(url)) continue;
      let resolved: URL;
      try {
        resolved = new URL(url, from);
      } catch {
        broken.push({ file: source.file, line: source.line(index), url, reason: 'is not a valid URL' });
        continue;
      }
      const found = target(resolved);
      if (!found) continue;
      links += 1;
      const report = (reason: string) => broken.push({ file: source.file, line: source.line(index), url, reason });
      if ('reason' in found) {
        report(found.reason);
        continue;
      }
      const fragment = resolved.hash.slice(1);
      if (!fragment) continue;
      fragments += 1;
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        report('has a malformed %-escape in its #fragment');
        continue;
      }
      const ids = idsOf.get(found.file);
      // A browser scrolls to the top for #top even without such an id (HTML's "indicated part").
      if (ids && !ids.has(id) && id.toLowerCase() !== 'top') report(`no id="${id}" on ${found.file}`);
    }
  }
  return { pages: idsOf.size, links, fragments, broken };
}

/** One line per broken link: `file:line: url: reason`. */
export function formatBroken(broken: BrokenLink[]): string {
  return broken.map((b) => `${b.file}:${b.line}: ${b.url} ${b.reason}`).join('\n');
}
