/**
 * The `lessonbook` package: the Astro integration (the default export), and what a team may
 * build on — the lesson and settings schemas, and the model the checker reads. The
 * collection and its loader are `lessonbook/content`.
 */
export { default } from './integration/index.ts';
export type { LessonbookOptions } from './integration/options.ts';
export { lessonSchema, type LessonData } from './schema/lesson.ts';
export { handbookSchema, type Handbook } from './schema/handbook.ts';
export type { HandbookModel, LessonInfo, SectionInfo } from './load/model.ts';
