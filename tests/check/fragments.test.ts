/**
 * A link whose fragment differs from a heading's anchor only in letter case lands, as on
 * GitHub: the check does not call it an error, and tells the build which links to write
 * with the anchor's own spelling. A fragment that matches no anchor in any case still is one.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHandbook, formatProblem } from '../../src/check/index.ts';

const dir = path.resolve('tests/fixtures/moving-in');
const result = checkHandbook(dir, { displayPath: (file) => path.relative(dir, file) });

describe('a fragment in other letter case', () => {
  it('is not an error, from Markdown or HTML, to a heading or to an id in the lesson’s HTML', () => {
    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });

  it('is handed to the build with the anchor it lands on', () => {
    expect(result.recased).toEqual(
      expect.arrayContaining([
        { from: '__handbook__', to: 'leave', fragment: 'FAQ', anchor: 'faq' },
        { from: 'guide', to: 'leave', fragment: 'FAQ', anchor: 'faq' },
        { from: 'guide', to: 'levels', fragment: 'M3', anchor: 'm3' },
        { from: 'leave', to: 'guide', fragment: 'Links-As-GitHub-Lands-Them', anchor: 'links-as-github-lands-them' },
        { from: 'levels', to: 'leave', fragment: 'FAQ', anchor: 'faq' },
      ]),
    );
    expect(result.recased).toHaveLength(5);
  });

  it('a fragment that is no anchor in any case is still an error, with the anchor it may mean', () => {
    const copy = checkHandbook(path.resolve('tests/fixtures/check/bad'), { displayPath: (file) => path.basename(file) });
    expect(copy.problems.map(formatProblem)).toContain(
      'broken-links.mdx:15: link "/lessons/good-lesson/#common-mistake": the lesson "good-lesson" has no section "#common-mistake"; did you mean #common-mistakes?',
    );
  });
});
