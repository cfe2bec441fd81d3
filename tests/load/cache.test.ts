/**
 * Reading a lessons folder again with what an earlier reading kept (src/load/cache.ts), as the
 * dev server does on every save: a lesson whose file did not change is not read again; one
 * that changed, or whose place in the folder changed its slug, is; the result is the same as
 * reading everything afresh.
 */
import { cpSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHandbook } from '../../src/check/index.ts';
import { createLoadCache, loadHandbook } from '../../src/load/index.ts';

function folder(): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'lessonbook-cache-')), 'lessons');
  cpSync('tests/fixtures/check/site', dir, { recursive: true });
  return dir;
}

describe('reading a lessons folder again after a save', () => {
  it('reads only the saved lesson again, and gives what a fresh reading gives', () => {
    const dir = folder();
    const cache = createLoadCache();
    const before = loadHandbook(dir, { cache });
    const byPath = (loaded: typeof before, file: string) => loaded.lessons.find((l) => l.file.path === file)!;

    writeFileSync(path.join(dir, 'first-lesson.mdx'), '---\ntitle: First lesson, saved\norder: 1\n---\n\nRead the [second lesson](/lessons/second-lesson/) too.\n');
    const after = loadHandbook(dir, { cache });
    expect(byPath(after, 'second-lesson.mdx')).toBe(byPath(before, 'second-lesson.mdx'));
    expect(byPath(after, 'first-lesson.mdx')).not.toBe(byPath(before, 'first-lesson.mdx'));
    expect(after.model.lessons.map((l) => l.title)).toEqual(['First lesson, saved', 'Second lesson']);
    expect(JSON.stringify(after.model)).toBe(JSON.stringify(loadHandbook(dir).model));
  });

  it('finds a new problem in the saved lesson, and the links to a lesson that moved', () => {
    const dir = folder();
    const cache = createLoadCache();
    expect(checkHandbook(dir, { cache }).problems).toEqual([]);

    // The first lesson links to the second; renamed, the second has another slug, so the link breaks.
    renameSync(path.join(dir, 'second-lesson.mdx'), path.join(dir, 'renamed.mdx'));
    const lines = checkHandbook(dir, { cache, displayPath: (f) => path.basename(f) }).problems.map((p) => `${p.file}:${p.line}`);
    expect(lines).toEqual(['first-lesson.mdx:9']);
    expect(checkHandbook(dir, { cache }).problems).toEqual(checkHandbook(dir).problems);
  });

  it('reads a lesson with an error again though it was not saved: the file it imports may have been added since', () => {
    const dir = folder();
    const cache = createLoadCache();
    writeFileSync(path.join(dir, 'first-lesson.mdx'), "---\ntitle: First lesson\norder: 1\n---\n\nimport Note from './Note.astro';\n\n<Note />\n");
    expect(checkHandbook(dir, { cache }).problems.filter((p) => p.severity === 'error').map((p) => p.field)).toEqual(['import "./Note.astro"']);
    writeFileSync(path.join(dir, 'Note.astro'), '<aside><slot /></aside>\n');
    expect(checkHandbook(dir, { cache }).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
