/**
 * The reading order and the tree of parts. Each folder of lessons/ that holds pages (directly
 * or in a folder inside it) is a part; parts nest at any depth. The handbook reads folder by
 * folder, depth first: the lessons at the top of lessons/, then each part in turn. Within a
 * part: its introduction, then its lessons with an `order:` by it, then the rest by file
 * name, in the order people number files (`2-x` before `10-x`), then its own parts. Parts
 * side by side go by their introduction's `order:`, else by folder name.
 */
import type { LessonInfo } from './model.ts';

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
const byOrder = (a: number | undefined, b: number | undefined) => (a ?? Infinity) - (b ?? Infinity) || 0;

/** The folder a part's folder sits in: `''` at the top. */
export const parentFolder = (folder: string) => (folder.includes('/') ? folder.slice(0, folder.lastIndexOf('/')) : '');

/** One folder of the tree, in reading order. */
export interface OrderedFolder {
  /** `''` for the top of lessons/. */
  folder: string;
  /** Its index.md or README.md (none at the top: that is the home page's). */
  intro: LessonInfo | undefined;
  /** Its lessons, in reading order, without the introduction. */
  lessons: LessonInfo[];
  /** The folders inside it that hold pages, in reading order. */
  parts: string[];
}

/**
 * `lessons` in reading order, and every folder that holds pages (`''` first, then the parts
 * in reading order) with what it holds.
 */
export function readingOrder(lessons: readonly LessonInfo[]): { lessons: LessonInfo[]; folders: OrderedFolder[] } {
  const folders = new Map<string, OrderedFolder>();
  const folderOf = (folder: string): OrderedFolder => {
    let found = folders.get(folder);
    if (!found) {
      found = { folder, intro: undefined, lessons: [], parts: [] };
      folders.set(folder, found);
      // A folder that holds only folders is a part too: every folder up to the top is known.
      if (folder !== '') folderOf(parentFolder(folder)).parts.push(folder);
    }
    return found;
  };
  folderOf('');
  for (const lesson of lessons) {
    const folder = folderOf(lesson.part);
    if (lesson.role === 'part') folder.intro = lesson;
    else folder.lessons.push(lesson);
  }
  const name = (folder: string) => folder.slice(folder.lastIndexOf('/') + 1);
  const ordered: LessonInfo[] = [];
  const walked: OrderedFolder[] = [];
  const walk = (folder: OrderedFolder) => {
    walked.push(folder);
    folder.lessons.sort((a, b) => byOrder(a.order, b.order) || byName(a.path, b.path));
    folder.parts.sort((a, b) => byOrder(folders.get(a)!.intro?.order, folders.get(b)!.intro?.order) || byName(name(a), name(b)));
    if (folder.intro) ordered.push(folder.intro);
    ordered.push(...folder.lessons);
    for (const part of folder.parts) walk(folders.get(part)!);
  };
  walk(folders.get('')!);
  return { lessons: ordered, folders: walked };
}
