/**
 * The tree of parts as the pages walk it: what a folder holds, the parts around a page (its
 * breadcrumbs), and the lists a page shows, cut to a size that does not grow with the
 * handbook. A page lists only the direct entries of one folder; a list longer than
 * LIST_LIMIT is folded (part and home pages) or shown around the current page (the list
 * beside a lesson).
 */
import type { FolderEntries, PartInfo } from '../load/model.ts';
import { handbook, lessons, type PageLesson } from './data.ts';
import { urls } from './urls.ts';

/** How many entries a list shows before it folds the rest away (or, beside a lesson, shows only those around it). */
export const LIST_LIMIT = 100;

const byFolder = new Map(handbook.parts.map((p) => [p.folder, p]));
const bySlug = new Map(lessons.map((l) => [l.slug, l]));

/** The part of a folder (`undefined` for `''`, the top of the handbook). */
export const partAt = (folder: string): PartInfo | undefined => (folder ? byFolder.get(folder) : undefined);

/** What a folder holds directly: its parts, and its lessons. */
export function entriesOf(folder: string): { parts: PartInfo[]; lessons: PageLesson[]; lessonCount: number } {
  const entries: FolderEntries = partAt(folder) ?? handbook.top;
  return {
    parts: entries.parts.map((f) => byFolder.get(f)!),
    lessons: entries.lessons.map((s) => bySlug.get(s)!),
    lessonCount: entries.lessonCount,
  };
}

/** The page of a folder: its part page, or the home page for the top. */
export const folderHref = (folder: string): string => {
  const part = partAt(folder);
  return part ? urls.part(part.slug) : urls.home();
};

/** The title of a folder: its part's, or the handbook's for the top. */
export const folderTitle = (folder: string): string => partAt(folder)?.title ?? handbook.title;

/** The parts around `folder` and it, outermost first (none for the top). */
export function partsAround(folder: string): PartInfo[] {
  const trail: PartInfo[] = [];
  for (let part = partAt(folder); part; part = partAt(part.parent)) trail.unshift(part);
  return trail;
}

/** A crumb of a breadcrumb trail: the home page, then each part around the page. */
export interface Crumb {
  title: string;
  href: string;
}

/** The breadcrumbs above a page in `folder`: the handbook, then every part from the top down to `folder`. */
export const crumbsTo = (folder: string): Crumb[] => [
  { title: handbook.title, href: urls.home() },
  ...partsAround(folder).map((p) => ({ title: p.title, href: urls.part(p.slug) })),
];

/** "1 lesson", "12 lessons". */
export const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** What a part holds, in a few words: "12 lessons" or "12 lessons in 3 parts". */
export const holds = (part: FolderEntries) =>
  part.parts.length > 0 ? `${count(part.lessonCount, 'lesson')}, ${count(part.parts.length, 'part')}` : count(part.lessonCount, 'lesson');

/**
 * The window of `length` entries to show around entry `at`: all of them when there are no
 * more than LIST_LIMIT, else LIST_LIMIT around it.
 */
export function around(length: number, at: number): { start: number; end: number } {
  if (length <= LIST_LIMIT) return { start: 0, end: length };
  const start = Math.min(Math.max(0, at - Math.floor(LIST_LIMIT / 2)), length - LIST_LIMIT);
  return { start, end: start + LIST_LIMIT };
}
