// The search index: what goes in (every section of the built lesson pages, as readers see
// them), that splitting it into files for the browser loses nothing, and how a result's text
// is cut. (On a handbook of 1,000 lessons: tests/write/search-shards.test.ts.)
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { readLessonPage } from '../../src/write/search-docs.ts';
import { collectDocs, indexFiles } from '../../src/write/search-index.ts';
import { indexOptions, processTerm } from '../../src/site/client/search-options.ts';
import { codeUnitOrder, searchFile, type SearchManifest } from '../../src/site/client/search-pack.ts';
import { ShardedIndex } from '../../src/site/client/search-shards.ts';
import { find, snippet } from '../../src/site/client/search-query.ts';

const dist = 'dist';

describe('the index of the built handbook (dist/, built first by npm test)', () => {
  const { lessons, docs } = collectDocs(dist);

  it('holds every section of every lesson, with its title and text, and nothing of the page around it', () => {
    expect(lessons.map(([slug]) => slug)).toContain('working-with-engineering');
    const seed = docs.filter((d) => lessons[d.l]![0] === 'working-with-engineering');
    expect(seed.map((d) => d.s)).toEqual(['short-version', 'why-it-matters', 'how-to', 'common-mistakes', 'in-a-startup', 'in-an-enterprise', 'quick-check']);
    expect(seed.map((d) => d.title)).toContain('How to be a partner engineers trust');
    const mistakes = seed.find((d) => d.s === 'common-mistakes')!;
    expect(mistakes.text).toMatch(/^Specifying the how — handing engineering a solution instead of a problem\. Being a disorganized/);
    for (const d of docs) {
      expect(d.text).not.toMatch(/^#|Check answer|Show the (model )?answer|Link to this section|Dark theme/);
      expect(d.text).not.toMatch(/\s{2}/);
    }
  });

  it('gives the quick check its questions and answers', () => {
    const quick = docs.find((d) => lessons[d.l]![0] === 'working-with-engineering' && d.s === 'quick-check')!;
    expect(quick.text).toContain('In the architect/builder model, what does the PM own?');
    expect(quick.text).toContain('The what and the why.');
  });

  it('loses nothing when split into files: the same results, in the same order, with the same scores, as one index', async () => {
    const made = new MiniSearch(indexOptions);
    made.addAll(docs);
    // one index holding every word, in the order the files give MiniSearch their words (search-pack.ts)
    const plain = made.toJSON();
    const engine = MiniSearch.loadJS({ ...plain, index: [...plain.index].sort(([a], [b]) => codeUnitOrder(a, b)) }, indexOptions);
    // the files as the browser gets them: each one's JSON
    const files = new Map([...indexFiles({ lessons: lessons.map(([slug, title]) => [slug, title, []]), docs })].map(([name, data]) => [name, JSON.parse(JSON.stringify(data))]));
    const split = new ShardedIndex(files.get(searchFile.manifest) as SearchManifest, async (name) => files.get(name));
    for (const query of ['estimate', 'system health until', 'malicious complience', 'crisp prob', 'e', 'zzzz']) {
      const whole = find(engine, query);
      const got = await split.find(query, 25, whole.length);
      expect(got.map(({ id, score, section, title, text, terms, partial }) => ({ id, score, section, title, text, terms, partial })), query).toEqual(
        whole.map(({ id, score, section, title, text, terms, partial }) => ({ id, score, section, title, text, terms, partial })),
      );
    }
  });
});

describe('a phrase on the index split into files', () => {
  // Sections holding "alpha" and "beta" apart; sections with "beta" only, one of them holding
  // "zzzzalpha beta" (the phrase "alpha beta", its first word the end of a longer one); and,
  // from section 12 on, longer sections with "alpha" only, which cannot hold the phrase.
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `filler${i}`).join(' ');
  const texts = [
    'alpha gamma delta beta',
    'beta gamma alpha',
    ...Array.from({ length: 10 }, (_, i) => (i === 7 ? `beta ${filler(14)} zzzzalpha beta` : `beta ${filler(i + 1)}`)),
    ...Array.from({ length: 16 }, (_, i) => `alpha ${filler((i % 4) + 1)}`),
  ];
  const docs = texts.map((text, id) => ({ id, l: id, s: `s${id}`, title: `Section ${id}`, lesson: `Lesson ${id}`, text }));
  const lessons = docs.map((d): [string, string, string[]] => [`lesson-${d.id}`, d.lesson, []]);
  const made = new MiniSearch(indexOptions);
  made.addAll(docs);
  const plain = made.toJSON();
  const engine = MiniSearch.loadJS({ ...plain, index: [...plain.index].sort(([a], [b]) => codeUnitOrder(a, b)) }, indexOptions);
  const files = new Map([...indexFiles({ lessons, docs })].map(([name, data]) => [name, JSON.parse(JSON.stringify(data))]));
  const manifest = files.get(searchFile.manifest) as SearchManifest;

  it('ranks its first five as one index does while the text of only the first few results is read, and lifts a section holding it word for word', async () => {
    for (const query of ['alpha beta', 'alpha bet', 'lpha beta', 'alpha, beta', 'gamma alpha', 'filler13 zzzzalpha']) {
      const split = new ShardedIndex(manifest, async (name) => files.get(name));
      const got = (await split.find(query, 25, 6)).slice(0, 5);
      const whole = find(engine, query).slice(0, 5);
      expect(got.map(({ id, score, partial }) => ({ id, score, partial })), query).toEqual(whole.map(({ id, score, partial }) => ({ id, score, partial })));
    }
    // the section holding "zzzzalpha beta", far down without the phrase, is lifted into the first five
    expect(find(engine, 'alpha beta').slice(0, 5).map((h) => h.id)).toContain(9);
  });

  it('does not read the text of sections that cannot hold it: a later word of the phrase is not in them', async () => {
    const read: string[] = [];
    const split = new ShardedIndex(manifest, async (name) => (read.push(name), files.get(name)));
    await split.find('alpha beta', 25, 6);
    const alphaOnly = (name: string) => name.startsWith('text/') && Number(name.slice(5)) * manifest.texts >= 12;
    expect(read.filter((name) => name.startsWith('text/')).length).toBeGreaterThan(0);
    expect(read.filter(alphaOnly)).toEqual([]);
    // they would be read were the phrase's ranking settled from texts alone: their scores, doubled, reach the fifth
    const hits = find(engine, 'alpha beta');
    const bar = hits[4]!.score;
    expect(hits.filter((h) => h.id >= 12 && 2 * h.score >= bar).length).toBeGreaterThan(0);
  });
});

