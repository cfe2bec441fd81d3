/**
 * Searching the index split into files (search-pack.ts) while reading only what a query
 * needs. Pure (no DOM): the browser hands it a way to load a file (a classic script,
 * ./search.ts), the tests one that reads the built file, and both get the same answer.
 *
 * For a query it reads:
 *   - docs.js, once: every section's field lengths, which ranking needs;
 *   - the terms files holding the words that start with each query word (a word being typed
 *     is a prefix of the word meant), so a longer query rarely needs more;
 *   - when typos are looked for (search-query.ts, wantsTypos), the words as long as each
 *     query word give or take the typos allowed, then the terms files of those words that
 *     are near enough;
 *   - the text files of the sections shown, and of any section a phrase might lift into the
 *     first `exact` results (a section holding the query word for word ranks twice as high,
 *     which only its text tells) — unless the words read already tell that its text cannot
 *     hold the phrase (mayHold).
 * It gives MiniSearch the words it has read, in code unit order, with the whole index's
 * totals, so every result ranks exactly as over the whole index (search-pack.ts).
 */
import MiniSearch from 'minisearch';
import { WORD, fuzzyDistance, indexOptions, searchOptions } from './search-options.ts';
import { codeUnitOrder, searchFile, unpackTerm, type SearchDocs, type SearchLesson, type SearchManifest, type TermEntry, type TermFields, type TextPack } from './search-pack.ts';
import { find, fold, isPhrase, queryTerms, wantsTypos, type Hit } from './search-query.ts';

/** Reads the search file `name` (search-pack.ts's names); resolves with the data it holds. */
export type LoadFile = (name: string) => Promise<unknown>;

/** What MiniSearch keeps of a section: its lesson, then, once its text file is read, the rest. */
interface Stored {
  l: number;
  s?: string;
  title?: string;
  text?: string;
}

/** How many sections' text is read at a time while settling a phrase's ranking. */
const TEXTS_AT_ONCE = 40;

/** Whether `a` is within `max` edits (insert, delete, replace a code unit) of `b`. */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + cost);
      least = Math.min(least, next[j]!);
    }
    if (least > max) return false;
    row = next;
  }
  return row[b.length]! <= max;
}

export class ShardedIndex {
  /** Where each lesson is, once the text of one of its sections is read. */
  readonly lessons: (SearchLesson | undefined)[] = [];
  private readonly files = new Map<string, Promise<void>>();
  /** The words read so far, with their postings. */
  private readonly terms = new Map<string, TermFields>();
  private readonly words = new Map<number, string[]>();
  /** MiniSearch's numbering of sections (its own to ours: the same) and their field lengths, from docs.js. */
  private documentIds: Record<number, number> = {};
  private fieldLength: Record<number, number[]> = {};
  private stored: Record<number, Stored> = {};
  /** MiniSearch over the words read so far; made again when more arrive. */
  private engine: MiniSearch | undefined;

  readonly manifest: SearchManifest;
  private readonly load: LoadFile;

  constructor(manifest: SearchManifest, load: LoadFile) {
    this.manifest = manifest;
    this.load = load;
  }

  /** Starts reading what every query needs (docs.js) while the reader is still typing. */
  prepare(): void {
    this.docsFile().catch(() => {}); // a failure shows when a query needs it
  }

  /** Loads `name` once; `use` takes in its data. */
  private file(name: string, use: (data: unknown) => void): Promise<void> {
    let loading = this.files.get(name);
    if (!loading) {
      loading = this.load(name).then(use);
      // A failed load may be tried again by the next query.
      loading.catch(() => this.files.delete(name));
      this.files.set(name, loading);
    }
    return loading;
  }

  private docsFile(): Promise<void> {
    return this.file(searchFile.docs, (data) => {
      const docs = data as SearchDocs;
      let id = 0;
      docs.sections.forEach((count, l) => {
        for (let i = 0; i < count; i++) this.stored[id++] = { l };
      });
      docs.fieldLength.forEach((lengths, id) => {
        this.documentIds[id] = id;
        this.fieldLength[id] = lengths;
      });
    });
  }

  private termsFile(i: number): Promise<void> {
    return this.file(searchFile.terms(i), (data) => {
      for (const [term, ...postings] of data as TermEntry[]) this.terms.set(term, unpackTerm(postings));
      this.engine = undefined;
    });
  }

  private wordsFile(length: number): Promise<void> {
    return this.file(searchFile.words(length), (data) => this.words.set(length, data as string[]));
  }

  /** The text file holding section `id`'s text. */
  private textOf(id: number): number {
    return Math.floor(id / this.manifest.texts);
  }

  private textFile(pack: number): Promise<void> {
    return this.file(searchFile.text(pack), (data) => {
      const [lessons, sections] = data as TextPack;
      for (const [l, ...lesson] of lessons) this.lessons[l] ??= lesson;
      const first = pack * this.manifest.texts;
      sections.forEach(([s, title, text], i) => Object.assign(this.stored[first + i]!, { s, title, text }));
    });
  }

  /** The terms file that holds `term`, were it a word of the index. */
  private fileOf(term: string): number {
    const starts = this.manifest.terms;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= term) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The terms files holding the words that start with `term`. */
  private prefixFiles(term: string): number[] {
    const from = this.fileOf(term);
    const to = this.fileOf(`${term}\uffff`);
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }

  /** Reads the words a typo away from each of `terms`, then the terms files holding them. */
  private async typos(terms: string[]): Promise<void> {
    const near = (term: string) => {
      const d = fuzzyDistance(term);
      return d ? this.manifest.words.filter((n) => Math.abs(n - term.length) <= d) : [];
    };
    await Promise.all(terms.flatMap(near).map((n) => this.wordsFile(n)));
    const files = new Set<number>();
    for (const term of terms) {
      const d = fuzzyDistance(term);
      for (const n of near(term)) for (const word of this.words.get(n) ?? []) if (withinEdits(term, word, d)) files.add(this.fileOf(word));
    }
    await Promise.all([...files].map((i) => this.termsFile(i)));
  }

