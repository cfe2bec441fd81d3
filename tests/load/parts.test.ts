/**
 * Parts nest: every folder that holds pages, at any depth, is a part of the part around it,
 * with its own page, what it holds directly, and how many lessons it holds in all.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadHandbook } from '../../src/load/index.ts';

const lesson = (title: string, extra = '') => `---\ntitle: ${title}\ntagline: A lesson.\n${extra}---\n\n## The short version\n\nText.\n`;

function handbook(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-parts-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const dir = handbook({
  'welcome.md': lesson('Welcome'),
  'people-ops/benefits/leave.md': lesson('Leave'),
  'people-ops/benefits/health/dental.md': lesson('Dental'),
  'people-ops/hiring/README.md': '# Hiring\n\nHow we hire, from the first call to the offer.\n',
  'people-ops/hiring/interviews.md': lesson('Interviews', 'order: 2\n'),
  'people-ops/hiring/offers.md': lesson('Offers', 'order: 1\n'),
  'tools/git.md': lesson('Git'),
});
const { model } = loadHandbook(dir);

it('every folder that holds pages is a part, even one that holds only folders, in reading order', () => {
  expect(model.parts.map((p) => p.folder)).toEqual(['people-ops', 'people-ops/benefits', 'people-ops/benefits/health', 'people-ops/hiring', 'tools']);
  expect(model.lessons.map((l) => l.title)).toEqual(['Welcome', 'Leave', 'Dental', 'Hiring', 'Offers', 'Interviews', 'Git']);
});

it('each part knows the part around it, its own parts and lessons, and how many lessons it holds in all', () => {
  const people = model.parts.find((p) => p.folder === 'people-ops')!;
  expect(people).toMatchObject({ parent: '', parts: ['people-ops/benefits', 'people-ops/hiring'], lessons: [], lessonCount: 4, title: 'People ops', introduced: false, slug: 'people-ops' });
  expect(model.parts.find((p) => p.folder === 'people-ops/benefits/health')).toMatchObject({ parent: 'people-ops/benefits', lessons: ['dental'], lessonCount: 1, slug: 'people-ops-benefits-health' });
  expect(model.parts.find((p) => p.folder === 'people-ops/hiring')).toMatchObject({ title: 'Hiring', introduced: true, slug: 'people-ops-hiring', summary: 'How we hire, from the first call to the offer.', lessons: ['offers', 'interviews'] });
  expect(model.top).toEqual({ parts: ['people-ops', 'tools'], lessons: ['welcome'], lessonCount: 6 });
});

it('each lesson knows the titles of the parts it sits in; a part’s introduction, those around its part', () => {
  const pathOf = (title: string) => model.lessons.find((l) => l.title === title)!.partPath;
  expect(pathOf('Welcome')).toEqual([]);
  expect(pathOf('Dental')).toEqual(['People ops', 'Benefits', 'Health']);
  expect(pathOf('Offers')).toEqual(['People ops', 'Hiring']);
  expect(pathOf('Hiring')).toEqual(['People ops']);
});
