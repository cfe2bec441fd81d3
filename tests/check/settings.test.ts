/**
 * Settings and warnings that help: a handbook needs no settings file to build; the site URL
 * left unset gets one warning saying where to set it; the lesson-shape warnings can be
 * switched off for a handbook written in another shape.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
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
