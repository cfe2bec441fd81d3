/**
 * The check is the build's gate, as a property: whatever `lessonbook check` passes, the build
 * builds, and the offline export exports. Hundreds of mutations of real lessons — broken bytes and YAML, braces and tags in
 * prose, headings, imports, links and images, file names — are each checked on their own beside the real
 * lessons; then every mutation the check passed goes into one handbook, which must build.
 * No mutation may make the check, or the build, print a stack trace.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHandbook, hasErrors } from '../../src/check/index.ts';
import { random as seeded } from '../../scripts/lib/random.mjs';
import { makeProject } from '../support/project';

const MUTANTS = 320;

/** The seeded generator (scripts/lib/random.mjs) with the picks the mutations make: the same mutations on every run. */
function random(seed: number) {
  const next = seeded(seed);
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]! };
}

/** The handbook the mutations live in: the real lessons, and a handbook written for GitHub in parts. */
function baseHandbook(dir: string): string[] {
  cpSync('lessons', dir, { recursive: true });
  cpSync('tests/fixtures/github-handbook/developer', path.join(dir, 'developer'), { recursive: true });
  cpSync('tests/fixtures/github-handbook/designer', path.join(dir, 'designer'), { recursive: true });
  cpSync('tests/fixtures/github-handbook/assets', path.join(dir, 'assets'), { recursive: true });
  cpSync('tests/fixtures/engines/everything.mdx', path.join(dir, 'everything.mdx'));
  cpSync('tests/fixtures/check/bad/components', path.join(dir, 'components'), { recursive: true });
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f)).sort();
}

interface Mutant {
  /** Where it goes, relative to the lessons folder (beside its original, under a name of its own). */
  file: string;
  bytes: Buffer;
  what: string;
}

const PROSE_BITS = ['{braces}', '{', '}', '{#anchor}', '{a: 1}', '{1 + 1}', '{/* note */}', '<div>', '</span>', '<Callout />', '<br>', '<!-- note', '-->', '<!-- a comment -->', 'a < b', '<3', '&nbsp;', '\\', '`{code}`', '*', '_', '[', '](', '|'];
const HEADINGS = ['# A new title', '## ', '## Notes', '## Notes', '### Deeper {#deeper}', '## Extra <Section kind="faq" />', '## Pitfalls {#pitfalls kind=common-mistakes}', '## Pitfalls {kind=nope}', '## Same {#short-version}', '#### Down low', '## Quick check'];
/** ESM lines (code in .mdx, text in .md): a component present, one missing, a package missing, Astro's own modules. */
const IMPORTS = ["import Tip from './components/Tip.astro';", "import Note from './components/Note.astro';", "import Chart from 'lessonbook-chart-widgets';", "import { Code } from 'astro:components';", "export const answer = 42;"];
const LINKS = ['[x](/lessons/nowhere/)', '[x](#nowhere)', '[x](other.md)', '[x](../outside.md)', '[x](./testing.md#what_to_test)', '[x](/lessons/working-with-engineering/#common-mistakes)', '[x](/lessons/working-with-engineering/no-page/)', '[x](assets/checklist.txt)', '[x](mailto:a@b.c)', '<a href="#quick-check">x</a>', '![x](assets/desk.png)', '![x](../assets/desk.png)', '![x](missing.png)', '<img src="assets/first-week.svg" alt="x">', '<img src="nowhere.svg" alt="x">', '![x](https://example.com/a.png)',
  // What else GitHub shows, and the files it names: objects, posters, srcset, unquoted values, paths from the root, scripts, embeds, styles.
  '<object data="assets/first-week.svg" type="image/svg+xml">x</object>', '<object data="nowhere.svg">x</object>', '<video controls poster=assets/desk.png></video>',
  '<img src=assets/desk.png alt=x srcset="assets/desk.png 1x, assets/missing@2x.png 2x">', '<img src="/assets/desk.png" alt="x">', '<img src="/nowhere/x.png" alt="x">',
  '<script src="assets/missing.js"></script>', '<script>alert(1)</script>', '<img src="https://example.com/a.png" alt="x">',
  '<iframe src="https://www.youtube.com/embed/x" title="x"></iframe>', '<p style="color: red">x</p>'];
