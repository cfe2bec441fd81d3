/**
 * Nothing broken ships: a bad lesson stops the real build (scripts/build.mjs) before Astro
 * starts, with the checker's to-do line, and the previous output stays byte for byte; a
 * good build after a lesson is deleted leaves no page of it behind.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-atomic-'));
const lessons = path.join(work, 'lessons');
const out = path.join(work, 'dist');
/** A build may first wait for another build of the project to finish (scripts/lib/lock.mjs). */
const BUILD_TIME = 300_000;

function build() {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    encoding: 'utf8',
    env: { ...process.env, LESSONBOOK_LESSONS: lessons, LESSONBOOK_OUT: out },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Every file of the output, by path, with the SHA-256 of its bytes. */
function hashes(dir: string): Record<string, string> {
  const all: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    all[path.relative(dir, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return all;
}

describe('a build with a bad lesson', () => {
  let before: Record<string, string>;
  beforeAll(() => {
    cpSync('tests/fixtures/check/site', lessons, { recursive: true });
    const first = build();
    if (first.status !== 0) throw new Error(`the fixture should build:\n${first.output}`);
    before = hashes(out);
  }, BUILD_TIME);

  it('stops with the checker’s message and leaves the previous output exactly as it was', () => {
    expect(Object.keys(before)).toContain(path.join('lessons', 'second-lesson', 'index.html'));
    const file = path.join(lessons, 'second-lesson.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('answer: a', 'answer: c'));

    const failed = build();
    expect(failed.status).toBe(1);
    expect(failed.output).toContain(
      `${file}:12: quiz[0].answer: "c" is not one of the options (a, b); use one of them\n1 problem in 1 file\n`,
    );
    expect(failed.output).toContain('Build stopped at "check lessons".');
    expect(failed.output).not.toMatch(/^\s+at /m); // an author's mistake, not a crash: no stack trace
    expect(hashes(out)).toEqual(before);
    expect(existsSync(`${out}.next`)).toBe(false);
  }, BUILD_TIME);

  it('after the lesson is deleted, a good build leaves no page of it behind', () => {
    rmSync(path.join(lessons, 'second-lesson.mdx'));
    const first = path.join(lessons, 'first-lesson.mdx');
    writeFileSync(first, readFileSync(first, 'utf8').replace('Read the [second lesson](/lessons/second-lesson/#short-version) too.', 'Alone now.'));

    const rebuilt = build();
    expect(rebuilt.status, rebuilt.output).toBe(0);
    const files = Object.keys(hashes(out));
    expect(files).toContain(path.join('lessons', 'first-lesson', 'index.html'));
    expect(files.filter((f) => f.includes('second-lesson'))).toEqual([]);
    expect(existsSync(`${out}.next`) || existsSync(`${out}.old`)).toBe(false);
  }, BUILD_TIME);
});
