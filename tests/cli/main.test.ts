// The `lessonbook` command itself (src/cli/main.ts), run as a person runs it: help, a
// mistyped command, and an export that stops on a broken link with one line per link and
// no stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite, page } from '../support/built-site.ts';
import { cleanEnv, repo } from '../support/project.ts';

const lessonbook = (cwd: string, ...args: string[]) => {
  const run = spawnSync(process.execPath, [path.join(repo, 'src', 'cli', 'main.ts'), ...args], { cwd, encoding: 'utf8', env: cleanEnv({ NO_COLOR: '1' }) });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};

describe('lessonbook', () => {
  it('lists every command with --help, and exits 0', () => {
    const run = lessonbook(repo, '--help');
    expect(run.status).toBe(0);
    for (const command of ['init', 'check', 'new', 'export', 'baseline', 'setup']) expect(run.stdout).toContain(`lessonbook ${command}`);
  });

  it('names a mistyped command and shows the help, exiting 2', () => {
    const run = lessonbook(repo, 'exprot');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('lessonbook: there is no command "exprot".');
    expect(run.stderr).toContain('lessonbook export');
  });

  it('export reuses a fresh build, and stops on a link that leads nowhere, naming it, with the previous export left alone', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-cli-'));
    mkdirSync(path.join(root, 'lessons'));
    const dist = builtSite({ 'lessons/a/index.html': page('<a href="/h/lessons/gone/">gone</a>') });
    const run = lessonbook(root, 'export', '--dist', dist, '--out', 'out');
    expect(run.stdout).toContain('Reusing');
    expect(run.stderr).toContain('lessons/a/index.html: /h/lessons/gone/ names no file of the built site');
    expect(run.stderr).toContain('Export stopped: ');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.status).toBe(1);
    expect(existsSync(path.join(root, 'out'))).toBe(false);
  });
});
