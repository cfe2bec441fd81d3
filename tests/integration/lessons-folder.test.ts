/**
 * A handbook keeps its shape: its lessons stay in the folder the team has (`docs/`), named
 * once in astro.config.mjs — the build, the edit links and the `lessonbook` commands all
 * find it — and a project with no lessons folder gets one clear line, not a stack trace.
 */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtProject, makeProject, type Project } from '../support/project';

const BUILD_TIME = 300_000;

describe('lessonbook({ lessons: "docs" })', () => {
  let project: Project;
  beforeAll(() => {
    project = builtProject('docs-folder', { lessons: 'tests/fixtures/reader', lessonsFolder: 'docs' });
  }, BUILD_TIME);

  it('builds the lessons of docs/, with edit links to docs/', () => {
    expect(project.lessons).toBe(path.join(project.root, 'docs'));
    expect(existsSync(path.join(project.root, 'lessons'))).toBe(false);
    const page = readFileSync(path.join(project.dist, 'lessons', 'the-long-guide', 'index.html'), 'utf8');
    expect(page).toContain('href="https://github.com/acme/handbook/edit/main/docs/guides/the-long-guide.md"');
  });

  it('is the folder `lessonbook check` reads, found in astro.config.mjs', () => {
    const checked = project.lessonbook('check');
    expect(checked.status).toBe(0);
    expect(checked.output).toMatch(/^docs\/no-short\.md:\d+: warning: sections: /m);
  });
});

describe('a project with no lessons folder', () => {
  it('stops the build with one line that says where the lessons go, and no stack trace', () => {
    const project = makeProject('no-lessons', { lessons: 'tests/fixtures/check/site' });
    renameSync(project.lessons, path.join(project.root, 'elsewhere'));
    const built = project.build();
    expect(built.status).toBe(1);
    expect(built.output).toContain(
      "There is no lessons folder at lessons/. Put the lessons there (`npx lessonbook init` starts one), or name the folder that holds them in astro.config.mjs: lessonbook({ lessons: 'docs' }).",
    );
    expect(built.output).not.toMatch(/^\s+at |ENOENT/m);
  }, BUILD_TIME);
});
