/**
 * The folder lesson pages live in (`lessons/`) is the contract's to say, and only the
 * contract's: a copy of this repository's src/ with that one constant changed builds a
 * handbook whose pages, section pages, links, one-page handbook, search and offline copy all
 * follow it. Links authors wrote as `/lessons/<slug>/…` keep working: they are how an author
 * names a lesson, whatever the folder, and the site points them at the lesson's page.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, formatBroken } from '../support/links.ts';
import { makeProject, repo, type Project } from '../support/project.ts';

const BUILD_TIME = 300_000;
const FOLDER = 'guide';
const BASE = '/h/';
const SITE = 'https://example.com';

const lessons: Record<string, string> = {
  'alpha.md': [
    '# Alpha',
    '',
    '## The short version',
    '',
    'Read [why beta matters](/lessons/beta/#why-it-matters), [its section page](/lessons/beta/why-it-matters/),',
    '[the same, as GitHub links it](beta.md#why-it-matters), and [the notes](notes.txt).',
    '',
    '## Common mistakes',
    '',
    '- Skipping [the short version](#the-short-version).',
  ].join('\n'),
  'beta.md': ['# Beta', '', '## The short version', '', 'Beta in short.', '', '## Why it matters', '', 'Because [alpha](/h/lessons/alpha/) says so.'].join('\n'),
  'guides/README.md': ['# Guides', '', 'The guides.'].join('\n'),
  'guides/gamma.md': ['# Gamma', '', '## The short version', '', 'Gamma, in [the guides](../guides/).'].join('\n'),
  'notes.txt': 'notes\n',
};

let project: Project;
let code: string;
const read = (file: string) => readFileSync(path.join(project.dist, file), 'utf8');

beforeAll(() => {
  // A copy of the source tree inside the repository (its imports resolve to node_modules here).
  const parent = path.join(repo, '.lessonbook', 'projects');
  mkdirSync(parent, { recursive: true });
  code = mkdtempSync(path.join(parent, 'contract-code-'));
  cpSync(path.join(repo, 'src'), path.join(code, 'src'), { recursive: true });
  cpSync(path.join(repo, 'public'), path.join(code, 'public'), { recursive: true });
  const contract = path.join(code, 'src', 'contract', 'urls.ts');
  const source = readFileSync(contract, 'utf8');
  const changed = source.replace("export const LESSONS: string = 'lessons';", `export const LESSONS: string = '${FOLDER}';`);
  expect(changed, 'src/contract/urls.ts names the lessons folder in one constant').not.toBe(source);
  writeFileSync(contract, changed);

  const folder = mkdtempSync(path.join(parent, 'contract-lessons-'));
  for (const [file, text] of Object.entries(lessons)) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), text);
  }
  project = makeProject('contract-prefix', { lessons: folder, code, base: BASE, site: SITE });
  const built = project.build();
  if (built.status !== 0) throw new Error(`the project did not build:\n${built.output}`);
}, BUILD_TIME);

describe('with the lessons folder changed in the contract alone', () => {
  it('puts lesson, part and section pages in the new folder, and none in the old', () => {
    for (const file of ['alpha/index.html', 'beta/index.html', 'guides/index.html', 'gamma/index.html', 'beta/why-it-matters/index.html']) {
      expect(existsSync(path.join(project.dist, FOLDER, file)), file).toBe(true);
    }
    expect(existsSync(path.join(project.dist, 'lessons'))).toBe(false);
    expect(read(`${FOLDER}/beta/why-it-matters/index.html`)).toContain(`<meta property="og:url" content="${SITE}${BASE}${FOLDER}/beta/why-it-matters/">`);
  });

  it('points every link at the new folder, authors\' /lessons/ links included, and none is broken', () => {
    const alpha = read(`${FOLDER}/alpha/index.html`);
    expect(alpha).toContain(`href="${BASE}${FOLDER}/beta/#why-it-matters"`);
    expect(alpha).toContain(`href="${BASE}${FOLDER}/beta/why-it-matters/"`);
    expect(alpha).toContain(`href="${BASE}files/notes.txt"`);
    expect(read(`${FOLDER}/beta/index.html`)).toContain(`href="${BASE}${FOLDER}/alpha/"`);
    expect(read('in-short/index.html')).toContain(`href="${BASE}${FOLDER}/alpha/"`);
    expect(read('sitemap.xml')).toContain(`${SITE}${BASE}${FOLDER}/alpha/`);
    expect(read('index.html')).not.toMatch(/href="[^"]*\/lessons\//);
    const report = checkLinks(project.dist, { base: BASE, site: SITE });
    expect(report.links).toBeGreaterThan(50);
    expect(report.broken, formatBroken(report.broken)).toEqual([]);
  });

  it('lands links between lessons on the one-page handbook itself', () => {
    const book = read('print/index.html');
    expect(book).toContain('href="#beta--why-it-matters"');
    expect(book).toContain('href="#alpha"');
  });

  it('gives search results the new folder', () => {
    const script = read('search/search.js');
    expect(script).toContain(FOLDER);
    expect(script).not.toContain('lessons/');
  });

  it('exports an offline copy and single files that follow it', () => {
    const exported = project.export();
    expect(exported.status, exported.output).toBe(0);
    const page = readFileSync(path.join(project.exported, 'handbook', FOLDER, 'alpha', 'index.html'), 'utf8');
    expect(page).toContain('href="../beta/index.html#why-it-matters"');
    expect(existsSync(path.join(project.exported, 'single', 'alpha.html'))).toBe(true);
    const report = checkLinks(path.join(project.exported, 'handbook'), { mode: 'file' });
    expect(report.broken, formatBroken(report.broken)).toEqual([]);
  }, BUILD_TIME);

  it('still checks the links authors write as /lessons/<slug>/', () => {
    writeFileSync(path.join(project.lessons, 'delta.md'), '# Delta\n\nSee [nothing](/lessons/nope/).\n');
    const checked = project.lessonbook('check');
    expect(checked.status).toBe(1);
    expect(checked.output).toContain('there is no lesson "nope"');
  });
});
