/**
 * Every URL of the site, built and parsed in one place. A path here is relative to the site's
 * root and has no leading slash (`lessons/x/`); an href is that path under the base path the
 * handbook is hosted under (`/handbook/lessons/x/`); a page file is where a page is on disk,
 * relative to the built site (`lessons/x/index.html`). No Astro here: the base path is
 * passed in, so the pages, the renderer, the write stage, the check, the export and the
 * browser's search script all use the same functions.
 *
 * Where pages live:
 *   ''                       the home page
 *   lessons/<slug>/          a lesson page, and a part page (its slug: the folder path joined with `-`)
 *   lessons/<slug>/<id>/     a section page (for a current or former section id)
 *   files/<path>             a file of the lessons folder that lessons link to
 *   print/                   the one-page handbook; a lesson's place on it: `#<lesson>--<id>`; or,
 *                            for a handbook too large for one page, the list of its volumes
 *   print/<n>/               volume n (from 1) of the printed handbook, with ids as on print/
 *   in-short/                the handbook in short; or, for a handbook printed in volumes, the list of them
 *   in-short/<n>/            the short versions of volume n's lessons, with ids as on in-short/
 *   search/                  the search page; the search assets (scripts, index) are beside it;
 *                            without JavaScript, the index of every lesson and section, or the
 *                            list of its volumes for a handbook printed in volumes
 *   search/<n>/              that index's volume n, the same lessons as print/<n>/
 *   feed.xml                 the Atom feed
 *
 * Links authors write to a lesson always take the form `/lessons/<slug>/[<id>/][#<id>]`
 * (AUTHOR_LESSONS), whatever folder the site keeps lessons in (LESSONS): the check reads
 * them so, and the renderer points them at the lesson's page.
 */

/** The folder of lesson, part and section pages. Changing it moves them all (tests/contract/). */
export const LESSONS: string = 'lessons';
/** How an author's root-relative link names a lesson: `/lessons/<slug>/`. */
export const AUTHOR_LESSONS: string = 'lessons';
/** The folder the lessons folder's other files are published in. */
export const FILES = 'files';
export const PRINT = 'print';
export const IN_SHORT = 'in-short';
export const SEARCH = 'search';
export const FEED = 'feed.xml';

/** Injected route patterns (Astro's syntax), one per kind of page Astro renders. */
export const ROUTES = {
  home: '/',
  lesson: `/${LESSONS}/[lesson]`,
  section: `/${LESSONS}/[lesson]/[section]`,
  search: `/${SEARCH}`,
  print: `/${PRINT}`,
  printVolume: `/${PRINT}/[volume]`,
  inShort: `/${IN_SHORT}`,
  inShortVolume: `/${IN_SHORT}/[volume]`,
  searchVolume: `/${SEARCH}/[volume]`,
  feed: `/${FEED}`,
  notFound: '/404',
  sitemap: '/sitemap.xml',
  robots: '/robots.txt',
} as const;

/** A base path as every function here takes it: starting and ending with `/` (`/`, `/handbook/`). */
export const normalBase = (base: string): string => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** One segment of a path, escaped for a URL (slugs and ids are URL-safe already; this keeps any other name whole). */
const segment = (name: string) => encodeURIComponent(name);
/** `#id`, escaped; '' for none. */
export const fragment = (id: string | undefined): string => (id ? `#${encodeURIComponent(id)}` : '');

/** Paths of the site's pages and files, relative to its root. */
export const sitePath = {
  home: (): string => '',
  lesson: (slug: string): string => `${LESSONS}/${segment(slug)}/`,
  /** A part's page: in the lessons' namespace, its slug made by the load stage (src/load/files.ts). */
  part: (slug: string): string => `${LESSONS}/${segment(slug)}/`,
  section: (slug: string, id: string): string => `${LESSONS}/${segment(slug)}/${segment(id)}/`,
  /** A file of the lessons folder, by its path there (`guides/diagram.png`). */
  file: (relative: string): string => `${FILES}/${relative.split('/').map(segment).join('/')}`,
  print: (): string => `${PRINT}/`,
  /** Volume `n` (from 1) of a handbook printed in volumes. */
  printVolume: (n: number): string => `${PRINT}/${n}/`,
  inShort: (): string => `${IN_SHORT}/`,
  /** The short versions of volume `n`'s lessons (from 1), in a handbook printed in volumes. */
  inShortVolume: (n: number): string => `${IN_SHORT}/${n}/`,
  search: (): string => `${SEARCH}/`,
  /** Volume n of the index of every lesson and section, the search page without JavaScript. */
  searchVolume: (n: number): string => `${SEARCH}/${n}/`,
  /** A file the search dialog loads, beside the search page: `search/index.js`. */
  searchAsset: (name: string): string => `${SEARCH}/${name}`,
  feed: (): string => FEED,
};

/** The id of a lesson's place on a page of many lessons (the one-page handbook, the handbook in short), or of one of its ids there. */
export const printId = (lesson: string, id = ''): string => (id ? `${lesson}--${id}` : lesson);

