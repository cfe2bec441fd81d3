/** What pages say about a lesson beyond its title, from what the model knows of it. */
import type { LessonInfo, PartInfo } from '../load/model.ts';

type Described = Pick<LessonInfo, 'title' | 'tagline' | 'intro' | 'sections'>;

/** One line on what a lesson is about: its tagline, else its opening sentence, else its title. */
export const lessonDescription = (lesson: Described): string =>
  lesson.tagline || lesson.intro || lesson.sections[0]?.summary || lesson.title;

/** The part a lesson belongs to (undefined at the top of the handbook). */
export const partOf = (parts: readonly PartInfo[], lesson: Pick<LessonInfo, 'part'>): PartInfo | undefined =>
  lesson.part ? parts.find((p) => p.folder === lesson.part) : undefined;

/**
 * The titles of the parts a lesson is in, outermost first (none at the top of the handbook):
 * each folder above it, named by its part's title, or by its own name where it is no part.
 */
export function partPath(parts: readonly PartInfo[], lesson: Pick<LessonInfo, 'part'>): string[] {
  if (!lesson.part) return [];
  const folders = lesson.part.split('/');
  return folders.map((name, i) => {
    const folder = folders.slice(0, i + 1).join('/');
    return parts.find((p) => p.folder === folder)?.title ?? name;
  });
}

/** Where a lesson's source can be edited: the handbook's `editUrl`, then the lesson's path from the project. */
export const editHref = (editUrl: string | undefined, lesson: Pick<LessonInfo, 'path'>): string | undefined =>
  editUrl ? `${editUrl}lessons/${lesson.path.split('/').map(encodeURIComponent).join('/')}` : undefined;
