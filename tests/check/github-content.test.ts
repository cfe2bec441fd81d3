/**
 * What a lesson written for GitHub holds that the page cannot give every reader: content that
 * would fail the accessibility gate (axe-core, WCAG 2.2 A/AA) is a warning at its line, and
 * what GitHub draws but the page shows as source (diagrams, maps, math) is a note. Neither
 * stops the build. The same lesson as Markdown with HTML and as MDX gets the same warnings.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkHandbook, formatProblem, formatReport, hasErrors, type CheckResult } from '../../src/check/index.ts';
import { cleanEnv, repo } from '../support/project';

const dir = path.resolve('tests/fixtures/check/github-content');
let result: CheckResult;
beforeAll(() => {
  result = checkHandbook(dir, { displayPath: (file) => `lessons/${path.basename(file)}` });
});

const linesFor = (file: string) => result.problems.filter((p) => p.file === `lessons/${file}`).map(formatProblem);

const NO_ALT_MD = (url: string) => `image "${url}": the image has no alt text, so a screen reader cannot say what it shows; describe it between the brackets: ![what it shows](${url})`;
const NO_ALT_HTML = 'the image has no alt text, so a screen reader cannot say what it shows; add alt="what it shows" (or alt="" if it only decorates)';
const NO_TEXT_MD = 'the link has no text, so a screen reader cannot say where it goes; write its words between the brackets, or give its image alt text: [![what it shows](badge.svg)](…)';
const NO_NAME_OBJECT = 'the object has no text alternative; add aria-label="what it shows" (the text inside an object shows only when it cannot load)';
const NO_TEXT_HTML = 'the link has no text, so a screen reader cannot say where it goes; write its words inside it, or give its image alt text';

describe('content that would fail the accessibility gate is a warning at its line', () => {
  for (const file of ['unreadable.md', 'unreadable-mdx.mdx']) {
    it(`${file}: images without alt text, links without text, a frame without a title, an object without text`, () => {
      const at = (line: number, text: string) => `lessons/${file}:${line}: warning: ${text}`;
      // In line order (two on one line in either order).
      expect([...linesFor(file)].sort()).toEqual([
        at(10, NO_ALT_MD('pic.png')),
        at(12, `link "https://example.org/empty": ${NO_TEXT_MD}`),
        at(12, `link "https://example.org/badge": ${NO_TEXT_MD}`),
        at(12, NO_ALT_MD('badge.svg')),
        at(14, `<img src="pic.png">: ${NO_ALT_HTML}`),
        at(17, `<img src="pic.png">: ${NO_ALT_HTML}`),
        at(17, `<a href="https://example.org/x">: ${NO_TEXT_HTML}`),
        at(21, `<a href="https://example.org/z">: ${NO_TEXT_HTML}`),
        at(24, '<iframe src="https://www.youtube.com/embed/x">: the frame has no title, so a screen reader cannot say what it holds; add title="what it shows"'),
        at(27, `<object data="diagram.svg">: ${NO_NAME_OBJECT}`),
        // Text inside an object is its fallback: a reader sees (and axe reads) the loaded file instead.
        at(28, `<object data="diagram.svg">: ${NO_NAME_OBJECT}`),
      ].sort());
      const lines = linesFor(file).map((l) => Number(l.split(':')[1]));
      expect(lines).toEqual([...lines].sort((a, b) => a - b));
    });
  }

  it('described images, worded links, a titled frame and a labelled object say nothing', () => {
    expect(linesFor('fine.md')).toEqual([]);
  });
});

describe('what GitHub draws and the page shows as source is a note', () => {
  it('a Mermaid diagram, math in dollars and in a math block, a map; not code, not prices', () => {
    const note = (line: number, text: string) => `lessons/unshown.md:${line}: note: ${text}`;
    const math = 'math: GitHub typesets $…$ and $$…$$ as math; the page shows the dollar signs and the TeX as written. Write the formula in words, or add it as an image';
    expect(linesFor('unshown.md')).toEqual([
      note(8, 'code block "mermaid": GitHub shows this as a Mermaid diagram; the page shows its source as code. To show the picture itself, add it as an image: ![what it shows](diagram.svg)'),
      note(12, math),
      note(14, math),
      note(18, 'code block "math": GitHub shows this as math; the page shows its source as code. To show the formula itself, add it as an image: ![what it shows](formula.svg)'),
      note(22, 'code block "geojson": GitHub shows this as a map; the page shows its source as code. To show the picture itself, add it as an image: ![what it shows](diagram.svg)'),
    ]);
  });

  it('warnings and notes never stop the build, and the count says so', () => {
    expect(hasErrors(result.problems)).toBe(false);
    expect(formatReport(result.problems, result.lessons).split('\n').at(-1)).toBe('22 warnings and 5 notes in 3 files, nothing that stops the build');
  });
});

describe('with a baseline', () => {
  it('`lessonbook baseline` records the warnings, never the notes, and check then shows only the notes', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-notes-'));
    cpSync(dir, path.join(root, 'lessons'), { recursive: true });
    const lessonbook = (...args: string[]) => spawnSync(process.execPath, [path.join(repo, 'src/cli/main.ts'), ...args], { cwd: root, encoding: 'utf8', env: cleanEnv() });
    const made = lessonbook('baseline');
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    const recorded = JSON.parse(readFileSync(path.join(root, 'lessonbook-baseline.json'), 'utf8')) as { problems: { kind: string; about: string }[] };
    expect(recorded.problems.every((p) => p.kind === 'warning')).toBe(true);
    expect(recorded.problems.map((p) => p.about)).toContain('<iframe src="https://www.youtube.com/embed/x">');
    const checked = lessonbook('check');
    expect(checked.status).toBe(0);
    const lines = checked.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.includes(': note: '))).toHaveLength(5);
    expect(lines.filter((l) => l.includes(': warning: '))).toEqual([]);
  });
});
