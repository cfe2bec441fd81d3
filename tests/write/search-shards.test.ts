/**
 * Search on a handbook of 1,000 lessons in parts five folders deep (scripts/bench/search-corpus.mjs),
 * built for real, its index read from the built files as the browser reads them
 * (tests/support/search-files.ts): the first results of a fixed set of queries are the ones
 * the whole index gave before it was split (search-expected.json), a first query reads at
 * most 300 KB gzipped, and results know their lesson's part path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeSearchCorpus } from '../../scripts/bench/search-corpus.mjs';
import { builtProject, repo, type Project } from '../support/project';
import { searchIndexOf } from '../support/search-files';

const BUILD_TIME = 900_000;
/** The budget of a first query, search code included: 300 KB, decimal as the README's goals are. */
const BUDGET = 300_000;

interface Expected {
  every: number;
  some: number;
  top: [slug: string, section: string, partial?: 'partial'][];
}
const expected = JSON.parse(readFileSync(path.join(import.meta.dirname, 'search-expected.json'), 'utf8')).queries as Record<string, Expected>;

let project: Project;
beforeAll(() => {
  const lessons = path.join(repo, '.lessonbook', 'corpus', 'search-1000');
  writeSearchCorpus(lessons, 1000, 1);
  project = builtProject('search-scale', { lessons });
}, BUILD_TIME);

const gz = (file: string) => gzipSync(readFileSync(file)).length;

describe('search on 1,000 lessons five folders deep', () => {
  it('gives the first five results of each kept query in the order the whole index gave them, with as many results and the same note on any-word matches', async () => {
    for (const [query, want] of Object.entries(expected)) {
      const { index } = searchIndexOf(project.dist);
      const hits = await index.find(query, 25, 25);
      const top = hits.slice(0, 5).map((h) => [index.lessons[h.lesson]![0], h.section, ...(h.partial ? ['partial'] : [])]);
      expect(top, query).toEqual(want.top.slice(0, 5));
      // how many hold every word and how many only some: what the status line and the note say
      expect([hits.filter((h) => !h.partial).length, hits.filter((h) => h.partial).length], query).toEqual([want.every, want.some]);
    }
  });

  it('reads at most 300 KB gzipped for a first query, the search code and its manifest included', async () => {
    const code = ['search.js', 'search.css', 'index.js'].reduce((sum, file) => sum + gz(path.join(project.dist, 'search', file)), 0);
    for (const query of Object.keys(expected)) {
      const { index, read } = searchIndexOf(project.dist);
      await index.find(query, 25, 25);
      const bytes = code + [...read.values()].reduce((a, b) => a + b, 0);
      expect(bytes, `${query}: ${[...read.keys()].join(' ')}`).toBeLessThanOrEqual(BUDGET);
    }
  });

  it('names each result’s lesson with the titles of the parts it is in, outermost first', async () => {
    const { index } = searchIndexOf(project.dist);
    const [hit] = await index.find('clergaist', 25, 25);
    const [slug, title, parts] = index.lessons[hit!.lesson]!;
    expect(slug).toBe('page-00007');
    expect(title).toBe('Cirai with clergaist');
    // its file is five folders deep; each folder's index.md gives its part's title
    const file = readdirSync(project.lessons, { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('page-00007.md'))!;
    const folders = path.dirname(file).split(path.sep);
    expect(folders).toHaveLength(5);
    const titles = folders.map((_, i) => readFileSync(path.join(project.lessons, ...folders.slice(0, i + 1), 'index.md'), 'utf8').match(/^# (.+)$/m)![1]);
    expect(parts).toEqual(titles);
  });
});
