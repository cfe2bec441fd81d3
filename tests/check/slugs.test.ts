/** Two lessons at one URL: the message lands on the lesson whose `slug:` caused it. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { checkHandbook, formatProblem } from '../../src/check/index.ts';

const lesson = (title: string, extra = '') =>
  `---\ntitle: ${title}\ntagline: A lesson.\norder: 1\n${extra}---\n\n## The short version\n\nText.\n`;

it('a `slug:` that takes another lesson’s file name is reported at that `slug:` line', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-slugs-'));
  writeFileSync(path.join(dir, 'alpha.mdx'), lesson('Alpha', 'slug: beta\n'));
  writeFileSync(path.join(dir, 'beta.mdx'), lesson('Beta'));
  writeFileSync(path.join(dir, 'handbook.json'), '{ "title": "Slugs", "intro": "Two lessons." }');
  const { problems } = checkHandbook(dir, { displayPath: (f) => path.basename(f) });
  expect(problems.map(formatProblem)).toEqual([
    'alpha.mdx:5: slug: "beta" is already the slug of beta.mdx, so both would be /lessons/beta/; give one of them its own `slug:`',
  ]);
});
