/**
 * A Markdown lesson's rendered HTML, kept in a file of its own rather than in Astro's content
 * store. A build makes the whole store into one module of the pages' bundle: with every
 * lesson's HTML in it, a 10,000-lesson handbook's store was 91 MB, serialized, bundled and
 * loaded whole, and the build's memory peaked there. The store keeps the entry's fields and
 * the file's name; a page that shows the lesson's body reads the file
 * (src/site/components/LessonContent.astro).
 *
 * The files live in Astro's cache folder beside the store (`<cacheDir>/lessonbook-rendered/`),
 * a folder to each collection, named by the entry's id and digest, and go as the store does:
 * a lesson Astro renders again writes its file again, a file no entry names is removed after
 * the lessons load, and an entry whose file is gone is dropped before they load, so Astro
 * renders it again.
 *
 * Not for a lesson with images of its own: Astro rewrites their references when a page
 * renders the entry, so that HTML stays in the store, as Astro keeps it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';

type Store = Parameters<Loader['load']>[0]['store'];
type StoredEntry = Parameters<Store['set']>[0];
type Rendered = NonNullable<StoredEntry['rendered']>;

/** The field of an entry's rendered metadata that names its file. */
const FIELD = 'lessonbookFile';

/** The folder of the rendered lessons of the project whose Astro cache folder is `cacheDir`. */
export function renderedDirOf(cacheDir: URL | string): string {
  return path.join(typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir), 'lessonbook-rendered');
}

/** The file an entry's rendered HTML is in (relative to `renderedDirOf`), if it is in one. */
function fileOf(rendered: { metadata?: object } | undefined): string | undefined {
  const name = (rendered?.metadata as Record<string, unknown> | undefined)?.[FIELD];
  return typeof name === 'string' ? name : undefined;
}

/**
 * The files of the lessons of `collection`, in its folder of the rendered lessons of the
 * project whose Astro cache folder is `cacheDir`: what the loader does with them around
 * Astro's load of the collection (src/collection/index.ts).
 */
export function renderedFiles(cacheDir: URL | string, collection: string) {
  const dir = renderedDirOf(cacheDir);
  const folder = path.join(dir, collection);
  /** Every file in the folder, as entries name them. */
  const present = () => readdirSync(folder).map((name) => `${collection}/${name}`);
  return {
    /** Before the load: the folder made, and every entry whose file is missing dropped from `store`, so the loader renders it again (a cache folder cleared by hand, say). */
    beforeLoad(store: Store): void {
      mkdirSync(folder, { recursive: true });
      const files = new Set(present());
      for (const [id, entry] of store.entries()) {
        const name = fileOf(entry.rendered);
        if (name !== undefined && !files.has(name)) store.delete(id);
      }
    },
    /** `rendered` as the store keeps it: its HTML written to the entry's file and left out, and the file's name in its metadata; as it is for a lesson with images of its own. */
    toFile(entry: StoredEntry, rendered: Rendered): Rendered {
      if (rendered.metadata?.imagePaths?.length) return rendered;
      const name = `${collection}/${createHash('sha256').update(`${entry.id}\0${String(entry.digest)}`).digest('hex').slice(0, 24)}.html`;
      writeFileSync(path.join(dir, name), rendered.html);
      return { ...rendered, html: '', metadata: { ...rendered.metadata, [FIELD]: name } };
    },
    /** After the load: every file that no entry of `store` names removed (a lesson since edited, renamed or deleted). */
    afterLoad(store: Store): void {
      const named = new Set(store.values().map((entry) => fileOf(entry.rendered)));
      for (const name of present()) if (!named.has(name)) rmSync(path.join(dir, name), { force: true });
    },
  };
}

/**
 * The rendered HTML of a lesson's entry, from its file in `dir`: what its pages show.
 * Undefined for an entry that has no file, whose HTML Astro renders (<Content />): an MDX
 * lesson, a lesson with images of its own, and every lesson in `astro dev`.
 */
export function fromFile(dir: string, entry: { id: string; rendered?: { metadata?: object } }): string | undefined {
  const name = fileOf(entry.rendered);
  if (name === undefined) return undefined;
  try {
    return readFileSync(path.join(dir, name), 'utf8');
  } catch {
    throw new Error(`the rendered lesson "${entry.id}" is missing from ${dir} (was Astro's cache folder cleared during the build?): build again`);
  }
}
