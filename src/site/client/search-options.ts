/**
 * How the search index is built (src/write/search-index.ts, in Node) and read (./search.ts, in
 * the browser), in one place: both sides must cut and fold words the same way, or a word
 * typed in the box would never meet the same word in the index.
 */
import type { Options, SearchOptions } from 'minisearch';

/** One section of one lesson, as it goes into the index. */
export interface SearchDoc {
  /** Position in the index's document list; MiniSearch needs a unique id. */
  id: number;
  /** Position of the lesson in reading order (its slug, title and parts come with its sections' text, search/text/: search-pack.ts). */
  l: number;
  /** The section's id: the result links to /lessons/<slug>/#<s> ('' for the words before the first section). */
  s: string;
  /** The section's title. */
  title: string;
  /** The lesson's title: searched, but not stored (the section's text file names the lesson). */
  lesson?: string;
  /** The section's text as the reader sees it, quiz questions and answers included. */
  text: string;
}

/**
 * Lower case, accents folded: "Décision" and "decision" are one word. Only the combining
 * diacritical marks (U+0300–036F) go: other scripts' marks (Devanagari vowel signs, say)
 * are letters of the word. Plain ASCII, most words, takes the quick way: this runs on every
 * word of every section, and on whole sections in the browser (search-query.ts).
 */
export function processTerm(term: string): string {
  return ASCII.test(term) ? term.toLowerCase() : term.normalize('NFD').replace(DIACRITICS, '').toLowerCase();
}
const ASCII = /^[\x00-\x7f]*$/;
const DIACRITICS = /[\u0300-\u036f]/g;

/** The same word boundaries as MiniSearch's own tokenizer (space and punctuation). */
export const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

export const indexOptions: Options<SearchDoc> = {
  fields: ['title', 'lesson', 'text'],
  // Only what a result shows: where it links and the text its snippet is cut from.
  storeFields: ['l', 's', 'title', 'text'],
  processTerm,
};

/** A typo in a longer word still finds it (short words are too easy to confuse). */
export const fuzzy = (term: string): number | false => (term.length > 4 ? 0.2 : false);

/**
 * How many edits a typo may be from `term` (a query's word) and still find it: what
 * MiniSearch makes of `fuzzy` (a fraction of the word's length, rounded, at most its
 * `maxFuzzy` of 6). The browser reads only the words this near (search-shards.ts).
 */
export function fuzzyDistance(term: string): number {
  const share = fuzzy(term);
  return share ? Math.min(6, Math.round(term.length * share)) : 0;
}

export const searchOptions: SearchOptions = {
  // Words in a section's title say more about it than words in its body.
  boost: { title: 3, lesson: 1.5 },
  // Results as you type: the word being typed is a prefix of the word meant.
  prefix: true,
  // Every word must be there, so a phrase narrows the results as it grows.
  combineWith: 'AND',
};
