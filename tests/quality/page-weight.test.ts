// Page weight: a lesson page needs no JavaScript to read, and all it ships stays small —
// JS ≤ 3 KB gzipped, CSS ≤ 12 KB gzipped, on every page. The figures are printed on every run.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { base, distDir, htmlFiles, isLessonPage, pagePath } from './site';
import { kb, pageWeight, type PageWeight } from './weight';
import { builtProject } from '../support/project';

const JS_BUDGET = 3 * 1024;
const CSS_BUDGET = 12 * 1024;
/** The quiz island registers this element; its script is the one a quiz-less lesson must not ship. */
const isQuizScript = (script: string) => /customElements\.define\(\s*["'`]lb-quiz["'`]/.test(script);

const files = htmlFiles();
const weights = new Map<string, PageWeight>(files.map((file) => [file, pageWeight(distDir, file, base)]));

beforeAll(() => {
  const rows = files.map((file) => {
    const w = weights.get(file)!;
    return `  ${pagePath(file).padEnd(58)} JS ${kb(w.jsGz).padStart(8)} gz   CSS ${kb(w.cssGz).padStart(8)} gz   HTML ${kb(w.html).padStart(9)}`;
  });
  console.log(`page weight (budgets: JS ${kb(JS_BUDGET)} gz, CSS ${kb(CSS_BUDGET)} gz)\n${rows.join('\n')}`);
});

describe('page weight', () => {
  for (const file of files) {
    it(`${pagePath(file)} ships at most 3 KB of JavaScript and 12 KB of CSS, gzipped`, () => {
      const w = weights.get(file)!;
      expect(w.jsGz, `JS on ${pagePath(file)}: ${kb(w.jsGz)} gzipped`).toBeLessThanOrEqual(JS_BUDGET);
      expect(w.cssGz, `CSS on ${pagePath(file)}: ${kb(w.cssGz)} gzipped`).toBeLessThanOrEqual(CSS_BUDGET);
    });
  }

  it('a lesson with a quiz ships the quiz script (so the check below can tell)', () => {
    const lessons = files.filter(isLessonPage);
    expect(lessons.length).toBeGreaterThan(0);
    for (const file of lessons) expect(weights.get(file)!.scripts.some(isQuizScript), pagePath(file)).toBe(true);
  });
});

describe('a lesson without a quiz', () => {
  let weight: PageWeight;

  beforeAll(() => {
    // Built by the real pipeline from a lesson folder of its own: every lesson we ship has a quiz.
    const lessons = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-weight-'));
    copyFileSync('lessons/handbook.json', path.join(lessons, 'handbook.json'));
    writeFileSync(
      path.join(lessons, 'no-quiz.mdx'),
      '---\ntitle: A lesson with no quiz\ntagline: Nothing to check here.\norder: 1\n---\n\n## The short version\n\nRead it; there is no quiz.\n\n## Why it matters\n\nSome lessons have nothing to test.\n',
    );
    const project = builtProject('no-quiz', { lessons });
    weight = pageWeight(project.dist, 'lessons/no-quiz/index.html');
    console.log(`no-quiz lesson: JS ${kb(weight.jsGz)} gz, CSS ${kb(weight.cssGz)} gz, HTML ${kb(weight.html)}`);
  }, 120_000);

  it('ships no quiz script', () => {
    expect(weight.scripts.filter(isQuizScript)).toEqual([]);
    expect(weight.jsGz).toBeLessThanOrEqual(JS_BUDGET);
  });
});
