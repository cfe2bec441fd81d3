/**
 * The lessons collection, for a project's src/content.config.ts (Astro reads collections
 * only from there):
 *
 *   export { collections } from 'lessonbook/content';
 *
 * A project with collections of its own builds the same from the parts:
 *
 *   import { defineCollection } from 'astro:content';
 *   import { lessonsLoader, lessonSchema } from 'lessonbook/content';
 *   export const collections = { lessons: defineCollection({ loader: lessonsLoader(), schema: lessonSchema }), ... };
 *
 * The collection must be called `lessons`: the pages read it by that name.
 */
import { defineCollection } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { LESSON_PATTERN } from '../load/files.ts';
import { lessonSlug } from '../load/slug.ts';
import { lessonSchema } from '../schema/lesson.ts';

export { lessonSchema, type LessonData } from '../schema/lesson.ts';

/**
 * Every lesson file under `lessons/`, its entry id the lesson's slug (the one rule the
 * checker and the renderer use too, src/load/slug.ts).
 */
export function lessonsLoader() {
  return glob({
    pattern: LESSON_PATTERN,
    base: 'lessons',
    generateId: ({ entry, data }) => lessonSlug(entry, data.slug),
  });
}

export const collections = {
  lessons: defineCollection({ loader: lessonsLoader(), schema: lessonSchema }),
};
