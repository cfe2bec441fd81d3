/**
 * The baseline, as a team uses it: `lessonbook baseline` records the problems a handbook
 * has now; from then on `lessonbook check` fails only on new ones, shows the known ones as
 * one line, warns about recorded ones since fixed, and never lets a problem that stops a
 * lesson rendering be recorded. (The build's gate: tests/integration/messy-handbook.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, repo } from '../support/project';

/** `lessonbook <args>` run in `cwd`, as a team runs it in its handbook. */
function lessonbook(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(repo, 'src/cli/main.ts'), ...args], { cwd, encoding: 'utf8', env: cleanEnv() });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const TARGET = '# Target\n\nSome words.\n\n## Current heading\n\nMore words.\n';

/** A project folder whose lessons/ holds `files` (path → text), and a target lesson to link to. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-baseline-'));
  for (const [file, text] of Object.entries({ 'target.md': TARGET, ...files })) {
    const full = path.join(root, 'lessons', file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  writeFileSync(path.join(root, 'lessons', 'handbook.json'), '{ "lessonShape": false }\n');
  return root;
}

const twoStale = '# Old page\n\nSee [the old heading](../target.md#old-heading).\n\nAnd [again](../target.md#old-heading), and [a lost page](../gone.md).\n';
const edit = (root: string, file: string, change: (text: string) => string) => {
  const full = path.join(root, 'lessons', file);
  writeFileSync(full, change(readFileSync(full, 'utf8')));
};

describe('lessonbook baseline', () => {
  it('records every problem by file, kind and target, repeats as a count, and never a line number', () => {
    const root = project({ 'part/old.md': twoStale });
    expect(lessonbook(root, 'check').status).toBe(1);
    const made = lessonbook(root, 'baseline');
    expect(made.status).toBe(0);
    expect(made.stdout).toContain('added    lessons/part/old.md: link "../target.md#old-heading" (× 2)');
    expect(made.stdout).toContain('added    lessons/part/old.md: link "../gone.md"');
    expect(made.stdout).toMatch(/lessonbook-baseline\.json: 3 problems recorded \(2 added, 0 removed\); commit it/);
    const recorded = JSON.parse(readFileSync(path.join(root, 'lessonbook-baseline.json'), 'utf8')) as { problems: unknown[] };
    expect(recorded.problems).toEqual([
      { file: 'lessons/part/old.md', kind: 'link', about: '../gone.md' },
      { file: 'lessons/part/old.md', kind: 'link', about: '../target.md#old-heading', count: 2 },
    ]);
    expect(readFileSync(path.join(root, 'lessonbook-baseline.json'), 'utf8')).not.toMatch(/"line"/);
  });

  it('lets check pass on the recorded problems, shown as one line naming the command that lists them', () => {
    const root = project({ 'part/old.md': twoStale });
    lessonbook(root, 'baseline');
    const checked = lessonbook(root, 'check');
    expect(checked.status).toBe(0);
    expect(checked.stdout.trimEnd().split('\n')).toEqual([
      '2 lessons checked: no new problems',
      '3 known problems in 1 file, recorded in lessonbook-baseline.json: `lessonbook check --baselined` lists them',
    ]);
    const listed = lessonbook(root, 'check', '--baselined');
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(/^lessons\/part\/old\.md:3: link "\.\.\/target\.md#old-heading": target\.md has no heading "#old-heading"; its sections are #current-heading$/m);
    expect(listed.stdout).toMatch(/^lessons\/part\/old\.md:5: link "\.\.\/gone\.md": /m);
    expect(listed.stdout.trimEnd().split('\n').at(-1)).toBe('3 known problems, recorded in lessonbook-baseline.json');
  });

  it('still fails on a new broken link, showing only that one', () => {
    const root = project({ 'part/old.md': twoStale });
    lessonbook(root, 'baseline');
    edit(root, 'target.md', (t) => `${t}\nA [new mistake](part/old.md#nowhere).\n`);
    const checked = lessonbook(root, 'check');
    expect(checked.status).toBe(1);
    const lines = checked.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^lessons\/target\.md:9: link "part\/old\.md#nowhere": part\/old\.md has no heading "#nowhere"/);
    expect(lines.slice(1)).toEqual(['1 problem in 1 file', '3 known problems in 1 file, recorded in lessonbook-baseline.json: `lessonbook check --baselined` lists them']);
  });

  it('keeps a problem matched when edits elsewhere move it to another line, but a third copy of a link recorded twice is new', () => {
    const root = project({ 'part/old.md': twoStale });
    lessonbook(root, 'baseline');
    edit(root, 'part/old.md', (t) => t.replace('# Old page\n', '# Old page\n\nA new paragraph.\n\nAnd another.\n'));
    expect(lessonbook(root, 'check').status).toBe(0);
    edit(root, 'part/old.md', (t) => `${t}\nA third [link](../target.md#old-heading).\n`);
    const checked = lessonbook(root, 'check');
    expect(checked.status).toBe(1);
    expect(checked.stdout).toMatch(/^lessons\/part\/old\.md:11: link "\.\.\/target\.md#old-heading": target\.md has no heading/m);
    expect(checked.stdout).toContain('3 known problems in 1 file');
  });

  it('warns about a recorded problem since fixed, until baseline drops it, so the file only shrinks', () => {
    const root = project({ 'part/old.md': twoStale });
    lessonbook(root, 'baseline');
    edit(root, 'part/old.md', (t) => t.replace('[a lost page](../gone.md)', 'a lost page'));
    const checked = lessonbook(root, 'check');
    expect(checked.status).toBe(0);
    expect(checked.stdout).toContain(
      'lessons/part/old.md: warning: baseline: lessonbook-baseline.json records the link "../gone.md", but it is fixed: run `lessonbook baseline` to drop it, so it cannot come back unnoticed',
    );
    const again = lessonbook(root, 'baseline');
    expect(again.stdout).toContain('removed  lessons/part/old.md: link "../gone.md"');
    expect(again.stdout).toContain('2 problems recorded (0 added, 1 removed)');
    expect(lessonbook(root, 'check').stdout).not.toContain('warning');
    // Put back, the problem is new again: it stops the check.
    edit(root, 'part/old.md', (t) => `${t}\n[a lost page](../gone.md)\n`);
    expect(lessonbook(root, 'check').status).toBe(1);
  });

  it('cannot record a problem that stops a lesson rendering: it is listed, the command fails, and check still fails', () => {
    const root = project({ 'part/old.md': twoStale, 'broken.md': '---\ntitle: [unclosed\n---\n\n# Broken\n' });
    const made = lessonbook(root, 'baseline');
    expect(made.status).toBe(1);
    expect(made.stderr).toContain('These stop a lesson from rendering, so they cannot be recorded; fix them before the build can pass:');
    expect(made.stderr).toMatch(/^lessons\/broken\.md:3: frontmatter: the YAML is broken here/m);
    expect(made.stdout).toContain('3 problems recorded');
    const checked = lessonbook(root, 'check');
    expect(checked.status).toBe(1);
    expect(checked.stdout).toMatch(/^lessons\/broken\.md:3: frontmatter: the YAML is broken here/m);
    expect(checked.stdout).toContain('3 known problems');
  });

  it('records warnings by their field, so a moved-in handbook checks quietly; a note (what the page cannot draw) is shown, never recorded', () => {
    const root = project({ 'diagram.md': '# Diagram\n\n## Flow\n\n```mermaid\ngraph TD; A-->B;\n```\n\n## Empty\n' });
    const made = lessonbook(root, 'baseline');
    expect(made.status).toBe(0);
    expect(made.stdout).toContain('added    lessons/diagram.md: warning: section "Empty"');
    expect(made.stdout).not.toContain('note: code block "mermaid"');
    const checked = lessonbook(root, 'check');
    expect(checked.status).toBe(0);
    expect(checked.stdout).toContain('1 known problem in 1 file');
    expect(checked.stdout).not.toMatch(/warning:/);
    expect(checked.stdout).toMatch(/^lessons\/diagram\.md:5: note: code block "mermaid"/m);
  });

  it('names a baseline file it cannot read, and how to write it again', () => {
    const root = project({ 'part/old.md': twoStale });
    writeFileSync(path.join(root, 'lessonbook-baseline.json'), '{ "problems": [ { "file": 1 } ] }');
    const checked = lessonbook(root, 'check');
    expect(checked.status).toBe(1);
    expect(checked.stdout).toContain('lessonbook-baseline.json:1: baseline: problems[0] is not { "file", "kind", "about", "count" }; run `lessonbook baseline` to write it afresh');
    expect(lessonbook(root, 'baseline').status).toBe(0);
    expect(existsSync(path.join(root, 'lessonbook-baseline.json'))).toBe(true);
    expect(lessonbook(root, 'check').status).toBe(0);
  });
});
