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
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defineCollection } from 'astro/content/config';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { excludedPatterns, LESSON_PATTERN, slugFor } from '../load/files.ts';
import { lessonSchema } from '../schema/lesson.ts';

export { lessonSchema, type LessonData } from '../schema/lesson.ts';

/** Where lessons live, relative to the project, unless `lessonbook({ lessons })` says otherwise. */
export const LESSONS_DIR = 'lessons';

/**
 * The lessons folder of each project whose integration ran (`astro:config:setup` comes
 * before Astro loads the collections, in the same process): Astro's config keeps no option
 * of an integration's, so this is how the loader learns `lessonbook({ lessons: 'docs' })`.
 */
const folders: Map<string, string> = ((globalThis as Record<symbol, unknown>)[Symbol.for('lessonbook.lessonsFolders')] ??= new Map()) as Map<string, string>;

/** Tells the loader the lessons folder (absolute) of the project at `root` (absolute). */
export function useLessonsFolder(root: string, dir: string): void {
  folders.set(path.resolve(root), dir);
}

/** The lessons folder (absolute) of the project at `root`: as the integration set it, else `lessons/`. */
export function lessonsFolderOf(root: string): string {
  return folders.get(path.resolve(root)) ?? path.join(root, LESSONS_DIR);
}

/**
 * Every `.md` and `.mdx` file in the lessons folder, sub-folders included, but those
 * handbook.json's `exclude` leaves out; each entry's id is the lesson's slug (the one rule
 * the checker and the renderer use too: src/load/files.ts).
 */
export function lessonsLoader(): Loader {
  // Astro's glob loader, made once the folder is known (and again only if it changes).
  let inner: { key: string; loader: Loader } | undefined;
  return {
    name: 'lessonbook-lessons',
    load(context) {
      const dir = lessonsFolderOf(fileURLToPath(context.config.root));
      const pattern = [...LESSON_PATTERN, ...excludedPatterns(dir).map((p) => `!${p}`)];
      const key = JSON.stringify([dir, pattern]);
      if (inner?.key !== key) {
        const loader = glob({ pattern, base: pathToFileURL(`${dir}/`).href, generateId: ({ entry, data }) => slugFor(dir, entry, data.slug) });
        inner = { key, loader };
      }
      return inner.loader.load(context);
    },
  };
}

export const collections = {
  lessons: defineCollection({ loader: lessonsLoader(), schema: lessonSchema }),
};
