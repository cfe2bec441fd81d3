/**
 * Relative links as Markdown written for GitHub has them — `other.md`,
 * `../part/other.md#anchor`, `../part/` — read as the handbook's own: the lesson that file
 * is, with its anchor, or the part page of a folder that holds pages. The renderer turns them into the lesson's URL and the
 * checker checks them, both with this one reading. A relative link to any other file under
 * lessons/ is published with the site (files/…), so nothing a lesson links to is lost.
 */
import path from 'node:path';
import type { LessonFile } from './files.ts';
import { parentFolder } from './order.ts';

export type RelativeTarget =
  /** A lesson, or a part's or the handbook's introduction. */
  | { kind: 'lesson'; file: LessonFile; fragment: string }
  /** A folder that holds pages (directly or further down) and has no introduction: its part page. */
  | { kind: 'part'; folder: string; fragment: string }
  /** Another file under lessons/ (a PDF, a picture): published as `files/<path>`. */
  | { kind: 'file'; path: string }
  /** Nothing there; `reason` says so, naming the path. */
  | { kind: 'missing'; path: string; reason: string };

/** A URL of another site, or of another scheme (`mailto:`): never a file of this one. */
export const OTHER_SITE = /^[a-z][a-z0-9+.-]*:|^\/\//i;

/** Whether a link is relative to the file it is written in (not a URL, `/path` or `#anchor`). */
export const isRelativeLink = (url: string) => url !== '' && !OTHER_SITE.test(url) && !url.startsWith('/') && !url.startsWith('#') && !url.startsWith('?');

/**
 * Where a relative link in the lesson file `from` (relative to the lessons folder) leads;
 * `undefined` for other links. `exists` tells whether a non-lesson file is there.
 */
export function resolveRelative(
  url: string,
  from: string,
  files: ReadonlyMap<string, LessonFile>,
  exists: (relative: string) => boolean,
): RelativeTarget | undefined {
  if (!isRelativeLink(url)) return undefined;
  const hashAt = url.indexOf('#');
  const rawPath = (hashAt < 0 ? url : url.slice(0, hashAt)).replace(/\?.*$/, '');
  const fragment = hashAt < 0 ? '' : safeDecode(url.slice(hashAt + 1));
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), safeDecode(rawPath)));
  if (target.startsWith('../') || target === '..') {
    return { kind: 'missing', path: target, reason: `${target} is outside the lessons folder, so the site cannot have it; link to it with its full URL` };
  }
  const folder = target.replace(/\/$/, '').replace(/^\.$/, '');
  const exact = rawPath.endsWith('/') ? undefined : files.get(target);
  if (exact) return { kind: 'lesson', file: exact, fragment };
  // A folder, as GitHub shows it: written `part/` or `part`, even beside a `part.md`.
  const { intros, parts } = byFolder(files);
  if (parts.has(folder)) {
    const intro = intros.get(folder);
    return intro ? { kind: 'lesson', file: intro, fragment } : { kind: 'part', folder, fragment };
  }
  const file = rawPath.endsWith('/') ? undefined : (files.get(`${target}.md`) ?? files.get(`${target}.mdx`));
  if (file) return { kind: 'lesson', file, fragment };
  if (/\.mdx?$/i.test(target)) return { kind: 'missing', path: target, reason: `there is no lesson file ${target} in the lessons folder` };
  return exists(target) ? { kind: 'file', path: target } : { kind: 'missing', path: target, reason: `there is no file ${target} in the lessons folder` };
}

/**
 * A path from the root (`/images/x.png`), read as GitHub reads it in a repository: from the
 * top of the lessons folder. When a file (not a lesson) is there, it is published with the
 * site as `files/<path>`; else `undefined`, and the link is one to a page of the site
 * (`/lessons/x/`), which the checker checks as such.
 */
export function resolveRootRelative(url: string, exists: (relative: string) => boolean): { kind: 'file'; path: string } | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  const target = path.posix.normalize(safeDecode(url.replace(/[?#].*$/, '')).slice(1));
  if (target === '' || target === '.' || target.startsWith('../') || target.endsWith('/') || /\.mdx?$/i.test(target)) return undefined;
  return exists(target) ? { kind: 'file', path: target } : undefined;
}

/** Where a link to a file of the lessons folder — relative, or from the root — is published; `undefined` for any other link. */
export function publishedFile(url: string, from: string, files: ReadonlyMap<string, LessonFile>, exists: (relative: string) => boolean): string | undefined {
  const to = resolveRootRelative(url, exists) ?? resolveRelative(url, from, files, exists);
  return to?.kind === 'file' ? to.path : undefined;
}

/**
 * The folders that hold pages (directly or further down, `''` included) and each folder's
 * introduction, worked out once per list of files (a link to a folder or a picture asks).
 */
const folders = new WeakMap<ReadonlyMap<string, LessonFile>, { parts: Set<string>; intros: Map<string, LessonFile> }>();
function byFolder(files: ReadonlyMap<string, LessonFile>): { parts: Set<string>; intros: Map<string, LessonFile> } {
  let index = folders.get(files);
  if (!index) {
    index = { parts: new Set(['']), intros: new Map() };
    for (const f of files.values()) {
      if (f.role !== 'lesson') index.intros.set(f.folder, f);
      for (let folder = f.folder; folder && !index.parts.has(folder); folder = parentFolder(folder)) index.parts.add(folder);
    }
    folders.set(files, index);
  }
  return index;
}

/** Every folder that holds pages, directly or further down, without the top (`''`): the parts. */
export const partFolders = (files: ReadonlyMap<string, LessonFile>): string[] => [...byFolder(files).parts].filter(Boolean);

/** Whether `folder` has an index.md or README.md. */
export const isIntroduced = (files: ReadonlyMap<string, LessonFile>, folder: string): boolean => byFolder(files).intros.has(folder);

/** `decodeURIComponent`, or the text as written when it is not valid percent-encoding (`100%`). */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
