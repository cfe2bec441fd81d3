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

/** The file of the entry `id` as rendered from source with `digest`, in its collection's folder of `renderedDirOf`. */
function fileName(collection: string, id: string, digest: string | number | undefined): string {
  return `${collection}/${createHash('sha256').update(`${id}\0${String(digest)}`).digest('hex').slice(0, 24)}.html`;
}

/** The file an entry's rendered HTML is in, if it is in one. */
function fileOf(rendered: { metadata?: object } | undefined): string | undefined {
  const name = (rendered?.metadata as Record<string, unknown> | undefined)?.[FIELD];
  return typeof name === 'string' ? name : undefined;
}

/**
 * `rendered` as the store of `collection` keeps it: its HTML written to its file in `dir`
 * (renderedDirOf) and left out, and the file's name in its metadata; as it is for a lesson
 * with images of its own.
 */
export function toFile(dir: string, collection: string, entry: StoredEntry, rendered: Rendered): Rendered {
  if (rendered.metadata?.imagePaths?.length) return rendered;
  const name = fileName(collection, entry.id, entry.digest);
  writeFileSync(path.join(dir, name), rendered.html);
  return { ...rendered, html: '', metadata: { ...rendered.metadata, [FIELD]: name } };
}

/**
 * Before the lessons of `collection` load: its folder made, and every entry whose file is
 * missing dropped from its store, so the loader renders it again (a cache folder cleared by
 * hand, say).
 */
export function beforeLoad(dir: string, collection: string, store: Store): void {
  mkdirSync(path.join(dir, collection), { recursive: true });
  const present = new Set(readdirSync(path.join(dir, collection)).map((name) => `${collection}/${name}`));
  for (const [id, entry] of store.entries()) {
    const name = fileOf(entry.rendered);
    if (name !== undefined && !present.has(name)) store.delete(id);
  }
}

/** After the lessons of `collection` load: every file in its folder that no entry of its store names removed (a lesson since edited, renamed or deleted). */
export function afterLoad(dir: string, collection: string, store: Store): void {
  const named = new Set(store.values().map((entry) => fileOf(entry.rendered)));
  for (const name of readdirSync(path.join(dir, collection))) {
    if (!named.has(`${collection}/${name}`)) rmSync(path.join(dir, collection, name), { force: true });
  }
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
