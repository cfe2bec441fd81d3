/**
 * Every file a lesson names in HTML is checked, whatever element and attribute name it and
 * however the attribute is written — `<object data>`, `poster`, `srcset`, unquoted values,
 * paths from the root of the lessons folder — and a lesson's `<script>` gets the rule the
 * README states: a classic script file beside the lesson runs; inline, remote and module
 * scripts are errors that say why and what to do.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHandbook, formatProblem } from '../../src/check/index.ts';

/** Checks a lessons folder (`folder`, from the project root) holding `lesson.md` with `body`, and the files given (paths in the folder); the project's public/ holds logo.svg. */
function check(body: string, files: string[] = [], folder = 'lessons'): string[] {
  const root = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-references-'));
  const dir = path.join(root, folder);
  mkdirSync(path.join(root, 'public'), { recursive: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(root, 'public', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), 'x');
  }
  writeFileSync(path.join(dir, 'handbook.json'), '{ "lessonShape": false }');
  writeFileSync(path.join(dir, 'lesson.md'), `---\ntitle: A lesson\n---\n\n${body}\n`);
  return checkHandbook(dir, { displayPath: (f) => `lessons/${path.relative(dir, f)}`, publicDir: path.join(root, 'public') }).problems.map(formatProblem);
}

describe('every file a lesson names in HTML is checked', () => {
  it('an <object data>, a video poster and each srcset candidate that are missing are each an error on their line', () => {
    const problems = check('<object data="chart.svg" type="image/svg+xml" aria-label="Chart">Chart</object>\n\n<video poster=still.png src="clip.webm"></video>\n\n<img src="a.png" alt="A" srcset="a.png 1x, a@2x.png 2x">', ['a.png', 'clip.webm']);
    expect(problems).toEqual([
      'lessons/lesson.md:5: link "chart.svg": there is no file chart.svg in the lessons folder; put the file there, or correct the path',
      'lessons/lesson.md:7: link "still.png": there is no file still.png in the lessons folder; put the file there, or correct the path',
      'lessons/lesson.md:9: link "a@2x.png": there is no file a@2x.png in the lessons folder; put the file there, or correct the path',
    ]);
  });

  it('the same references, present, pass', () => {
    expect(check('<object data="chart.svg" aria-label="Chart">Chart</object>\n\n<video poster=still.png src="clip.webm"></video>\n\n<img src=a.png alt=A srcset="a.png 1x, a@2x.png 2x">', ['chart.svg', 'still.png', 'clip.webm', 'a.png', 'a@2x.png'])).toEqual([]);
  });

  it('a path from the root is read from the top of the lessons folder, as GitHub reads it; else public/; else it is an error', () => {
    expect(check('<img src="/images/team.png" alt="Team">\n\n![Logo](/logo.svg)', ['images/team.png'])).toEqual([]);
    // public/ is the project's (Astro's publicDir), wherever the lessons folder is: not the one beside it.
    expect(check('![Logo](/logo.svg)', [], 'docs/handbook')).toEqual([]);
    expect(check('<img src="/images/gone.png" alt="Gone">', ['images/team.png'])).toEqual([
      'lessons/lesson.md:5: link "/images/gone.png": there is no file images/gone.png in the lessons folder (a path from / is read from the top of the lessons folder, as on GitHub) nor in public/; put the file there, or correct the path',
    ]);
  });
});

describe('what a lesson’s <script> may do', () => {
  it('a classic script file beside the lesson passes; a missing one is an error', () => {
    expect(check('<script src="widget.js"></script>', ['widget.js'])).toEqual([]);
    expect(check('<script src="widget.js"></script>')).toEqual([
      'lessons/lesson.md:5: link "widget.js": there is no file widget.js in the lessons folder; put the file there, or correct the path',
    ]);
  });

  it('an inline script, a script from another site and a module script are errors that say what to do instead', () => {
    const problems = check('<script>alert(1)</script>\n\n<script src="https://cdn.example.com/widget.js"></script>\n\n<script type="module" src="widget.js"></script>', ['widget.js']);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^lessons\/lesson\.md:5: <script>: a lesson runs no inline script: .*put the code in a \.js file beside the lesson/);
    expect(problems[1]).toMatch(/^lessons\/lesson\.md:7: <script src="https:\/\/cdn\.example\.com\/widget\.js">: a lesson runs no script from another site/);
    expect(problems[2]).toMatch(/^lessons\/lesson\.md:9: <script src="widget\.js">: .*remove type="module"/);
  });
});
