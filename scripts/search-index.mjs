// Build stage: `node scripts/search-index.mjs <site folder>` adds search to a built site:
//   search/index.js   the index of every lesson section, as a plain script that hands its data
//                     to the search code (fetch() and module scripts do not work from file://,
//                     a classic <script src> does, so hosted and offline read the same file);
//   search/search.js  the search dialog (src/client/search.ts), bundled as a classic script;
//   search/search.css its styles.
// Pages load these only when the reader opens search (src/components/Search.astro).
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import MiniSearch from 'minisearch';
import { STORE_FIELDS, indexOptions } from '../src/client/search-options.ts';
import { pack } from '../src/client/search-pack.ts';
import { readLessonPages, readLessonPagesInParallel } from './lib/search-docs.mjs';
import { root } from './lib/run.mjs';

/** `[slug, file]` of every lesson page of the built site, in slug order. */
function lessonPages(site) {
  const dir = path.join(site, 'lessons');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'index.html')))
    .map((e) => [e.name, path.join(dir, e.name, 'index.html')])
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

/** The search documents (one per section) and the lessons they belong to. */
function toDocs(read) {
  const lessons = [];
  const docs = [];
  for (const [slug, lesson] of read) {
    if (!lesson) continue; // a former slug's redirect page
    const l = lessons.push([slug, lesson.title]) - 1;
    for (const s of lesson.sections) {
      docs.push({ id: docs.length, l, s: s.id, title: s.title, lesson: lesson.title, text: s.text });
    }
  }
  return { lessons, docs };
}

/** Every lesson section of the built site, and the lessons they belong to, in slug order. */
export const collectDocs = (site) => toDocs(readLessonPages(lessonPages(site)));

/** The text of search/index.js for the site's lessons. */
export function indexScript({ lessons, docs }) {
  const engine = new MiniSearch(indexOptions);
  engine.addAll(docs);
  const data = JSON.stringify({ lessons, index: pack(engine.toJSON(), STORE_FIELDS) });
  // JSON.parse of a string literal starts faster than an object literal of the same data
  // (V8 parses JSON in one pass); JSON.stringify makes it a safe JS string.
  return `lessonbookSearch.load(JSON.parse(${JSON.stringify(data)}));\n`;
}

async function bundle(outDir) {
  await build({
    entryPoints: [path.join(root, 'src/client/search.ts'), path.join(root, 'src/client/search.css')],
    outdir: outDir,
    bundle: true,
    minify: true,
    format: 'iife', // a classic script: runs from file:// and knows its own URL (currentScript)
    target: ['es2020'],
    legalComments: 'none',
    logLevel: 'warning',
  });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  const site = process.argv[2];
  if (!site) {
    console.error('usage: node scripts/search-index.mjs <site folder>');
    process.exit(2);
  }
  const started = performance.now();
  const outDir = path.join(site, 'search');
  mkdirSync(outDir, { recursive: true });
  const bundled = bundle(outDir); // esbuild works in its own process meanwhile
  const collected = toDocs(await readLessonPagesInParallel(lessonPages(site)));
  const script = indexScript(collected);
  writeFileSync(path.join(outDir, 'index.js'), script);
  await bundled;
  const ms = Math.round(performance.now() - started);
  console.log(
    `search: ${collected.docs.length} sections of ${collected.lessons.length} lessons; ` +
      `index ${kb(Buffer.byteLength(script))} (${kb(gzipSync(script).length)} gzipped); ${ms} ms`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
