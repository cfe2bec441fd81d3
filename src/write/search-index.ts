/**
 * After the build: search for the built site, in `search/`:
 *   index.js, docs.js, terms/, words/, text/   the index of every lesson section, split so
 *               that a query downloads only the words it needs and the text of the sections
 *               it shows (the files: src/site/client/search-pack.ts);
 *   search.js   the search dialog (src/site/client/search.ts), bundled as a classic script;
 *   search.css  its styles.
 * Pages load these only when the reader opens search (src/site/components/Search.astro).
 * The index is read from the built pages, so search finds exactly what readers see.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import MiniSearch from 'minisearch';
import { LESSONS, SEARCH, lessonFile } from '../contract/index.ts';
import { indexOptions, type SearchDoc } from '../site/client/search-options.ts';
import { codeUnitOrder, packPostings, searchFile, searchScript, type SearchDocs, type SearchLesson, type SearchManifest, type SectionText, type TermEntry, type TextPack } from '../site/client/search-pack.ts';
import { readLessonPages, type BuiltSection, type PageFile, type ReadPage } from './search-docs.ts';

/** The search documents (one per section) and the lessons they belong to (with no part path: the pages do not say it). */
function toDocs(read: readonly ReadPage[]): { lessons: SearchLesson[]; docs: SearchDoc[] } {
  const lessons: SearchLesson[] = [];
  const docs: SearchDoc[] = [];
  for (const [slug, lesson] of read) {
    if (!lesson) continue; // a former slug's redirect page
    const l = lessons.push([slug, lesson.title, []]) - 1;
    for (const s of lesson.sections) {
      docs.push({ id: docs.length, l, s: s.id, title: s.title, lesson: lesson.title, text: s.text });
    }
  }
  return { lessons, docs };
}

/**
 * Every lesson section of a built site (its lesson pages, in slug order), and the lessons:
 * for the tests and the benchmark, which have a built site and no model (indexFiles). The
 * build adds each page to a SearchIndex as the write stage reads it, with the model's order
 * and part paths (searchWriter); both read a page the same way (readLessonPage).
 */
export function collectDocs(site: string): ReturnType<typeof toDocs> {
  const dir = path.join(site, LESSONS);
  const slugs = existsSync(dir) ? readdirSync(dir).filter((slug) => existsSync(path.join(site, lessonFile(slug)))).sort() : [];
  return toDocs(readLessonPages(slugs.map((slug): PageFile => [slug, path.join(site, lessonFile(slug))])));
}

/** About this many characters of JSON to a terms file (some 12 KB gzipped): few requests, little read in vain. */
const TERMS_FILE = 40_000;

/**
 * How many sections' text go in one text file: a result reads its section's file, so more
 * to a file is fewer files to write and more bytes read in vain (README, Search).
 */
const TEXT_PACK = 4;

/** How many sections one MiniSearch indexes before its postings join the whole index's (SearchIndex). */
const BATCH = 2_000;

/** A MiniSearch for a batch of sections. The build reads nothing back from it: the sections' stored fields are the text files. */
const batchIndex = () => new MiniSearch<SearchDoc>({ ...indexOptions, storeFields: [] });

/**
 * `text` as a string of its own. In V8 a word cut from a section's text (by the tokenizer) is a
 * window onto that text and keeps it alive: the index keeps its words to the end, and with
 * them, without this, the text of a section for nearly every word of the handbook.
 */
const detached = (text: string): string => JSON.parse(JSON.stringify(text)) as string;

/** A word's postings in one field, in section order: section ids and how often the word is in each. */
interface FieldPostings {
  docs: number[];
  tfs: number[];
}

