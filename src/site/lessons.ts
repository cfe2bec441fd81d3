/** What pages say about a lesson beyond its title, from what the model knows of it. */
import type { LessonInfo } from '../load/model.ts';

type Described = Pick<LessonInfo, 'title' | 'tagline' | 'intro' | 'sections'>;

/** One line on what a lesson is about: its tagline, else its opening sentence, else its title. */
export const lessonDescription = (lesson: Described): string =>
  lesson.tagline || lesson.intro || lesson.sections[0]?.summary || lesson.title;

/** Where a lesson's source can be edited: where its lessons folder can be (HandbookData's `editUrl`), then its path there. */
export const editHref = (editUrl: string | undefined, lesson: Pick<LessonInfo, 'path'>): string | undefined =>
  editUrl ? `${editUrl}${lesson.path.split('/').map(encodeURIComponent).join('/')}` : undefined;

/** How a part path reads: `Tools › Git › Hooks`. */
export const partPathText = (titles: readonly string[]): string => titles.join(' › ');

/** The titles of the parts from the top down to the folder a page sits in: for a part's introduction, its own part included. */
export const folderPath = (lesson: Pick<LessonInfo, 'partPath' | 'role' | 'title'>): string[] =>
  lesson.role === 'part' ? [...lesson.partPath, lesson.title] : lesson.partPath;
