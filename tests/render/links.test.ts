/**
 * How a link written in a lesson reaches the page, for a handbook hosted under a base path
 * (`/handbook/`): the renderer's rule (src/render/links.ts), which the checker agrees with.
 */
import { describe, expect, it } from 'vitest';
import type { LessonFile } from '../../src/load/files.ts';
import { siteLink, type LinkContext } from '../../src/render/links.ts';

const files = new Map<string, LessonFile>([
  ['teams.md', { path: 'teams.md', role: 'lesson', folder: '', format: 'md' }],
  ['developer/testing.md', { path: 'developer/testing.md', role: 'lesson', folder: 'developer', format: 'md' }],
]);
const context: LinkContext = { base: '/handbook/', files, exists: (p) => p === 'assets/plan.pdf', slugOf: (p) => p.replace(/^.*\//, '').replace(/\.md$/, '') };

describe('under a base path, a link in a lesson', () => {
  it('written from the site root gains the base', () => {
    expect(siteLink('/lessons/teams/#why', 'developer/testing.md', context)).toBe('/handbook/lessons/teams/#why');
  });
  it('written with the base already is left as written, not given it twice', () => {
    expect(siteLink('/handbook/lessons/teams/', 'developer/testing.md', context)).toBeUndefined();
  });
  it('to another lesson’s file lands on its URL, anchor encoded once', () => {
    expect(siteLink('../teams.md#what-to-do', 'developer/testing.md', context)).toBe('/handbook/lessons/teams/#what-to-do');
  });
  it('to a file beside the lessons points at its published copy', () => {
    expect(siteLink('../assets/plan.pdf', 'developer/testing.md', context)).toBe('/handbook/files/assets/plan.pdf');
  });
});