/**
 * The index of every section, made one lesson at a time, in reading order (the write stage
 * adds each lesson page as it reads it, ./lesson-pages.ts), into files handed to `out` (name →
 * data, see search-pack.ts). The index is MiniSearch's over every section, as one index would
 * be, cut into files at the end (finish), so every word keeps its postings and ranking its
 * totals, and a query ranks as it would over the whole. Kept small as it grows, since the
 * stage keeps it to the end:
 *   - a section's text goes out in its text file as soon as that file is full;
 *   - MiniSearch indexes BATCH sections at a time (its words, frequencies and lengths, its
 *     way), and their postings then join the whole index's as plain arrays: MiniSearch keeps
 *     a Map per word and field, which at 10,000 lessons is 100 MB of the stage's memory.
 *     Its sections' lengths join too, and the average lengths are MiniSearch's own sum, taken
 *     in the same order, so the files are what one MiniSearch over every section gives.
 */
export class SearchIndex {
  readonly #out: (name: string, data: unknown) => void;
  /** Per lesson, in order, how many sections it has. */
  readonly #sections: number[] = [];
  /** The text file being filled: its lessons by number, and its sections. */
  #pack: { lessons: Map<number, SearchLesson>; sections: SectionText[] } = { lessons: new Map(), sections: [] };
  #docs = 0;
  /** The MiniSearch of the sections from `#batchStart` on. */
  #batch = batchIndex();
  #batchStart = 0;
  /** Every word's postings so far, by field id. */
  readonly #postings = new Map<string, FieldPostings[]>();
  /** Per section, its fields' lengths; per field, the average length. */
  readonly #fieldLength: number[][] = [];
  readonly #averageFieldLength: number[] = [];

  constructor(out: (name: string, data: unknown) => void) {
    this.#out = out;
  }

  /** Adds the next lesson in reading order, with its sections as a reader sees them. */
  add(lesson: SearchLesson, sections: readonly BuiltSection[]): void {
    const l = this.#sections.push(sections.length) - 1;
    for (const { id, title, text } of sections) {
      this.#batch.add({ id: this.#docs++, l, s: id, title, lesson: lesson[1], text });
      this.#pack.lessons.set(l, lesson);
      this.#pack.sections.push([id, title, text]);
      if (this.#pack.sections.length === TEXT_PACK) this.#flush();
      if (this.#docs - this.#batchStart === BATCH) this.#join();
    }
  }

  #flush(): void {
    const { lessons, sections } = this.#pack;
    if (sections.length === 0) return;
    this.#out(searchFile.text((this.#docs - sections.length) / TEXT_PACK), [[...lessons].map(([l, lesson]) => [l, ...lesson]), sections] satisfies TextPack);
    this.#pack = { lessons: new Map(), sections: [] };
  }

  /** The batch's postings and lengths joined to the whole index's; a new batch begun. Returns the batch's plain form. */
  #join(): ReturnType<MiniSearch['toJSON']> {
    const plain = this.#batch.toJSON();
    const first = this.#batchStart;
    const ids = Object.entries(plain.documentIds);
    if (plain.dirtCount !== 0 || ids.length !== plain.documentCount || ids.some(([shortId, id]) => id !== first + Number(shortId))) {
      throw new Error('search index: the sections must be numbered 0, 1, 2, … in the order they were added');
    }
    for (const [term, fields] of plain.index) {
      let postings = this.#postings.get(term);
      if (!postings) this.#postings.set(detached(term), (postings = []));
      // Keys that are numbers come in ascending order: sections in order, as they were added.
      for (const [fieldId, freqs] of Object.entries(fields)) {
        const field = (postings[Number(fieldId)] ??= { docs: [], tfs: [] });
        for (const [shortId, tf] of Object.entries(freqs)) {
          field.docs.push(first + Number(shortId));
          field.tfs.push(tf);
        }
      }
    }
    const lengths = plain.fieldLength as Record<string, number[]>;
    for (let shortId = 0; shortId < plain.documentCount; shortId++) {
      const doc = this.#fieldLength.push(lengths[shortId]!) - 1;
      // As MiniSearch's addFieldLength keeps it, section by section.
      lengths[shortId]!.forEach((length, fieldId) => {
        this.#averageFieldLength[fieldId] = ((this.#averageFieldLength[fieldId] || 0) * doc + length) / (doc + 1);
      });
    }
    this.#batch = batchIndex();
    this.#batchStart = this.#docs;
    return plain;
  }