const YAML = ['title:', 'title: ""', '  bad indent: x', 'order: three', 'tagline: a: b', 'quiz: [', '\ttitle: tab', 'title: One\ntitle: Two', 'colour: blue', 'quiz:\n  - id: q\n    type: single\n    question: Q?\n    options: [{ id: a, text: A }, { id: b, text: B }]\n    answer: c'];

function mutate(original: string, text: string, rng: ReturnType<typeof random>, i: number): Mutant {
  const dir = path.posix.dirname(original) === '.' ? '' : `${path.posix.dirname(original)}/`;
  const ext = path.posix.extname(original);
  const stem = path.posix.basename(original, ext).replace(/^(readme|index)$/i, 'intro');
  // Own slugs only: a copy must not claim its original's `slug:` or old URLs.
  const lines = text.replace(/^(slug|formerSlugs):.*\n/gm, '').split('\n');
  const frontEnd = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  const bodyStart = frontEnd + 1;
  const at = (from: number) => from + rng.int(Math.max(1, lines.length - from));
  const kind = i % 7;
  let file = `${dir}${stem}-m${i}${ext}`;
  let what = '';
  if (kind === 0) {
    const bytes = Buffer.from(lines.join('\n'));
    const pos = rng.int(bytes.length);
    const byte = rng.pick([0xe9, 0xff, 0xc3, 0x00, 0x1b, 0x80, 0x0d]);
    return { file, bytes: Buffer.concat([bytes.subarray(0, pos), Buffer.of(byte), bytes.subarray(pos)]), what: `byte 0x${byte.toString(16)} at ${pos}` };
  }
  if (kind === 1 && frontEnd > 0) {
    const line = 1 + rng.int(frontEnd - 1);
    const bit = rng.pick(YAML);
    lines.splice(line, rng.next() < 0.5 ? 1 : 0, bit);
    what = `frontmatter line ${line}: ${JSON.stringify(bit)}`;
  } else if (kind === 1 || kind === 2) {
    const line = at(bodyStart);
    const bit = rng.pick(PROSE_BITS);
    const l = lines[line] ?? '';
    const pos = rng.int(l.length + 1);
    lines[line] = l.slice(0, pos) + bit + l.slice(pos);
    what = `prose line ${line}: ${JSON.stringify(bit)}`;
  } else if (kind === 3) {
    const line = at(bodyStart);
    const bit = rng.pick([...HEADINGS, ...IMPORTS]);
    lines.splice(line, 0, '', bit, '', 'Some text.', '');
    what = `block at ${line}: ${JSON.stringify(bit)}`;
  } else if (kind === 4) {
    const line = at(bodyStart);
    const bit = rng.pick(LINKS);
    lines.splice(line, 0, '', `See ${bit} too.`, '');
    what = `link at ${line}: ${bit}`;
  } else if (kind === 5) {
    // A heading line changed in place: its level, or an attribute block.
    const headings = lines.map((l, n) => (/^#{1,6} /.test(l) && n > frontEnd ? n : -1)).filter((n) => n >= 0);
    const line = headings.length ? rng.pick(headings) : at(bodyStart);
    const change = rng.pick(['level', 'attr', 'empty']);
    if (change === 'level') lines[line] = (lines[line] ?? '').replace(/^#+/, rng.pick(['#', '###', '######']));
    else if (change === 'attr') lines[line] = `${lines[line] ?? '##'} ${rng.pick(['{#dup}', '{#short-version}', '{#a_b}', '{#x .y z=1}', '{#bad id}'])}`;
    else lines[line] = '## ';
    what = `heading line ${line} (${change}): ${JSON.stringify(lines[line])}`;
  } else {
    // The file's name: capitals and spaces, or the other format.
    const other = ext === '.md' ? '.mdx' : '.md';
    const name = rng.pick([`${stem.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())} M${i}${ext}`, `${stem}-m${i}${other}`, `${stem.toUpperCase()}-M${i}${ext}`]);
    file = `${dir}${name}`;
    what = `named ${name}`;
  }
  return { file, bytes: Buffer.from(lines.join('\n')), what };
}

describe('the check is the build’s gate', () => {
  it('every mutation the check passes builds, no command prints a stack trace, and enough pass to prove it', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-property-'));
    const base = path.join(work, 'base');
    const originals = baseHandbook(base);
    const rng = random(20261202);
    const mutants = Array.from({ length: MUTANTS }, (_, i) => {
      const original = originals[i % originals.length]!;
      return mutate(original, readFileSync(path.join(base, original), 'utf8'), rng, i);
    });

    // Each mutation checked on its own, beside the real lessons.
    const alone = path.join(work, 'alone');
    const passed: Mutant[] = [];
    const failedReports: string[] = [];
    for (const mutant of mutants) {
      rmSync(alone, { recursive: true, force: true });
      cpSync(base, alone, { recursive: true });
      mkdirSync(path.dirname(path.join(alone, mutant.file)), { recursive: true });
      writeFileSync(path.join(alone, mutant.file), mutant.bytes);
      let result: ReturnType<typeof checkHandbook>;
      try {
        result = checkHandbook(alone, { displayPath: (f) => path.relative(alone, f) });
      } catch (error) {
        throw new Error(`the check threw on a mutation (${mutant.file}: ${mutant.what}): ${(error as Error).stack}`);
      }
      const lines = result.problems.map((p) => `${p.file}:${p.line ?? ''}: ${p.field}: ${p.message}`);
      for (const line of lines) expect(line, mutant.what).not.toMatch(/\n\s+at |Error:/);
      if (hasErrors(result.problems)) failedReports.push(lines.join('\n'));
      else passed.push(mutant);
    }
    console.log(`property: ${mutants.length} mutations, ${passed.length} passed the check, ${failedReports.length} were refused with a to-do line`);
    expect(passed.length).toBeGreaterThanOrEqual(100);
    expect(failedReports.length).toBeGreaterThan(50); // the mutations do break things

    // Every mutation that passed, in one handbook: the build builds it.
    const project = makeProject('property', { lessons: base });
    for (const mutant of passed) {
      mkdirSync(path.dirname(path.join(project.lessons, mutant.file)), { recursive: true });
      writeFileSync(path.join(project.lessons, mutant.file), mutant.bytes);
    }
    const check = checkHandbook(project.lessons);
    expect(check.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
    const built = project.build();
    expect(built.output).not.toMatch(/Stack trace|^\s+at /m);
    expect(built.status, built.output.slice(-3000)).toBe(0);
    // And what the build built, the offline export exports: no reference leads nowhere.
    const exported = project.export();
    expect(exported.status, exported.output.slice(-3000)).toBe(0);

    // And the command itself, on a folder of every mutation, passed or not: a to-do list, no stack trace.
    const everything = makeProject('property-all', { lessons: base });
    for (const mutant of mutants) {
      mkdirSync(path.dirname(path.join(everything.lessons, mutant.file)), { recursive: true });
      writeFileSync(path.join(everything.lessons, mutant.file), mutant.bytes);
    }
    const all = everything.lessonbook('check');
    expect(all.status).toBe(1);
    expect(all.output).not.toMatch(/Stack trace|^\s+at |TypeError|ReferenceError/m);
    const failedBuild = everything.build();
    expect(failedBuild.status).toBe(1);
    expect(failedBuild.output).not.toMatch(/Stack trace|^\s+at /m);
  }, 600_000);
});
