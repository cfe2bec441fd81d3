/**
 * The reading order: the lessons at the top of lessons/ first, then each part (sub-folder)
 * in turn — parts by their introduction's `order:`, else by folder name. Within a part, its
 * introduction first, then lessons with an `order:` by it, then the rest by file name, in
 * the order people number files (`2-x` before `10-x`).
 */
import type { LessonInfo } from './model.ts';

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
const byOrder = (a: number | undefined, b: number | undefined) => (a ?? Infinity) - (b ?? Infinity) || 0;

/** `lessons` in reading order, and the parts' folders in order. */
export function readingOrder(lessons: readonly LessonInfo[]): { lessons: LessonInfo[]; parts: string[] } {
  const groups = new Map<string, LessonInfo[]>();
  for (const lesson of lessons) {
    const group = groups.get(lesson.part);
    if (group) group.push(lesson);
    else groups.set(lesson.part, [lesson]);
  }
  const intro = (folder: string) => groups.get(folder)?.find((l) => l.role === 'part');
  const parts = [...groups.keys()]
    .filter((folder) => folder !== '')
    .sort((a, b) => byOrder(intro(a)?.order, intro(b)?.order) || byName(a, b));
  const ordered = ['', ...parts].flatMap((folder) =>
    [...(groups.get(folder) ?? [])].sort(
      (a, b) => Number(b.role === 'part') - Number(a.role === 'part') || byOrder(a.order, b.order) || byName(a.path, b.path),
    ),
  );
  return { lessons: ordered, parts };
}
