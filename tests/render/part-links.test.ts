/** A link to a folder reaches its part page, whether or not the folder has an index file. */
import { expect, it } from 'vitest';
import type { LessonFile } from '../../src/load/files.ts';
import { siteLink, type LinkContext } from '../../src/render/links.ts';

const files = new Map<string, LessonFile>([
  ['welcome.md', { path: 'welcome.md', role: 'lesson', folder: '', format: 'md' }],
  ['people-ops/benefits/leave.md', { path: 'people-ops/benefits/leave.md', role: 'lesson', folder: 'people-ops/benefits', format: 'md' }],
  ['people-ops/hiring/README.md', { path: 'people-ops/hiring/README.md', role: 'part', folder: 'people-ops/hiring', format: 'md' }],
]);
const context: LinkContext = { base: '/handbook/', files, exists: () => false, slugOf: (p) => (p === 'people-ops/hiring/README.md' ? 'people-ops-hiring' : p.replace(/^.*\//, '').replace(/\.md$/, '')) };

it('a folder that holds only folders: its own part page', () => {
  expect(siteLink('people-ops', 'welcome.md', context)).toBe('/handbook/lessons/people-ops/');
  expect(siteLink('../benefits/', 'people-ops/hiring/README.md', context)).toBe('/handbook/lessons/people-ops-benefits/');
});

it('a folder with an introduction: the introduction’s page', () => {
  expect(siteLink('people-ops/hiring', 'welcome.md', context)).toBe('/handbook/lessons/people-ops-hiring/');
});
