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
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro/content/config';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { LESSON_PATTERN, slugFor } from '../load/files.ts';
import { lessonSchema } from '../schema/lesson.ts';

export { lessonSchema, type LessonData } from '../schema/lesson.ts';

/** Where lessons live, relative to the project. */
export const LESSONS_DIR = 'lessons';

/**
 * Every `.md` and `.mdx` file under `lessons/`, sub-folders included, its entry id the
 * lesson's slug (the one rule the checker and the renderer use too: src/load/files.ts).
 */
export function lessonsLoader(): Loader {
  let dir = path.resolve(LESSONS_DIR);
  const inner = glob({
    pattern: LESSON_PATTERN,
    base: LESSONS_DIR,
    generateId: ({ entry, data }) => slugFor(dir, entry, data.slug),
  });
  return {
    ...inner,
    name: 'lessonbook-lessons',
    load(context) {
      dir = path.join(fileURLToPath(context.config.root), LESSONS_DIR);
      return inner.load(context);
    },
  };
}

export const collections = {
  lessons: defineCollection({ loader: lessonsLoader(), schema: lessonSchema }),
};
