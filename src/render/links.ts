/**
 * Links in a lesson as the site needs them: a root-relative link (`/lessons/x/`) gains the
 * base path the handbook is hosted under, and a link written for GitHub to another file
 * (`../part/other.md#why`) becomes that lesson's URL with its anchor, and one to a folder
 * (`../part/`) the part's page (src/load/links.ts
 * reads it; the checker has checked it). Other links are left as written.
 */
import { partSlug, type LessonFile } from '../load/files.ts';
import { resolveRelative } from '../load/links.ts';

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

/** Where `url`, written in the lesson file `from`, should point on the site; `undefined` to leave it. */
export function siteLink(url: string, from: string, context: LinkContext): string | undefined {
  const { base } = context;
  // Written with the base already (`/handbook/lessons/x/`, which the checker accepts too): as it is.
  if (url.startsWith('/') && !url.startsWith('//')) return base === '/' || url.startsWith(base) ? undefined : base + url.slice(1);
  const to = resolveRelative(url, from, context.files, context.exists);
  if (!to) return undefined;
  const hash = (fragment: string) => (fragment ? `#${encodeURIComponent(fragment)}` : '');
  switch (to.kind) {
    case 'lesson':
      return to.file.role === 'home' ? `${base}${hash(to.fragment)}` : `${base}lessons/${context.slugOf(to.file.path)}/${hash(to.fragment)}`;
    case 'part':
      return `${base}lessons/${partSlug(to.folder)}/${hash(to.fragment)}`;
    case 'file':
      return `${base}files/${to.path.split('/').map(encodeURIComponent).join('/')}`;
    default:
      return undefined;
  }
}
