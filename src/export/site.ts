/**
 * The built site as the exporters see it: its files, where it is hosted (site URL and base
 * path, read from the home page's canonical link, so the export always matches the build it
 * reuses), which pages only redirect, and where any URL of the site finally lands.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { fileToPath, pageFile } from '../contract/index.ts';
import { htmlParser } from '../write/built-page.ts';
import { listFiles } from '../write/site-files.ts';

/** Files a host reads but a reader never opens: left out of the offline copy. */
export const HOST_ONLY = /^(?:_headers|_redirects|robots\.txt|sitemap[^/]*\.xml|404\.html)$/;

/** Where fromHead reads into (it reads one file at a time, start to end). */
const chunk = Buffer.allocUnsafe(16 * 1024);

/** What a tag of a page's <head> tells, when it is the tag looked for. */
type Pick = (name: string, attrs: Record<string, string>) => string | undefined;

/**
 * What `pick` finds first in the <head> of the page `file`. The parser stops at <body>, and
 * the file is read only that far: redirect pages are most of a big site's files, and the
 * one-page handbook is most of its bytes.
 */
function fromHead(file: string, pick: Pick): string | undefined {
  let found: string | undefined;
  let done = false;
  const parser = htmlParser({
    onopentag(name, attrs) {
      if (done) return;
      found = pick(name, attrs);
      if (found !== undefined || name === 'body') {
        done = true;
        parser.pause();
      }
    },
  });
  const fd = openSync(file, 'r');
  try {
    const text = new StringDecoder('utf8');
    while (!done) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      parser.write(text.write(chunk.subarray(0, read)));
    }
    if (!done) parser.end(text.end());
  } finally {
    closeSync(fd);
  }
  return found;
}

/** A `<link rel="canonical">`'s href. */
const canonical: Pick = (name, attrs) =>
  name === 'link' && (attrs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') ? attrs.href : undefined;

/** The target of a `<meta http-equiv="refresh">`. */
const refresh: Pick = (name, attrs) =>
  name === 'meta' && attrs['http-equiv']?.toLowerCase() === 'refresh' ? /url\s*=\s*['"]?([^'"]+)/i.exec(attrs.content ?? '')?.[1]?.trim() : undefined;

export interface Site {
  /** The built site folder. */
  dir: string;
  /** Every file, relative to dir. */
  files: string[];
  /** The hosted URL of the site's home (site URL + base path). */
  root: URL;
  /** The hosted URL of a file. */
  urlOf(file: string): URL;
  /** Whether a URL is inside this site (origin and base path). */
  owns(url: URL): boolean;
  /**
   * The file a URL of this site finally opens (redirects followed), with its #fragment;
   * undefined when the site has no such file.
   */
  land(url: URL): { file: string; hash: string } | undefined;
  /** The HTML pages a reader reads (no redirects, no 404). */
  pages(): string[];
}

/** What reading a built site finds: plain data, so a worker thread can be handed it instead of reading it again. */
export interface SiteData {
  dir: string;
  files: string[];
  root: string;
  /** Redirect page file → where it sends readers (a URL). */
  redirects: [file: string, to: string][];
}

/** Reads a built site: its files, where it is hosted, and which pages only redirect. */
export function readSiteData(dir: string): SiteData {
  const files = listFiles(dir);
  const home = fromHead(path.join(dir, 'index.html'), canonical);
  if (!home) throw new Error(`${dir}/index.html has no <link rel="canonical">: cannot tell the site URL and base path`);
  const root = new URL(home);
  root.hash = '';
  root.search = '';
  const urlOf = fileUrl(root);
  const redirects: SiteData['redirects'] = [];
  for (const file of files) {
    if (!file.endsWith('.html') || HOST_ONLY.test(file)) continue;
    const target = fromHead(path.join(dir, file), refresh);
    if (target) redirects.push([file, new URL(target, urlOf(file)).href]);
  }
  return { dir, files, root: root.href, redirects };
}

/** The hosted URL of a file of the site at `root`. */
const fileUrl = (root: URL) => (file: string) => new URL(fileToPath(file), root);

/** The site, from what reading it found. */
export function siteFrom(data: SiteData): Site {
  const { dir, files } = data;
  const fileSet = new Set(files);
  const root = new URL(data.root);
  const urlOf = fileUrl(root);
  const redirects = new Map(data.redirects.map(([file, to]) => [file, new URL(to)]));

  const owns = (url: URL) => url.origin === root.origin && url.pathname.startsWith(root.pathname);

  const fileOf = (url: URL): string | undefined => {
    if (!owns(url)) return undefined;
    const file = pageFile(url.pathname.slice(root.pathname.length));
    if (fileSet.has(file)) return file;
    if (fileSet.has(`${file}/index.html`)) return `${file}/index.html`;
    return undefined;
  };

  const land = (url: URL): { file: string; hash: string } | undefined => {
    let current = url;
    for (let hops = 0; hops < 10; hops++) {
      const file = fileOf(current);
      if (!file) return undefined;
      const next = redirects.get(file);
      if (!next) return { file, hash: current.hash };
      // A link's own #fragment wins over the one the redirect adds.
      const followed = new URL(next);
      if (current.hash) followed.hash = current.hash;
      current = followed;
    }
    throw new Error(`redirect loop at ${url.href}`);
  };

  const pages = () => files.filter((f) => f.endsWith('.html') && !HOST_ONLY.test(f) && !redirects.has(f));

  return { dir, files, root, urlOf, owns, land, pages };
}
