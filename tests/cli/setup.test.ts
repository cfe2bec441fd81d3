/**
 * A fresh clone on a system Node.js too old for the project's TypeScript (Node.js 20): the
 * very first `npm run check` runs the check, on the Node.js set-up has just linked. The clone
 * is made of this repository's own package.json scripts, set-up script and node-runtime,
 * with the packages already installed and the Node.js download already in
 * `.lessonbook/node` (so nothing is fetched), and a src/cli/main.ts that says which Node.js
 * runs it — as TypeScript, which Node.js 20 refuses.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo } from '../support/project';

/** The system's Node.js, found on a PATH without this project's tools. */
const systemPath = (process.env.PATH ?? '').split(path.delimiter).filter((dir) => !dir.includes('node_modules')).join(path.delimiter);
const systemNode = spawnSync('node', ['--version'], { encoding: 'utf8', env: { ...process.env, PATH: systemPath } }).stdout?.trim() ?? '';
const tooOld = /^v(1\d|20|21|22\.(\d|1[0-7])\.)/.test(systemNode);

function freshClone(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-clone-'));
  // Set-up and every helper it may import (scripts/lib/), so a new import cannot break the clone unseen.
  for (const file of ['package.json', 'package-lock.json', 'scripts/setup.mjs', 'scripts/lib', 'src/cli/node-runtime.js']) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    cpSync(path.join(repo, file), path.join(root, file), { recursive: true });
  }
  writeFileSync(path.join(root, 'src/cli/main.ts'), "const args: string[] = process.argv.slice(2);\nconsole.log(`ran ${args.join(' ')} on ${process.version}`);\n");
  // The packages as `npm ci` left them, and the Node.js download where set-up keeps it.
  mkdirSync(path.join(root, 'node_modules/.bin'), { recursive: true });
  writeFileSync(path.join(root, 'node_modules/.bin/astro'), '');
  writeFileSync(path.join(root, 'node_modules/.lessonbook-installed'), createHash('sha256').update(readFileSync(path.join(root, 'package-lock.json'))).digest('hex'));
  const download = path.join(root, `.lessonbook/node/node_modules/node-${process.platform}-${process.arch}/bin`);
  mkdirSync(download, { recursive: true });
  symlinkSync(process.execPath, path.join(download, 'node'));
  return root;
}

describe('a fresh clone on Node.js 20', () => {
  it.skipIf(!tooOld)(`runs the first npm run check on the project's Node.js (system: ${systemNode || 'none'})`, () => {
    const root = freshClone();
    expect(existsSync(path.join(root, 'node_modules/.bin/node'))).toBe(false);
    const result = spawnSync('npm', ['run', '--silent', 'check', '--', 'lessons'], { cwd: root, encoding: 'utf8', env: { ...process.env, PATH: systemPath } });
    expect(result.stderr).not.toContain('ERR_UNKNOWN_FILE_EXTENSION');
    expect(result.stdout).toContain(`ran check lessons on ${process.version}`);
    expect(result.status).toBe(0);
  });
});
