/**
 * After the build: search for the built site, in `search/`:
 *   index.js    the index of every lesson section, as a plain script that hands its data to
 *               the search code (fetch() and module scripts do not work from file://, a
 *               classic <script src> does, so hosted and offline read the same file);
 *   search.js   the search dialog (src/site/client/search.ts), bundled as a classic script;
 *   search.css  its styles.
 * Pages load these only when the reader opens search (src/site/components/Search.astro).
 * The index is read from the built pages, so search finds exactly what readers see.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import MiniSearch from 'minisearch';
import { LESSONS, SEARCH, lessonFile } from '../contract/index.ts';
import { STORE_FIELDS, indexOptions, type SearchData, type SearchDoc } from '../site/client/search-options.ts';
import { pack } from '../site/client/search-pack.ts';
import { readLessonPages, readLessonPagesInParallel, type PageFile, type ReadPage } from './search-docs.ts';

/** The search documents (one per section) and the lessons they belong to; `parts` names each lesson's part, by slug. */
export function toDocs(read: readonly ReadPage[], parts: ReadonlyMap<string, string> = new Map()): { lessons: SearchData['lessons']; docs: SearchDoc[] } {
  const lessons: SearchData['lessons'] = [];
  const docs: SearchDoc[] = [];
  for (const [slug, lesson] of read) {
    if (!lesson) continue; // a former slug's redirect page
    const l = lessons.push([slug, lesson.title, parts.get(slug) ?? '']) - 1;
    for (const s of lesson.sections) {
      docs.push({ id: docs.length, l, s: s.id, title: s.title, lesson: lesson.title, text: s.text });
    }
  }
  return { lessons, docs };
}

/**
 * Every lesson section of a built site (its lesson pages, in slug order), and the lessons:
 * for the tests, which have a built site and no model. The build goes through `writeSearch`,
 * which has the model's lessons (their order and parts) and reads in two threads; both read
 * a page and make its documents the same way (readLessonPages, toDocs).
 */
export function collectDocs(site: string): ReturnType<typeof toDocs> {
  const dir = path.join(site, LESSONS);
  const slugs = existsSync(dir) ? readdirSync(dir).filter((slug) => existsSync(path.join(site, lessonFile(slug)))).sort() : [];
  return toDocs(readLessonPages(slugs.map((slug): PageFile => [slug, path.join(site, lessonFile(slug))])));
}

/** The text of search/index.js for the site's lessons. */
export function indexScript({ lessons, docs }: ReturnType<typeof toDocs>): string {
  const engine = new MiniSearch(indexOptions);
  engine.addAll(docs);
  const data = JSON.stringify({ lessons, index: pack(engine.toJSON(), STORE_FIELDS) });
  // JSON.parse of a string literal starts faster than an object literal of the same data
  // (V8 parses JSON in one pass); JSON.stringify makes it a safe JS string.
  return `lessonbookSearch.load(JSON.parse(${JSON.stringify(data)}));\n`;
}

/** The dialog's source beside this module: TypeScript in the repository, JavaScript in the package. */
const client = (name: string) => fileURLToPath(new URL(`../site/client/${name}`, import.meta.url));
const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

async function bundle(outDir: string): Promise<void> {
  await build({
    entryPoints: [client(`search${ext}`), client('search.css')],
    outdir: outDir,
    bundle: true,
    minify: true,
    format: 'iife', // a classic script: runs from file:// and knows its own URL (currentScript)
    target: ['es2020'],
    legalComments: 'none',
    logLevel: 'warning',
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Writes `<site>/search/`; `lessons` are the lessons in reading order, each with the title of
 * its part ('' for none), which results show. Returns a line for the log.
 */
export async function writeSearch(site: string, lessons: readonly { slug: string; part: string }[]): Promise<string> {
  const outDir = path.join(site, SEARCH);
  mkdirSync(outDir, { recursive: true });
  const bundled = bundle(outDir); // esbuild works in its own process meanwhile
  const pages: PageFile[] = lessons.map(({ slug }) => [slug, path.join(site, lessonFile(slug))]);
  const collected = toDocs(await readLessonPagesInParallel(pages), new Map(lessons.map((l) => [l.slug, l.part])));
  const script = indexScript(collected);
  writeFileSync(path.join(outDir, 'index.js'), script);
  await bundled;
  return `search: ${collected.docs.length} sections of ${collected.lessons.length} lessons; index ${kb(Buffer.byteLength(script))} (${kb(gzipSync(script).length)} gzipped)`;
}