  private index(): MiniSearch {
    if (!this.engine) {
      const { manifest } = this;
      // in code unit order, as the whole index holds them (search-pack.ts)
      const index = [...this.terms].sort(([a], [b]) => codeUnitOrder(a, b));
      this.engine = MiniSearch.loadJS(
        {
          documentCount: manifest.documentCount,
          nextId: manifest.documentCount,
          documentIds: this.documentIds,
          fieldIds: manifest.fieldIds,
          fieldLength: this.fieldLength,
          averageFieldLength: manifest.averageFieldLength,
          // MiniSearch keeps these objects: a text file read later fills them in (textFile).
          storedFields: this.stored,
          dirtCount: 0,
          index,
          serializationVersion: manifest.version,
        },
        indexOptions,
      );
    }
    return this.engine;
  }

  /**
   * The sections matching `query`, best first, as search-query.ts's find() over the whole
   * index gives them, with the text of the first `shown` read; the first `exact` are in
   * exactly the whole index's order (the rest too, unless a phrase is in sections too many
   * to read). Once `abandoned()` (the reader typed on), it stops reading and gives nothing.
   */
  async find(query: string, enough: number, shown: number, abandoned = () => false, exact = 5): Promise<Hit[]> {
    const terms = queryTerms(query);
    if (!terms.length) return [];
    await Promise.all([this.docsFile(), ...terms.flatMap((t) => this.prefixFiles(t)).map((i) => this.termsFile(i))]);
    if (abandoned()) return [];
    if (wantsTypos(query, this.withoutTypos(query, terms), enough)) await this.typos(terms);
    if (abandoned()) return [];
    let hits = find(this.index(), query, enough);
    for (;;) {
      const unread = this.unread(hits, query, shown, exact);
      if (!unread.length) return hits;
      await Promise.all([...new Set(unread.slice(0, TEXTS_AT_ONCE).map((id) => this.textOf(id)))].map((pack) => this.textFile(pack)));
      if (abandoned()) return [];
      if (isPhrase(query)) hits = find(this.index(), query, enough); // a phrase found in a text lifts its section
      else hits = hits.map((h) => ({ ...h, ...this.shownFields(h.id) })); // text does not change a word's ranking
    }
  }

  /** A section's id, title and text, as find() gives them, once read. */
  private shownFields(id: number): Pick<Hit, 'section' | 'title' | 'text'> {
    const { s = '', title = '', text = '' } = this.stored[id]!;
    return { section: s, title, text };
  }

  /**
   * How many sections hold every word of `query` with no typo, as far as wantsTypos() needs
   * to know: for one word, whether any word of the index starts with it (a word the index has
   * is in some section) — a search as long as the whole query's on a short word.
   */
  private withoutTypos(query: string, terms: string[]): number {
    if (terms.length === 1 && !isPhrase(query)) {
      for (const term of this.terms.keys()) if (term.startsWith(terms[0]!)) return 1;
      return 0;
    }
    return this.index().search(query, searchOptions).length; // find()'s first search
  }

  /**
   * Whether a section may hold `query` word for word, as far as the words read tell: a word of
   * the phrase with a space or a mark before it in the phrase starts a word of the section's
   * text (and is one, with one after it too), and every word starting with a query word is
   * read. A section this says no to keeps its ranking without its text being read. (The first
   * word may be the end of a longer word of the text: the words read do not tell.)
   */
  private mayHold(query: string): (id: number) => boolean {
    const phrase = fold(query);
    const terms = new Set(queryTerms(query));
    const field = String(this.manifest.fieldIds.text);
    const sets: Set<number>[] = [];
    for (const m of phrase.matchAll(WORD)) {
      const word = m[0];
      if (m.index === 0 || !terms.has(word)) continue;
      const whole = m.index + word.length < phrase.length;
      const ids = new Set<number>();
      for (const [term, fields] of this.terms) {
        if (whole ? term !== word : !term.startsWith(word)) continue;
        for (const id of Object.keys(fields[field] ?? {})) ids.add(Number(id));
      }
      sets.push(ids);
    }
    return (id) => sets.every((ids) => ids.has(id));
  }

  /**
   * The sections whose text must still be read: the first `shown` hits, and, for a phrase,
   * any hit whose score, doubled, could reach the `settle`-th of its group (sections holding
   * every word, then those holding some) and whose text may hold the phrase (mayHold): the
   * phrase found in its text would lift it there. Highest scores first.
   */
  private unread(hits: Hit[], query: string, shown: number, settle: number): number[] {
    const known = (h: Hit) => this.stored[h.id]?.text !== undefined;
    const wanted: Hit[] = hits.slice(0, shown).filter((h) => !known(h));
    if (isPhrase(query)) {
      const may = this.mayHold(query);
      const every = hits.filter((h) => !h.partial);
      const some = hits.filter((h) => h.partial);
      // how many of each group are among the first `settle`: the sections with every word come first
      for (const [group, top] of [[every, Math.min(every.length, settle)], [some, Math.min(some.length, settle - every.length)]] as const) {
        if (top <= 0) continue;
        const bar = group[top - 1]!.score;
        wanted.push(...group.slice(top).filter((h) => !known(h) && 2 * h.score >= bar && may(h.id)));
      }
    }
    wanted.sort((a, b) => b.score - a.score);
    return [...new Set(wanted.map((h) => h.id))];
  }
}
