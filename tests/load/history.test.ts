/**
 * "Updated" from git: one `git log` gives each file of the lessons folder the date of the last
 * commit that changed it — a move or rename that left it as it was is not a change; with no
 * history to trust — no repository, or a shallow clone — no dates.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastCommitDates } from '../../src/load/history.ts';

function git(cwd: string, args: string[], date?: string) {
  const env = date ? { ...process.env, GIT_AUTHOR_DATE: `${date}T09:00:00Z`, GIT_COMMITTER_DATE: `${date}T09:00:00Z` } : process.env;
  const r = spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}

function repository(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-history-'));
  mkdirSync(path.join(root, 'lessons', 'part'), { recursive: true });
  git(root, ['init', '-q']);
  writeFileSync(path.join(root, 'lessons', 'a.md'), '# A\n');
  writeFileSync(path.join(root, 'lessons', 'part', 'b.md'), '# B\n');
  git(root, ['add', '.']);
  git(root, ['commit', '-q', '-m', 'first'], '2026-01-10');
  writeFileSync(path.join(root, 'lessons', 'a.md'), '# A, again\n');
  git(root, ['commit', '-q', '-am', 'second'], '2026-03-05');
  return root;
}

describe('dates from git', () => {
  it('gives each lesson file the date of its last commit', () => {
    const dates = lastCommitDates(path.join(repository(), 'lessons'));
    expect(Object.fromEntries(dates)).toEqual({ 'a.md': '2026-03-05', 'part/b.md': '2026-01-10' });
  });

  it('keeps each lesson’s date when the whole handbook is moved into place with git mv, and dates a lesson edited in the same commit', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-moved-'));
    mkdirSync(path.join(root, 'handbook', 'part'), { recursive: true });
    git(root, ['init', '-q']);
    writeFileSync(path.join(root, 'handbook', 'a.md'), '# A\n\nLong enough to be recognised after an edit of one line.\n\nAnd more.\n\nAnd more.\n');
    writeFileSync(path.join(root, 'handbook', 'part', 'b.md'), '# B\n');
    writeFileSync(path.join(root, 'handbook', 'part', 'c d.md'), '# C\n');
    git(root, ['add', '.']);
    git(root, ['commit', '-q', '-m', 'the old handbook'], '2024-02-01');
    writeFileSync(path.join(root, 'handbook', 'part', 'b.md'), '# B, edited\n');
    git(root, ['commit', '-q', '-am', 'an edit'], '2025-06-15');
    // Moved into place: every file renamed, one of them edited on the way.
    git(root, ['mv', 'handbook', 'lessons']);
    writeFileSync(path.join(root, 'lessons', 'a.md'), '# A\n\nLong enough to be recognised after an edit of one line.\n\nAnd more.\n\nAnd more, edited.\n');
    git(root, ['add', '.']);
    git(root, ['commit', '-q', '-m', 'move the handbook in'], '2026-12-01');
    // Renamed again later, inside the folder.
    git(root, ['mv', 'lessons/part/c d.md', 'lessons/c.md']);
    git(root, ['commit', '-q', '-m', 'rename'], '2026-12-05');
    const dates = lastCommitDates(path.join(root, 'lessons'));
    expect(Object.fromEntries(dates)).toEqual({ 'a.md': '2026-12-01', 'part/b.md': '2025-06-15', 'c.md': '2024-02-01' });
  });

  it('gives no dates in a shallow clone, whose oldest commit would claim every file', () => {
    const source = repository();
    const clone = path.join(mkdtempSync(path.join(os.tmpdir(), 'lessonbook-shallow-')), 'clone');
    git(os.tmpdir(), ['clone', '-q', '--depth', '1', `file://${source}`, clone]);
    expect(lastCommitDates(path.join(clone, 'lessons')).size).toBe(0);
  });

  it('gives no dates outside a repository', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-nogit-'));
    writeFileSync(path.join(dir, 'a.md'), '# A\n');
    expect(lastCommitDates(dir).size).toBe(0);
  });
});
