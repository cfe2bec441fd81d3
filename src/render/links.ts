/**
 * Links in a lesson as the site needs them: a root-relative link (`/lessons/x/`) gains the
 * base path the handbook is hosted under, and a link written for GitHub to another file
 * (`../part/other.md#why`) becomes that lesson's URL with its anchor, and one to a folder
 * (`../part/`) the part's page (src/load/links.ts
 * reads it; the checker has checked it). Other links are left as written.
 */
import { authorHref, siteUrls, type SiteUrls } from '../contract/index.ts';
import { partSlug, type LessonFile } from '../load/files.ts';
import { resolveRelative, resolveRootRelative } from '../load/links.ts';

export interface LinkContext {
  /** The base path, such as `/` or `/handbook/`. */
  base: string;
  /** Every lesson file by its path relative to the lessons folder. */
  files: ReadonlyMap<string, LessonFile>;
  /** Whether a path relative to the lessons folder is a file there. */
  exists(relative: string): boolean;
  /** The slug of a lesson file (src/load/files.ts, slugFor). */
  slugOf(path: string): string;
}

/** The URL of a published file of the lessons folder, keeping the `#fragment` written (`manual.pdf#page=3`). */
function fileUrl(urls: SiteUrls, file: string, written: string): string {
  const hash = written.indexOf('#');
  return urls.file(file) + (hash < 0 ? '' : written.slice(hash));
}

/** Where `url`, written in the lesson file `from`, should point on the site; `undefined` to leave it. */
export function siteLink(url: string, from: string, context: LinkContext): string | undefined {
  const urls = siteUrls(context.base);
  // A file of the lessons folder named from the root (`/images/x.png`, as on GitHub): published under files/.
  const fromRoot = resolveRootRelative(url, context.exists);
  if (fromRoot) return fileUrl(urls, fromRoot.path, url);
  // Root-relative (`/lessons/x/`; `/handbook/lessons/x/` with the base, which the checker accepts too).
  if (url.startsWith('/') && !url.startsWith('//')) return authorHref(url, context.base);
  const to = resolveRelative(url, from, context.files, context.exists);
  if (!to) return undefined;
  switch (to.kind) {
    case 'lesson':
      return to.file.role === 'home' ? urls.home(to.fragment) : urls.lesson(context.slugOf(to.file.path), to.fragment);
    case 'part':
      return urls.part(partSlug(to.folder), to.fragment);
    case 'file':
      return fileUrl(urls, to.path, url);
    default:
      return undefined;
  }
}
