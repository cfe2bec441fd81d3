/**
 * Moving a large handbook in, as it is: hundreds of GitHub-style pages in folders five deep
 * (scripts/messy-handbook.mjs), copied unedited into a project. One `lessonbook baseline`
 * takes it from a failing check to a passing build; a new broken link still stops the build.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeMessyHandbook } from '../../scripts/messy-handbook.mjs';
import { makeProject, type Project } from '../support/project';

const BUILD_TIME = 600_000;

describe('a large handbook written for GitHub, moved in unedited', () => {
  let project: Project;
  let pages: string[];
  let counts: Record<string, number>;
  beforeAll(() => {
    const source = path.join(mkdtempSync(path.join(os.tmpdir(), 'lessonbook-messy-')), 'lessons');
    // Every case, front matter of other tools and empty files too: the loader reads them as GitHub would.
    ({ pages, counts } = writeMessyHandbook(source, { pages: 240 }));
    project = makeProject('messy', { lessons: source, site: 'https://handbook.example.com' });
  });

  it('fails the check first, then builds after one `lessonbook baseline`, and a new broken link still stops the build', () => {
    const first = project.lessonbook('check');
    expect(first.status).toBe(1);
    const problems = Number(/^(\d+) problems in \d+ files/m.exec(first.output)?.[1]);
    // What GitHub lands lands here (mixed-case fragments, ids in HTML, repeated headings, links
    // to folders, other tools' front matter, empty files): the errors are the stale anchors.
    const errors = first.output.split('\n').filter((l) => /^lessons\/.*:\d+: link /.test(l));
    expect(errors).toHaveLength(counts['stale anchors']!);
    expect(errors.every((l) => / has no (heading|section) "#/.test(l))).toBe(true);

    const baseline = project.lessonbook('baseline');
    expect(baseline.status, baseline.output).toBe(0);
    expect(baseline.output).toMatch(new RegExp(`^lessonbook-baseline\\.json: ${problems} problems recorded \\(\\d+ added, 0 removed\\); commit it`, 'm'));

    const built = project.build();
    expect(built.status, built.output).toBe(0);
    expect(built.output).toMatch(new RegExp(`^${problems} known problems in \\d+ files, recorded in lessonbook-baseline\\.json: \`lessonbook check --baselined\` lists them$`, 'm'));
    expect(built.output).not.toMatch(/^lessons\/.*: link /m);
    // A page five folders deep is there; what handbook.json leaves out (drafts, templates, CONTRIBUTING.md) and .github/ are not.
    const deep = pages.find((p) => p.split('/').length === 6)!;
    expect(existsSync(path.join(project.dist, 'lessons', path.basename(deep, '.md'), 'index.html'))).toBe(true);
    for (const left of ['new-policy', '_page-template', 'contributing', 'pull_request_template', 'drafts', 'templates', 'github']) {
      expect(existsSync(path.join(project.dist, 'lessons', left))).toBe(false);
    }

    const page = path.join(project.lessons, deep);
    writeFileSync(page, `${readFileSync(page, 'utf8')}\nA [new link](../no-such-page.md) written today.\n`);
    const stopped = project.build();
    expect(stopped.status).toBe(1);
    expect(stopped.output).toContain(`lessons/${deep}:`);
    expect(stopped.output).toMatch(/: link "\.\.\/no-such-page\.md": /);
    // The note on other tools' front matter is shown every time, and is no problem.
    expect(stopped.output).toMatch(/^1 problem in 1 file \(1 note\)$/m);
    expect(stopped.output).toContain('Build stopped');
  }, BUILD_TIME * 2);
});
