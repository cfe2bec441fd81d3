/**
 * Nothing broken ships: a bad lesson stops the real build (`astro build` with the
 * integration) before Astro writes anything, with the checker's to-do line and no stack
 * trace, and the previous output stays byte for byte; a good build after a lesson is deleted
 * leaves no page of it behind.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtProject, type Project } from '../support/project';

const BUILD_TIME = 300_000;

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
  let project: Project;
  let before: Record<string, string>;
  beforeAll(() => {
    project = builtProject('atomic', { lessons: 'tests/fixtures/check/site' });
    before = hashes(project.dist);
  }, BUILD_TIME);

  it('stops with the checker’s message and leaves the previous output exactly as it was', () => {
    expect(Object.keys(before)).toContain(path.join('lessons', 'second-lesson', 'index.html'));
    const file = path.join(project.lessons, 'second-lesson.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('answer: a', 'answer: c'));

    const failed = project.build();
    expect(failed.status).toBe(1);
    expect(failed.output).toContain(
      `lessons/second-lesson.mdx:12: quiz[0].answer: "c" is not one of the options (a, b); use one of them\n1 problem in 1 file\n`,
    );
    expect(failed.output).toContain('Build stopped: fix the lessons above');
    expect(failed.output).toContain('dist/ was left as it was.');
    expect(failed.output).not.toMatch(/^\s+at |Stack trace/m); // an author's mistake, not a crash
    expect(hashes(project.dist)).toEqual(before);
    expect(existsSync(`${project.dist}.next`)).toBe(false);
  }, BUILD_TIME);

  it('after the lesson is deleted, a good build leaves no page of it behind', () => {
    rmSync(path.join(project.lessons, 'second-lesson.mdx'));
    const first = path.join(project.lessons, 'first-lesson.mdx');
    writeFileSync(first, readFileSync(first, 'utf8').replace('Read the [second lesson](/lessons/second-lesson/#short-version) too.', 'Alone now.'));

    const rebuilt = project.build();
    expect(rebuilt.status, rebuilt.output).toBe(0);
    const files = Object.keys(hashes(project.dist));
    expect(files).toContain(path.join('lessons', 'first-lesson', 'index.html'));
    expect(files.filter((f) => f.includes('second-lesson'))).toEqual([]);
    expect(existsSync(`${project.dist}.next`) || existsSync(`${project.dist}.old`)).toBe(false);
  }, BUILD_TIME);
});
