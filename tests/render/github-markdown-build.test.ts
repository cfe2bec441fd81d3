/**
 * A handbook written for GitHub (tests/fixtures/github-markdown: every alert, code in seven
 * languages, footnotes, emoji), built for real: every page it makes is valid HTML to the
 * W3C Nu checker — the lesson, the one-page handbook that holds every lesson's footnotes with
 * their ids made unique, and the handbook in short that holds only a footnote's mark.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkHtml, formatMessages, type NuMessage } from '../support/nu.ts';
import { builtProject, type Project } from '../support/project.ts';

let project: Project;
let report: Map<string, NuMessage[]>;

beforeAll(async () => {
  project = builtProject('github-markdown', { lessons: 'tests/fixtures/github-markdown' });
  report = await checkHtml(project.dist);
}, 300_000);

const page = (file: string) => readFileSync(path.join(project.dist, file), 'utf8');

describe('a handbook written for GitHub, built', () => {
  for (const file of ['lessons/shipping-safely/index.html', 'print/index.html', 'in-short/index.html', 'index.html']) {
    it(`the Nu HTML checker finds no error on ${file}`, () => {
      const errors = (report.get(file) ?? []).filter((m) => m.type === 'error');
      expect(errors.length, `\n${formatMessages(file, errors)}\n`).toBe(0);
    });
  }

  it('the one-page handbook holds the footnotes under ids of the lesson', () => {
    const html = page('print/index.html');
    expect(html).toContain('id="shipping-safely--user-content-fn-flags"');
    expect(html).toContain('href="#shipping-safely--user-content-fnref-flags"');
    expect(html).toContain('aria-describedby="shipping-safely--footnote-label"');
  });

  it('code in every language is highlighted with classes, and nothing has a style attribute', () => {
    const lesson = page('lessons/shipping-safely/index.html');
    for (const lang of ['ts', 'sh', 'html', 'css', 'diff', 'python', 'yaml']) {
      expect(lesson, lang).toMatch(new RegExp(`<code class="language-${lang}">[^]*?<span class="token `));
    }
    expect(lesson).not.toContain('style=');
  });
});
