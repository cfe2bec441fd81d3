/**
 * Settings and warnings that help: a handbook needs no settings file to build; the site URL
 * left unset gets one warning saying where to set it; the lesson-shape warnings can be
 * switched off for a handbook written in another shape.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHandbook, formatProblem } from '../../src/check/index.ts';
import { makeProject } from '../support/project';

const copyOf = (fixture: string) => {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'lessonbook-settings-')), 'lessons');
  cpSync(fixture, dir, { recursive: true });
  return dir;
};

describe('a handbook with no settings file', () => {
  it('takes its title from lessons/README.md’s heading, and its introduction from what follows', () => {
    const { model, problems } = checkHandbook(copyOf('tests/fixtures/github-handbook'));
    expect(model.title).toBe('Acme Product Handbook');
    expect(model.intro).toMatch(/^How the Acme product team works/);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('whose README.md has no heading takes its title from the project folder, not "README"', () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'lessonbook-settings-')), 'acme-handbook', 'lessons');
    cpSync('tests/fixtures/github-handbook', dir, { recursive: true });
    writeFileSync(path.join(dir, 'README.md'), 'How the Acme product team works, in one place.\n');
    expect(checkHandbook(dir).model.title).toBe('Acme handbook');
  });
});

describe('the lesson-shape warnings', () => {
  it('say once, where it is the rule, that lessons lack the shape — and how to switch that off', () => {
    const lines = checkHandbook(copyOf('tests/fixtures/github-handbook'), { displayPath: (f) => path.basename(f) }).problems.map(formatProblem);
    expect(lines).toEqual([
      'handbook.json:1: warning: lessonShape: 7 of 7 lessons have no "The short version" section, and 7 have no `tagline:`; if this handbook does not use the lesson shape, set "lessonShape": false here to stop these warnings',
    ]);
  });

  it('are switched off with "lessonShape": false', () => {
    const dir = copyOf('tests/fixtures/github-handbook');
    writeFileSync(path.join(dir, 'handbook.json'), '{ "lessonShape": false }\n');
    expect(checkHandbook(dir).problems).toEqual([]);
  });
});

describe('files left out by pattern ("exclude" in handbook.json)', () => {
  it('are not lessons: not checked, not in the handbook, nor is any folder a pattern names', () => {
    const dir = copyOf('tests/fixtures/github-handbook');
    mkdirSync(path.join(dir, 'drafts', 'deep'), { recursive: true });
    writeFileSync(path.join(dir, 'drafts', 'deep', 'wip.md'), '# Work in progress\n\nSee [nothing](nowhere.md).\n');
    writeFileSync(path.join(dir, 'CONTRIBUTING.md'), '# Contributing\n\nRead [the guide](style.md).\n');
    writeFileSync(path.join(dir, 'developer', '_template.md'), '# Title\n\n[Link](LINK.md)\n');
    const before = checkHandbook(dir).problems.filter((p) => p.severity === 'error').map((p) => path.basename(p.file));
    expect(before.sort()).toEqual(['CONTRIBUTING.md', '_template.md', 'wip.md']);
    writeFileSync(path.join(dir, 'handbook.json'), '{ "lessonShape": false, "exclude": ["drafts", "CONTRIBUTING.md", "**/_*.md"] }\n');
    const { problems, model } = checkHandbook(dir);
    expect(problems).toEqual([]);
    expect(model.lessons.map((l) => l.path).filter((p) => /drafts|CONTRIBUTING|_template/.test(p))).toEqual([]);
  });

  it('must be a list of patterns, or the check says how to write it', () => {
    const dir = copyOf('tests/fixtures/github-handbook');
    writeFileSync(path.join(dir, 'handbook.json'), '{\n  "exclude": "drafts"\n}\n');
    const lines = checkHandbook(dir, { displayPath: (f) => path.basename(f) }).problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(lines).toEqual(['handbook.json:2: exclude: write "exclude" as a list of patterns, such as ["drafts", "**/_template.md", "CONTRIBUTING.md"]']);
  });
});

describe('the site URL', () => {
  it('left unset, gets one warning at build time that says where to set it', () => {
    const project = makeProject('no-site', { lessons: 'tests/fixtures/check/site' });
    const built = project.build();
    expect(built.status, built.output).toBe(0);
    const warnings = built.output.split('\n').filter((l) => l.includes('sets no `site`'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("Set site: 'https://your-handbook.example.org' in astro.config.mjs");
  }, 180_000);

  it('set, gets no warning', () => {
    const built = makeProject('with-site', { lessons: 'tests/fixtures/check/site', site: 'https://docs.example.org' }).build();
    expect(built.status, built.output).toBe(0);
    expect(built.output).not.toContain('sets no `site`');
  }, 180_000);
});
