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
import { lessonFields, lessonSchema } from '../schema/lesson.ts';
import { renderedFiles } from './rendered.ts';
import { READ_AS } from '../schema/other-tools.ts';

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

/** The frontmatter fields the lesson schema reads (its own, and other tools' read as its own). */
const READ_FIELDS = new Set<string>([...Object.keys(lessonFields), ...READ_AS.map(([field]) => field)]);

type Store = Parameters<Loader['load']>[0]['store'];
type StoredEntry = Parameters<Store['set']>[0];

/**
 * An entry as the store keeps it: Astro's content store is written to disk and made into one
 * module of the pages' bundle, and its size is what a build pays for (the whole store, not the
 * lessons that changed). The pages read an entry's rendered HTML and the sections the renderer
 * adds to its frontmatter; the lesson's fields are in `entry.data`, read by the schema. So
 * the rendered HTML goes to a file of its own (./rendered.ts), and the rendered frontmatter
 * keeps only what Markdown plugins added (the sections, and whatever a team's own plugins
 * add), not a second copy of the fields the schema read (a lesson's quiz, most of all). The
 * source text is not kept either (`retainBody: false`): the handbook model has its own reading.
 */
function slim(entry: StoredEntry, files: ReturnType<typeof renderedFiles>): StoredEntry {
  const frontmatter = entry.rendered?.metadata?.frontmatter;
  if (!entry.rendered || !frontmatter) return entry;
  const added = Object.fromEntries(Object.entries(frontmatter).filter(([key]) => !READ_FIELDS.has(key)));
  return { ...entry, rendered: files.toFile(entry, { ...entry.rendered, metadata: { ...entry.rendered.metadata, frontmatter: added } }) };
}

/** The loader's store, keeping entries slimmed (slim()); every other call goes to the store as it is. */
function slimStore(store: Store, files: ReturnType<typeof renderedFiles>): Store {
  return new Proxy(store, {
    get(target, key) {
      if (key === 'set') return (entry: StoredEntry) => target.set(slim(entry, files));
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
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
    async load(context) {
      const dir = lessonsFolderOf(fileURLToPath(context.config.root));
      const pattern = [...LESSON_PATTERN, ...excludedPatterns(dir).map((p) => `!${p}`)];
      // In `astro dev` (the only time Astro gives a loader a watcher), a lesson is rendered when
      // its page is asked for, as its own module (`deferRender`), not into the store: Astro makes
      // the whole store into one module again after every save, so a save would cost as much as
      // the handbook is large (3.2 s of the dev server's CPU at 1,000 lessons, against 0.3 s
      // this way). A build renders into the store (its HTML into files beside it, ./rendered.ts):
      // as modules, a build takes twice the CPU.
      const dev = context.watcher !== undefined;
      const key = JSON.stringify([dir, pattern, dev]);
      if (inner?.key !== key) {
        const loader = glob({
          pattern,
          base: pathToFileURL(`${dir}/`).href,
          retainBody: false,
          deferRender: dev,
          generateId: ({ entry, data }) => slugFor(dir, entry, data.slug),
        });
        inner = { key, loader };
      }
      if (dev) return inner.loader.load(context);
      const files = renderedFiles(context.config.cacheDir, context.collection);
      files.beforeLoad(context.store);
      await inner.loader.load({ ...context, store: slimStore(context.store, files) });
      files.afterLoad(context.store);
    },
  };
}

export const collections = {
  lessons: defineCollection({ loader: lessonsLoader(), schema: lessonSchema }),
};
