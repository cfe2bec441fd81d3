/**
 * `lessonbook init` after the usual first step of a Node.js project, `npm init -y`, whose
 * package.json (npm 11) says "type": "commonjs": init makes the handbook, keeps that
 * package.json's own fields, and the handbook builds as it is.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, makeProject, repo } from '../support/project';

describe('npm init -y, then lessonbook init', () => {
  it('writes the handbook into the package.json npm made, keeping its "type": "commonjs"', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-npm-init-'));
    expect(spawnSync('npm', ['init', '-y'], { cwd: root, encoding: 'utf8', env: cleanEnv() }).status).toBe(0);
    const made = spawnSync(process.execPath, [path.join(repo, 'src/cli/main.ts'), 'init'], { cwd: root, encoding: 'utf8', env: cleanEnv() });
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(made.stdout).toContain('wrote astro.config.mjs');
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { type?: string; scripts: Record<string, string>; dependencies: Record<string, string> };
    expect(pkg.type).toBe('commonjs');
    expect(pkg.scripts).toMatchObject({ build: 'astro build', check: 'lessonbook check', baseline: 'lessonbook baseline' });
    expect(pkg.dependencies).toHaveProperty('lessonbook');
  });

  it('a handbook whose package.json says "type": "commonjs" builds', () => {
    const project = makeProject('commonjs', { lessons: 'tests/fixtures/check/site' });
    writeFileSync(path.join(project.root, 'package.json'), '{ "name": "handbook", "version": "1.0.0", "type": "commonjs" }\n');
    const built = project.build();
    expect(built.status, built.output).toBe(0);
    expect(readFileSync(path.join(project.dist, 'lessons', 'first-lesson', 'index.html'), 'utf8')).toContain('First lesson');
  }, 300_000);
});
