/**
 * The tree of parts as the pages walk it: what a folder holds, the parts around a page (its
 * breadcrumbs), and the lists a page shows, cut to a size that does not grow with the
 * handbook. A page lists only the direct entries of one folder; a list longer than
 * LIST_LIMIT is folded (part and home pages) or shown around the current page (the list
 * beside a page, besides()).
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

/** What each folder holds directly, made once per folder: the pages of that folder all ask. */
const held = new Map<string, { parts: PartInfo[]; lessons: PageLesson[] }>();

/** What a folder holds directly: its parts, and its lessons. */
export function entriesOf(folder: string): { parts: PartInfo[]; lessons: PageLesson[] } {
  let entries = held.get(folder);
  if (!entries) {
    const { parts, lessons }: FolderEntries = partAt(folder) ?? handbook.top;
    entries = { parts: parts.map((f) => byFolder.get(f)!), lessons: lessons.map((s) => bySlug.get(s)!) };
    held.set(folder, entries);
  }
  return entries;
}

/**
 * A list as the part and home pages show it: its first LIST_LIMIT entries, then the rest
 * folded (./components/Fold.astro); each run with the number its first entry has in the list.
 */
export const folds = <T>(entries: readonly T[]): { shown: T[]; folded: boolean; start: number }[] =>
  [
    { shown: entries.slice(0, LIST_LIMIT), folded: false, start: 1 },
    { shown: entries.slice(LIST_LIMIT), folded: true, start: LIST_LIMIT + 1 },
  ].filter((run) => run.shown.length > 0);

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

/** An entry of the list beside a page: a lesson or a part of the folder the page sits in. */
export interface BesideEntry {
  title: string;
  href: string;
  /** For a part, how many lessons it holds ("12 lessons"); unset for a lesson. */
  holds?: string;
  /** Whether it is the page itself. */
  here: boolean;
}

/** Each folder's entries' places in its list (its lessons, then its parts), made once per folder. */
const places = new Map<string, Map<string, number>>();

/**
 * The list beside a page in `folder` (its lessons, then its parts), cut to LIST_LIMIT entries
 * around the page itself (`current`: a lesson's slug, or a part's folder); `start` is where
 * the cut begins and `total` how many entries the folder has. Only the entries shown are
 * made: a lesson page costs the same in a folder of ten lessons or of ten thousand.
 */
export function besides(folder: string, current: { lesson: string } | { part: string }): { entries: BesideEntry[]; start: number; total: number } {
  const { parts, lessons } = entriesOf(folder);
  let place = places.get(folder);
  if (!place) {
    place = new Map([...lessons.map((l, i) => [`lesson:${l.slug}`, i] as const), ...parts.map((p, i) => [`part:${p.folder}`, lessons.length + i] as const)]);
    places.set(folder, place);
  }
  const total = lessons.length + parts.length;
  const at = place.get('lesson' in current ? `lesson:${current.lesson}` : `part:${current.part}`) ?? -1;
  const start = total <= LIST_LIMIT ? 0 : Math.min(Math.max(0, at - Math.floor(LIST_LIMIT / 2)), total - LIST_LIMIT);
  const end = Math.min(total, start + LIST_LIMIT);
  const entries: BesideEntry[] = [
    ...lessons.slice(start, end).map((l) => ({ title: l.title, href: urls.lesson(l.slug), here: 'lesson' in current && current.lesson === l.slug })),
    ...parts
      .slice(Math.max(0, start - lessons.length), Math.max(0, end - lessons.length))
      .map((p) => ({ title: p.title, href: urls.part(p.slug), holds: count(p.lessonCount, 'lesson'), here: 'part' in current && current.part === p.folder })),
  ];
  return { entries, start, total };
}
