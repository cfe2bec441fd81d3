/**
 * The search index in transit: the files of `search/` that the build writes
 * (src/write/search-index.ts) and the browser reads (./search-shards.ts), and how a word's
 * postings are packed in them.
 *
 * The index is MiniSearch's, made by the build over every section of the handbook, then
 * split so that a query downloads only what it needs:
 *   index.js         the manifest (SearchManifest): the index's totals, which words each
 *                    terms file starts at, which word lengths there are;
 *   docs.js          per lesson its number of sections, per section its fields' lengths
 *                    (SearchDocs): what ranking needs of every section;
 *   terms/<i>.js     the words from `manifest.terms[i]` up to the next file's first, in code
 *                    unit order, each with its postings (TermEntry);
 *   words/<n>.js     every word of n code units, sorted: what a typo is matched against;
 *   text/<p>.js      the id, title and text of `manifest.texts` sections in a row, from
 *                    section p × texts on, with the slug, title and part path of their
 *                    lessons (TextPack): read only for the sections a query shows, or
 *                    whose text its ranking needs.
 * Each is a classic script that hands its data to `lessonbookSearch` (fetch() and module
 * scripts do not work from file://, a classic <script src> does, so hosted and offline read
 * the same files).
 *
 * MiniSearch's own serialization (toJSON) writes every posting as `"docId": frequency` in an
 * object per word and field; packed, postings are runs of id gaps (mostly small numbers, and
 * a word that is in every section is a run of 1s that gzip all but erases). unpackTerm()
 * gives back exactly what toJSON() gave, for MiniSearch.loadJS(): ranking stays MiniSearch's.
 *
 * MiniSearch visits the words of a prefix or a typo in the order of its word tree, and that
 * order decides how equal scores tie and in which order a section's scores are summed. A tree
 * filled in code unit order keeps that order whichever words it holds (a tree filled in any
 * other order moves a branch when it splits it), so the words are always given to MiniSearch
 * in code unit order: the whole index and any part of it rank alike.
 */

/** A word's postings in one field: [field id, gaps between section ids, frequencies (1 when all are 1)]. */
export type Postings = [number, number[], number[] | 1];

/** Compares words in code unit order (as `<` does). */
export const codeUnitOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A word in a terms file: the word and its postings per field. */
export type TermEntry = [term: string, ...postings: Postings[]];

/** A word's postings as MiniSearch's toJSON() writes them: field id → section id → frequency. */
export type TermFields = Record<string, Record<string, number>>;

/** search/index.js. */
export interface SearchManifest {
  /** MiniSearch's serialization version the index was made with. */
  version: number;
  /** How many sections the index holds. */
  documentCount: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  /** How many lessons there are. */
  lessons: number;
  /** The first word of each terms file: terms/<i>.js holds the words from terms[i] up to terms[i + 1]. */
  terms: string[];
  /** The word lengths that have a words/<n>.js. */
  words: number[];
  /** How many sections' text each text file holds: section i's is in text/<⌊i / texts⌋>.js. */
  texts: number;
}

/** search/docs.js. */
export interface SearchDocs {
  /** Per lesson, in order, how many sections (documents) it has: a lesson's sections are numbered in a run. */
  sections: number[];
  /** Per section, in id order: its fields' lengths in words. */
  fieldLength: number[][];
}

/** Where a lesson is: its slug, its title, and the titles of the parts it is in, outermost first. */
export type SearchLesson = [slug: string, title: string, parts: string[]];

/** A section in a text file: its id, title and text. */
export type SectionText = [id: string, title: string, text: string];

/**
 * search/text/<p>.js: its sections in order (the first is section p × manifest.texts), and
 * the lessons they are in, each once, by number (docs.js tells which lesson a section is in).
 */
export type TextPack = [lessons: [l: number, ...lesson: SearchLesson][], sections: SectionText[]];

/** The files' names, relative to search/, without `.js`. */
export const searchFile = {
  manifest: 'index',
  docs: 'docs',
  terms: (i: number) => `terms/${i}`,
  words: (length: number) => `words/${length}`,
  text: (pack: number) => `text/${pack}`,
};

/** A word's postings in the field `fieldId`, packed: its sections (ids, ascending) as gaps, and its frequency in each (1 when every one is 1). */
export function packPostings(fieldId: number, docs: readonly number[], tfs: readonly number[]): Postings {
  return [fieldId, docs.map((d, i) => d - (docs[i - 1] ?? 0)), tfs.every((tf) => tf === 1) ? 1 : [...tfs]];
}

/** A word's postings as toJSON() wrote them. */
export function unpackTerm(postings: readonly Postings[]): TermFields {
  const fields: TermFields = {};
  for (const [fieldId, gaps, tfs] of postings) {
    const freqs: Record<string, number> = {};
    let doc = 0;
    gaps.forEach((gap, i) => (freqs[(doc += gap)] = tfs === 1 ? 1 : tfs[i]!));
    fields[fieldId] = freqs;
  }
  return fields;
}

/** The text of a search file: a classic script handing `data` to the search code. */
export function searchScript(name: string, data: unknown): string {
  // JSON.parse of a string literal starts faster than an object literal of the same data
  // (V8 parses JSON in one pass); JSON.stringify makes it a safe JS string.
  const json = JSON.stringify(JSON.stringify(data));
  return name === searchFile.manifest ? `lessonbookSearch.load(JSON.parse(${json}));\n` : `lessonbookSearch.add(${JSON.stringify(name)},JSON.parse(${json}));\n`;
}