describe('reading a lesson page', () => {
  it('is undefined for a page that is not a lesson (a former slug’s redirect)', () => {
    expect(readLessonPage('<!doctype html><meta http-equiv="refresh" content="0; url=../x/"><p>Moved</p>')).toBeUndefined();
  });
});

describe('words', () => {
  it('are folded to lower case without accents, on both sides of the search', () => {
    expect(['Décision', 'DECISION', 'naïve', 'Crème'].map(processTerm)).toEqual(['decision', 'decision', 'naive', 'creme']);
  });

  it('keep the marks that are letters in other scripts', () => {
    expect(processTerm('हिंदी')).toBe('हिंदी');
  });
});

describe('the text a result shows', () => {
  const text =
    'Estimates feed roadmaps, dependencies, and commitments to other teams and customers, so they travel far and tend to harden into promises along the way. Make the range and the uncertainty travel with the number. Work with the SDM on capacity and with the TPM on cross-team dependencies.';
  const join = (pieces: { text: string; mark: boolean }[]) => pieces.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

  it('marks the matched words, whatever their case', () => {
    expect(join(snippet('Ask what drives the Estimate.', new Set(['estimate'])))).toBe('Ask what drives the [Estimate].');
  });

  it('is cut around the matched words, at word boundaries, with "…" where it was cut', () => {
    const shown = join(snippet(text, new Set(['capacity', 'sdm']), 80));
    expect(shown).toMatch(/^…[A-Za-z]/);
    expect(shown).toContain('[SDM] on [capacity]');
    expect(shown.length).toBeLessThan(100);
  });

  it('starts at the beginning when only the title matched', () => {
    expect(join(snippet(text, new Set(['nothing']), 60))).toMatch(/^Estimates feed roadmaps.* …$/);
  });
});
