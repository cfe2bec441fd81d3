/** The handbook for the pages: its settings, and its lessons in reading order. */
import handbook from 'virtual:lessonbook/handbook';
import type { PageLesson } from './handbook-data.ts';

export type { PageLesson } from './handbook-data.ts';

export { handbook };

/** Every lesson, in reading order. */
export const lessons: readonly PageLesson[] = handbook.lessons;
