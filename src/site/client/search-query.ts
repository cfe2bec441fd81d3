/**
 * Asking the index, and cutting the text a result shows. Pure (no DOM), so the build, the
 * unit tests and the browser all get the same answer for the same query.
 */
import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import { WORD, fuzzy, processTerm, searchOptions } from './search-options.ts';

export interface Hit {
  /** The section's number in the index. */
  id: number;
  /** Its score, as MiniSearch ranks it among these results. */
  score: number;
  lesson: number;
  /** The section's id, title and text: '' while its lesson's text is not read (search-shards.ts). */
  section: string;
  title: string;
  text: string;
  /** The words of the section that matched, as the index holds them (folded). */
  terms: string[];
  /** Set when the section holds only some of the query's words. */
  partial?: boolean;
}

/** The query as a section's text must hold it, word for word, to rank as a phrase. */
export const fold = (s: string) => processTerm(s.replace(/\s+/g, ' ').trim());

/** Whether `query` is more than one word: a section holding it word for word ranks twice as high. */
export const isPhrase = (query: string) => fold(query).includes(' ');

/** Sections' folded text, made once each: the phrase check runs for every match of every word. */
const folded = new WeakMap<object, string>();
function foldedText(stored: Record<string, unknown>): string {
  if (typeof stored.text !== 'string') return ''; // not read yet: search-shards.ts reads it where it matters
  let text = folded.get(stored);
  // The stored text's spaces are already single (src/write/search-docs.ts).
  if (text === undefined) folded.set(stored, (text = processTerm(stored.text)));
  return text;
}

/**
 * Whether `find` will look for typos (the costly part of a search, and on a split index the
 * words near each query word must be read first), given how many sections hold every word
 * of `query` as typed (`search`, below, with no typos): none, or fewer than `enough` for a
 * query of several words, which then lists the sections holding some of them.
 */
export const wantsTypos = (query: string, exact: number, enough: number) => exact === 0 || (exact < enough && isPhrase(query));

/**
 * The sections that match `query`, best first. Sections holding every word come first (the
 * last word may be half typed; failing any, every word allowing a typo); then, marked
 * `partial`, sections holding only some of the words — only while there are fewer than
 * `enough` of the first kind, since nobody reads past them. Typos are a fallback because
 * matching them costs most of a search's time on a big handbook. A section holding the
 * query as a phrase, word for word, ranks above sections that only hold its words apart.
 */
export function find(engine: MiniSearch, query: string, enough = 25): Hit[] {
  const phrase = fold(query);
  if (!phrase) return [];
  const boostDocument = (_id: unknown, _term: string, stored?: Record<string, unknown>) =>
    phrase.includes(' ') && stored && foldedText(stored).includes(phrase) ? 2 : 1;
  const search = (options: SearchOptions) => engine.search(query, { ...searchOptions, boostDocument, ...options });
  // Typos are looked for exactly when wantsTypos() says so.
  let all: SearchResult[] = search({});
  if (!all.length) all = search({ fuzzy });
  const some: SearchResult[] = [];
  if (all.length < enough && phrase.includes(' ')) {
    const found = new Set(all.map((r) => r.id));
    some.push(...search({ fuzzy, combineWith: 'OR' }).filter((r) => !found.has(r.id)));
  }
  const hit = (r: SearchResult, partial: boolean): Hit => ({
    id: r.id as number,
    score: r.score,
    lesson: r.l as number,
    section: String(r.s ?? ''),
    title: String(r.title ?? ''),
    text: String(r.text ?? ''),
    terms: r.terms,
    ...(partial ? { partial } : {}),
  });
  return [...all.map((r) => hit(r, false)), ...some.map((r) => hit(r, true))];
}

/** The words of `query` as the index holds them: cut and folded as MiniSearch cuts and folds them. */
export function queryTerms(query: string): string[] {
  const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
  return tokenize(query).map(processTerm).filter(Boolean);
}

/** A run of text, marked when it is a matched word. */
export interface Piece {
  text: string;
  mark: boolean;
}

/** Splits `text` into pieces, marking the words whose folded form is one of `terms`. */
export function markWords(text: string, terms: Set<string>): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    if (!terms.has(processTerm(m[0]))) continue;
    if (m.index > last) pieces.push({ text: text.slice(last, m.index), mark: false });
    pieces.push({ text: m[0], mark: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), mark: false });
  return pieces;
}

/**
 * The part of `text` a result shows: about `width` characters around the place where the
 * matched words are closest together, cut at word boundaries, with "…" where it was cut.
 */
export function snippet(text: string, terms: Set<string>, width = 180): Piece[] {
  const hits = [...text.matchAll(WORD)].filter((m) => terms.has(processTerm(m[0]))).map((m) => m.index);
  let start = 0;
  if (hits.length) {
    // The window (starting a little before a hit) that covers the most hits.
    let best = 0;
    let bestCount = 0;
    for (let i = 0, j = 0; i < hits.length; i++) {
      while (j < hits.length && hits[j] - hits[i] < width - 40) j++;
      if (j - i > bestCount) [best, bestCount] = [i, j - i];
    }
    start = Math.max(0, hits[best] - 40);
  }
  let end = Math.min(text.length, start + width);
  if (end === text.length) start = Math.max(0, end - width);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const pieces = markWords(text.slice(start, end), terms);
  if (start > 0) pieces.unshift({ text: '…', mark: false });
  if (end < text.length) pieces.push({ text: ' …', mark: false });
  return pieces;
}
