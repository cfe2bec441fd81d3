/**
 * The author's commands as an author runs them: `npm run check` prints a to-do list and
 * fails on errors; `npm run new` starts a lesson that passes the check as it is; the
 * editor's JSON Schema matches the lesson schema the build uses.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonJsonSchema } from '../../src/schema/json-schema.ts';
import { cleanEnv, repo } from '../support/project';

function npm(args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', ...args], { encoding: 'utf8', env: cleanEnv() });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `lessonbook <args>` run in `cwd`, as a team runs it in its handbook. */
function lessonbook(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [path.join(repo, 'src/cli/main.ts'), ...args], { cwd, encoding: 'utf8', env: cleanEnv() });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempLessons(): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'lessonbook-check-')), 'lessons');
  cpSync('lessons', dir, { recursive: true });
  return dir;
}

describe('npm run check', () => {
  it('lists every problem of a folder of bad lessons as a to-do list, then a count, and fails', () => {
    const { status, stdout, stderr } = npm(['check', '--', 'tests/fixtures/check/bad']);
    const lines = stdout.trimEnd().split('\n');
    expect(status).toBe(1);
    expect(stderr).toBe('');
    expect(lines.at(-1)).toBe('42 problems in 20 files (5 warnings, 1 note)');
    // Last before the count, a note (not a problem) on the frontmatter written for other tools.
    expect(lines.at(-2)).toMatch(/^tests\/fixtures\/check\/bad: note: frontmatter: 1 lesson has fields written for other tools; .*colour \(1\)/);
    const items = lines.slice(0, -2);
    expect(items).toHaveLength(42);
    for (const line of items) {
      expect(line).toMatch(/^tests\/fixtures\/check\/bad\/[\w-]+\.(mdx?|json):\d+: (warning: )?[^:]+: \S.*$/);
      expect(line).not.toMatch(/^\s+at |Error:/);
    }
    // In file order, so fixing goes top to bottom.
    const files = items.map((l) => l.split(':')[0]!);
    expect(files).toEqual([...files].sort());
  });

  it('with --report-only (how `npm run dev` starts) prints the same list but lets the server start', () => {
    const full = npm(['check', '--', 'tests/fixtures/check/bad']);
    const report = npm(['check', '--', 'tests/fixtures/check/bad', '--report-only']);
    expect(report.stdout).toBe(full.stdout);
    expect(report.status).toBe(0);
  });

  it('passes the real lessons with no problem at all', () => {
    const { status, stdout } = npm(['check']);
    expect(stdout.trim()).toMatch(/^\d+ lessons checked: no problems$/);
    expect(status).toBe(0);
  });

  it('prints warnings but passes when nothing is an error', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-warnings-'));
    for (const file of ['warnings.mdx', 'good-lesson.mdx']) cpSync(`tests/fixtures/check/bad/${file}`, path.join(dir, file));
    cpSync('lessons/handbook.json', path.join(dir, 'handbook.json'));
    const { status, stdout } = npm(['check', '--', dir]);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/warnings\.mdx:6: warning: quiz\[0\]: /);
    expect(lines.at(-1)).toBe('3 warnings in 1 file, nothing that stops the build');
    expect(status).toBe(0);
  });

  it('says so when the folder does not exist', () => {
    const { status, stderr } = npm(['check', '--', 'no/such/folder']);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^There is no lessons folder at .*no\/such\/folder\/; pass the folder that holds your lessons \(lessonbook check <folder>\), or name it in astro\.config\.mjs: lessonbook\(\{ lessons: '<folder>' \}\)\.\n$/);
  });
});

describe('npm run new', () => {
  it('writes a lesson with every standard section and a quiz question, which passes the check at once', () => {
    const dir = tempLessons();
    const orders = readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => Number(/^order: (\d+)$/m.exec(readFileSync(path.join(dir, f), 'utf8'))![1]));
    const made = lessonbook(['new', 'Giving feedback: what works'], path.dirname(dir));
    const file = path.join(dir, 'giving-feedback-what-works.mdx');
    expect(made.status).toBe(0);
    expect(made.stdout).toContain('Wrote lessons/giving-feedback-what-works.mdx');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('title: "Giving feedback: what works"');
    expect(text).toContain(`order: ${Math.max(...orders) + 1}\n`);
    expect(text).toMatch(/^updated: \d{4}-\d{2}-\d{2}$/m);
    for (const heading of ['The short version', 'Why it matters', 'How to do it well', 'Common mistakes', 'In a startup', 'In an enterprise', 'Quick check']) {
      expect(text).toContain(`\n## ${heading}\n`);
    }
    expect(text).toContain('    type: single\n');

    const checked = npm(['check', '--', dir]);
    expect(checked.stdout.trim()).toBe(`${orders.length + 1} lessons checked: no problems`);
    expect(checked.status).toBe(0);
  });

  it('refuses to overwrite a lesson, and leaves it as it was', () => {
    const dir = tempLessons();
    const file = path.join(dir, 'working-with-engineering.mdx');
    const before = readFileSync(file, 'utf8');
    const again = lessonbook(['new', 'Working with engineering'], path.dirname(dir));
    expect(again.status).toBe(1);
    expect(again.stderr).toBe('lessons/working-with-engineering.mdx already exists; edit it, or choose another title.\n');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses a title whose slug a lesson in a part already has, so no lesson’s URL moves', () => {
    const dir = tempLessons();
    mkdirSync(path.join(dir, 'team'));
    writeFileSync(path.join(dir, 'team', 'giving-feedback.md'), '# Giving feedback\n\n## The short version\n\nSay it early.\n');
    const again = lessonbook(['new', 'Giving feedback'], path.dirname(dir));
    expect(again.status).toBe(1);
    expect(again.stderr).toBe('lessons/team/giving-feedback.md already has the slug "giving-feedback"; choose another title.\n');
    expect(existsSync(path.join(dir, 'giving-feedback.mdx'))).toBe(false);
  });

  it('asks for a title when given none', () => {
    const dir = tempLessons();
    const none = lessonbook(['new'], path.dirname(dir));
    expect(none.status).toBe(1);
    expect(none.stderr).toBe('Give the lesson a title: npm run new -- "Lesson title"\n');
    expect(existsSync(path.join(dir, '.mdx'))).toBe(false);
  });
});

describe('editor help', () => {
  it('lesson.schema.json is the lesson schema as it is now (run `npm run schema` after changing it)', () => {
    expect(JSON.parse(readFileSync('lesson.schema.json', 'utf8'))).toEqual(lessonJsonSchema());
  });

  it('the JSON Schema offers the question types, explains other tools’ fields and allows them, as the check does', () => {
    const schema = lessonJsonSchema() as {
      additionalProperties: unknown;
      required: string[];
      properties: { quiz: { items: { oneOf: { properties: { type: { const: string } } }[] } }; description: { description: string } };
    };
    expect(schema.additionalProperties).toEqual({});
    expect(schema.properties.description.description).toBe('Written for another tool; read as `tagline` when the lesson does not set that.');
    expect(schema.required).toBeUndefined(); // a Markdown file written for GitHub may have no frontmatter at all
    expect(schema.properties.quiz.items.oneOf.map((q) => q.properties.type.const)).toEqual(['open', 'single', 'multiple']);
  });
});
