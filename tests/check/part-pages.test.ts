/**
 * A link to a folder lands on its part page, as GitHub shows the folder, whether or not the
 * folder has an index file; a lesson at a part page's URL is an error that names both.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { checkHandbook, formatProblem } from '../../src/check/index.ts';

const lesson = (title: string, body = '', extra = '') => `---\ntitle: ${title}\ntagline: A lesson.\n${extra}---\n\n## The short version\n\nText.\n\n${body}\n`;

function check(files: Record<string, string>): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-part-pages-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return checkHandbook(dir, { displayPath: (f) => path.relative(dir, f) }).problems.map(formatProblem);
}

const people = {
  'people-ops/benefits/leave.md': lesson('Leave'),
  'people-ops/hiring/README.md': '# Hiring\n\nHow we hire.\n',
};

it('a link to a folder that holds only folders is fine, written relative or as the part page’s URL', () => {
  expect(check({ ...people, 'welcome.md': lesson('Welcome', 'See the [People team](people-ops), [its page](/lessons/people-ops/) and [hiring](people-ops/hiring/).') })).toEqual([]);
});

it('a fragment on a part page with no introduction is an error that says the page has nothing to land on', () => {
  expect(check({ ...people, 'welcome.md': lesson('Welcome', 'See the [People team](people-ops#team) and [this](/lessons/people-ops/#team).') })).toEqual([
    'welcome.md:10: link "people-ops#team": the folder "people-ops" has no index.md or README.md: its part page lists its parts and lessons and has no "#team"; link to the folder without it',
    'welcome.md:10: link "/lessons/people-ops/#team": /lessons/people-ops/ is the part page of the folder people-ops/, which lists its parts and lessons and has no "#team"; link to /lessons/people-ops/',
  ]);
});

it('a lesson whose slug is a part page’s URL is an error naming the lesson and the folder', () => {
  expect(check({ ...people, 'people-ops.md': lesson('People') })).toEqual([
    'people-ops.md:1: slug: "people-ops" is also the URL of the part page of the folder people-ops/ (/lessons/people-ops/), which has no index.md or README.md; give this lesson its own `slug:`, or add people-ops/README.md with `slug:` set to another name',
  ]);
  expect(check({ ...people, 'handbook.md': lesson('People', '', 'slug: people-ops-benefits\n') })).toEqual([
    'handbook.md:4: slug: "people-ops-benefits" is also the URL of the part page of the folder people-ops/benefits/ (/lessons/people-ops-benefits/), which has no index.md or README.md; give this lesson its own `slug:`, or add people-ops/benefits/README.md with `slug:` set to another name',
  ]);
});

it('a link to a folder beside a lesson of the same name goes to the folder, as on GitHub', () => {
  expect(check({ ...people, 'people-ops/hiring/README.md': '---\ntitle: Hiring\nslug: hiring\n---\n\nHow we hire.\n', 'hiring.md': lesson('Hiring, in short', '', 'slug: hiring-short\n'), 'welcome.md': lesson('Welcome', '[Hiring](people-ops/hiring#nothing)') })).toEqual([
    'welcome.md:10: link "people-ops/hiring#nothing": people-ops/hiring/README.md has no heading "#nothing"; its sections are none',
  ]);
});