  /** Hands out the rest: the last text file, the words and their postings, the sections' lengths and the manifest. */
  finish(): { sections: number; lessons: number } {
    this.#flush();
    const { fieldIds, serializationVersion } = this.#join();
    const count = this.#docs;
    // Words in code unit order, the order the browser gives them to MiniSearch (search-pack.ts).
    const terms: TermEntry[] = [...this.#postings].map(([term, fields]): TermEntry => [
      term,
      ...fields.flatMap((field, fieldId) => (field ? [packPostings(fieldId, field.docs, field.tfs)] : [])),
    ]);
    this.#postings.clear();
    terms.sort(([a], [b]) => codeUnitOrder(a, b));
    const starts: string[] = [];
    for (let i = 0; i < terms.length; ) {
      const chunk: TermEntry[] = [];
      let size = 0;
      while (i < terms.length && (size < TERMS_FILE || !chunk.length)) {
        size += JSON.stringify(terms[i]).length;
        chunk.push(terms[i++]!);
      }
      this.#out(searchFile.terms(starts.length), chunk);
      starts.push(chunk[0]![0]);
    }
    const byLength = new Map<number, string[]>();
    for (const [term] of terms) byLength.get(term.length)?.push(term) ?? byLength.set(term.length, [term]);
    for (const [length, words] of byLength) this.#out(searchFile.words(length), words);
    this.#out(searchFile.docs, { sections: this.#sections, fieldLength: this.#fieldLength } satisfies SearchDocs);
    this.#out(searchFile.manifest, {
      version: serializationVersion,
      documentCount: count,
      fieldIds,
      averageFieldLength: this.#averageFieldLength,
      lessons: this.#sections.length,
      terms: starts,
      words: [...byLength.keys()].sort((a, b) => a - b),
      texts: TEXT_PACK,
    } satisfies SearchManifest);
    return { sections: count, lessons: this.#sections.length };
  }
}

/** The files of the index of `lessons` and their sections `docs` (as toDocs makes them), by name: for the tests and the benchmark. */
export function indexFiles({ lessons, docs }: ReturnType<typeof toDocs>): Map<string, unknown> {
  const files = new Map<string, unknown>();
  const index = new SearchIndex((name, data) => files.set(name, data));
  const sectionsOf = lessons.map((): BuiltSection[] => []);
  for (const d of docs) sectionsOf[d.l]!.push({ id: d.s, title: d.title, text: d.text });
  lessons.forEach((lesson, l) => index.add(lesson, sectionsOf[l]!));
  index.finish();
  return files;
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
 * Search for the built site `site`, written into `<site>/search/` as the lessons are added
 * (SearchIndex: each lesson page as search reads it, in reading order, with the titles of the
 * parts it is in, outermost first, which results show; none for a part's own page). `finish`
 * writes the rest and returns a line for the log.
 */
export function searchWriter(site: string): { add: SearchIndex['add']; finish(): Promise<string> } {
  const outDir = path.join(site, SEARCH);
  mkdirSync(outDir, { recursive: true });
  const bundled = bundle(outDir); // esbuild works in its own process meanwhile
  for (const folder of ['terms', 'words', 'text']) {
    rmSync(path.join(outDir, folder), { recursive: true, force: true });
    mkdirSync(path.join(outDir, folder));
  }
  let manifest = '';
  let termFiles = 0;
  let textFiles = 0;
  const index = new SearchIndex((name, data) => {
    const script = searchScript(name, data);
    if (name === searchFile.manifest) manifest = script;
    if (name.startsWith('terms/')) termFiles++;
    if (name.startsWith('text/')) textFiles++;
    writeFileSync(path.join(outDir, `${name}.js`), script);
  });
  return {
    add: (lesson, sections) => index.add(lesson, sections),
    async finish() {
      const { sections, lessons } = index.finish();
      await bundled;
      return `search: ${sections} sections of ${lessons} lessons; index in ${termFiles} files of words and ${textFiles} of text, manifest ${kb(gzipSync(manifest).length)} gzipped`;
    },
  };
}