/** Builders of hrefs under the base path `base`, each with an optional `#fragment`. */
export function siteUrls(base: string) {
  const root = normalBase(base);
  const at = (path: string, id?: string) => root + path + fragment(id);
  return {
    base: root,
    /** Any path of `sitePath`, under the base path. */
    href: (path = '', id?: string) => at(path.replace(/^\//, ''), id),
    home: (id?: string) => at(sitePath.home(), id),
    lesson: (slug: string, id?: string) => at(sitePath.lesson(slug), id),
    part: (slug: string, id?: string) => at(sitePath.part(slug), id),
    section: (slug: string, id: string) => at(sitePath.section(slug, id)),
    file: (relative: string) => at(sitePath.file(relative)),
    print: (id?: string) => at(sitePath.print(), id),
    printVolume: (n: number, id?: string) => at(sitePath.printVolume(n), id),
    inShort: () => at(sitePath.inShort()),
    inShortVolume: (n: number, id?: string) => at(sitePath.inShortVolume(n), id),
    search: () => at(sitePath.search()),
    searchVolume: (n: number, id?: string) => at(sitePath.searchVolume(n), id),
    searchAsset: (name: string) => at(sitePath.searchAsset(name)),
    feed: () => at(sitePath.feed()),
  };
}
export type SiteUrls = ReturnType<typeof siteUrls>;

/** What a path of the site names. */
export type SiteTarget =
  | { kind: 'home' }
  /** A lesson's page, or a part's (one namespace). */
  | { kind: 'lesson'; slug: string }
  | { kind: 'section'; slug: string; section: string }
  /** Deeper than a section page under the lessons folder: no page is ever there. */
  | { kind: 'none'; slug: string; rest: string }
  | { kind: 'file'; path: string }
  | { kind: 'print' }
  | { kind: 'print-volume'; volume: number }
  | { kind: 'in-short' }
  | { kind: 'in-short-volume'; volume: number }
  | { kind: 'search' }
  | { kind: 'search-volume'; volume: number }
  | { kind: 'search-asset'; name: string }
  | { kind: 'feed' }
  /** Anything else: a stylesheet, the favicon, a page the site does not make. */
  | { kind: 'other'; path: string };

const decode = (text: string): string | undefined => {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
};

/** The segments of a path under `folder/`, decoded (kept as written where they cannot be); undefined when it is not under it. */
function under(path: string, folder: string): string[] | undefined {
  if (path !== folder && !path.startsWith(`${folder}/`)) return undefined;
  return path.slice(folder.length + 1).split('/').filter(Boolean).map((s) => decode(s) ?? s);
}

/** What a lesson path's segments (after the lessons folder) name. */
function lessonTarget([slug, section, ...rest]: string[]): SiteTarget | undefined {
  if (!slug) return undefined;
  if (rest.length > 0) return { kind: 'none', slug, rest: [section, ...rest].join('/') };
  return section ? { kind: 'section', slug, section } : { kind: 'lesson', slug };
}

/** The volume `folder/<n>/` names (n from 1, written without leading zeros); undefined for any other path. */
function volumeUnder(path: string, folder: string): number | undefined {
  if (!path.startsWith(`${folder}/`)) return undefined;
  const volume = /^(\d+)\/(?:index\.html)?$/.exec(path.slice(folder.length + 1));
  return volume && !volume[1]!.startsWith('0') ? Number(volume[1]) : undefined;
}

/** What the path `path` (relative to the site's root, without query or fragment) names. */
export function parseSitePath(path: string): SiteTarget {
  const p = path.replace(/^\/+/, '');
  const bare = p.replace(/\/$/, '');
  if (bare === '' || bare === 'index.html') return { kind: 'home' };
  const lesson = under(p.replace(/\/index\.html$/, '/'), LESSONS);
  if (lesson) return lessonTarget(lesson) ?? { kind: 'other', path: p };
  const file = under(p, FILES);
  if (file && file.length > 0) return { kind: 'file', path: file.join('/') };
  if (bare === PRINT || p === `${PRINT}/index.html`) return { kind: 'print' };
  const volume = volumeUnder(p, PRINT);
  if (volume !== undefined) return { kind: 'print-volume', volume };
  if (bare === IN_SHORT || p === `${IN_SHORT}/index.html`) return { kind: 'in-short' };
  const shortVolume = volumeUnder(p, IN_SHORT);
  if (shortVolume !== undefined) return { kind: 'in-short-volume', volume: shortVolume };
  if (bare === SEARCH || p === `${SEARCH}/index.html`) return { kind: 'search' };
  const searchVolume = volumeUnder(p, SEARCH);
  if (searchVolume !== undefined) return { kind: 'search-volume', volume: searchVolume };
  const search = under(p, SEARCH);
  if (search && search.length > 0) return { kind: 'search-asset', name: search.join('/') };
  if (bare === FEED) return { kind: 'feed' };
  return { kind: 'other', path: p };
}

/** An href of the site, split: what its path names, and its decoded `#fragment` ('' for none). */
export interface ParsedHref {
  target: SiteTarget;
  fragment: string;
}

/**
 * What an href written on a page of the site under `base` names; undefined for one that
 * leaves the site's base path, or is not root-relative (`https://…`, `#x`, `../x/`).
 */
export function parseHref(href: string, base: string): ParsedHref | undefined {
  const root = normalBase(base);
  if (!href.startsWith(root) || href.startsWith('//')) return undefined;
  const [rest = '', hash] = splitHash(href.slice(root.length));
  return { target: parseSitePath(rest.replace(/\?.*$/, '')), fragment: decode(hash ?? '') ?? '' };
}

const splitHash = (text: string): [string, string | undefined] => {
  const at = text.indexOf('#');
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
};

/**
 * What a root-relative path an author wrote names among the lessons: `/lessons/<slug>/…`
 * (AUTHOR_LESSONS), or the site's own lessons folder, either with or without the base path.
 * Undefined for any other path. Segments come decoded.
 */
export function parseAuthorPath(pathname: string, base: string): Extract<SiteTarget, { slug: string }> | undefined {
  const root = normalBase(base);
  let p = pathname;
  if (root !== '/' && p.startsWith(root)) p = p.slice(root.length - 1);
  p = p.replace(/^\/+/, '');
  for (const folder of new Set([AUTHOR_LESSONS, LESSONS])) {
    const parts = under(p, folder);
    if (parts) return lessonTarget(parts) as Extract<SiteTarget, { slug: string }> | undefined;
  }
  return undefined;
}

/**
 * An author's root-relative link (`/lessons/x/#s`, `/handbook/lessons/x/`), as an href of the
 * site under `base`: the base path added when it is missing, and the author's lessons folder
 * made the site's. Undefined when it needs no change.
 */
export function authorHref(url: string, base: string): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  const root = normalBase(base);
  let p = root !== '/' && url.startsWith(root) ? url.slice(root.length) : url.slice(1);
  if (LESSONS !== AUTHOR_LESSONS && p.startsWith(`${AUTHOR_LESSONS}/`)) p = LESSONS + p.slice(AUTHOR_LESSONS.length);
  const href = root + p;
  return href === url ? undefined : href;
}

/** How an author writes a link to a lesson or a section page, for messages: `/lessons/x/`, `/lessons/x/s/`. */
export const authorPath = (slug: string, section?: string): string => `/${AUTHOR_LESSONS}/${slug}/${section ? `${section}/` : ''}`;

/** The way up from the file at `path` to the site's root, as a relative URL: `search/index.js` → `../`. */
export const upToRoot = (path: string): string => '../'.repeat(path.split('/').length - 1) || './';

/** The file of a page on disk, relative to the built site: `lessons/x/` → `lessons/x/index.html`. Segments decoded. */
export function pageFile(path: string): string {
  const p = path.replace(/^\/+/, '');
  const file = p.split('/').map((s) => decode(s) ?? s).join('/');
  return file === '' || file.endsWith('/') ? `${file}index.html` : file;
}

/** The path of a file of the built site, as a URL names it: `lessons/x/index.html` → `lessons/x/`. Segments escaped. */
export function fileToPath(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1').split('/').map(segment).join('/');
}

/** The on-disk file of a lesson's page (a part's page too). */
export const lessonFile = (slug: string): string => pageFile(sitePath.lesson(slug));
/** The on-disk file of a section's page. */
export const sectionFile = (slug: string, id: string): string => pageFile(sitePath.section(slug, id));
/** The one-page handbook's file, whose single-file copy is the whole handbook; in a handbook printed in volumes, the list of them. */
export const PRINT_FILE = pageFile(sitePath.print());
/** The file of volume `n` of the printed handbook; with no volume (`undefined`), the one page's, PRINT_FILE. */
export const printVolumeFile = (n: number | undefined): string => (n === undefined ? PRINT_FILE : pageFile(sitePath.printVolume(n)));
/** Which volume of the printed handbook the built file `file` is (`print/2/index.html` → 2); undefined for any other file. */
export function printVolumeOf(file: string): number | undefined {
  const target = parseSitePath(file);
  return target.kind === 'print-volume' ? target.volume : undefined;
}
export const IN_SHORT_FILE = pageFile(sitePath.inShort());
/** The file of the handbook in short's volume `n`; with no volume (`undefined`), the one page's, IN_SHORT_FILE. */
export const inShortVolumeFile = (n: number | undefined): string => (n === undefined ? IN_SHORT_FILE : pageFile(sitePath.inShortVolume(n)));

/** Whether a file of the built site is a lesson's page (or a part's): `lessons/<slug>/index.html`. */
export function isLessonFile(file: string): boolean {
  if (!file.endsWith('/index.html')) return false;
  return parseSitePath(file).kind === 'lesson';
}
