#!/usr/bin/env node
// Makes a fresh clone ready to run, from nothing but the system Node.js and npm:
//  - installs the npm packages when node_modules is missing or package-lock.json changed;
//  - makes sure a Node.js new enough for Astro 7 runs the tools (see ensureNode);
//  - with --browser, makes sure Debian's Chromium is there for the end-to-end tests.
// Written for old Node.js on purpose: it runs before anything else is installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lock = path.join(root, 'package-lock.json');
const stamp = path.join(root, 'node_modules', '.lessonbook-installed');

function fail(message) {
  console.error(`\nlessonbook setup: ${message}\n`);
  process.exit(1);
}

function lockHash() {
  return createHash('sha256').update(readFileSync(lock)).digest('hex');
}

function installPackages() {
  const current = existsSync(stamp) ? readFileSync(stamp, 'utf8') : '';
  if (current === lockHash() && existsSync(path.join(root, 'node_modules', '.bin', 'astro'))) return;
  // `npm install`, not `npm ci`: Vite lists a Windows-only optional package that the
  // registry does not serve, which npm leaves out of the lock file and `npm ci` then
  // rejects. `npm install` still installs the exact versions package-lock.json records.
  console.log('lessonbook setup: installing npm packages (npm install) …');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    fail('`npm install` failed (see above). It needs the npm registry; check the network or proxy settings, then run the command again.');
  }
  writeFileSync(stamp, lockHash());
}

/**
 * The Node.js the project runs on when the system one is too old: Astro 7 needs 22.12+, and
 * the build's own scripts import TypeScript, which Node.js runs unflagged from 22.18 (23.6).
 */
const PINNED_NODE = '24.21.0';

function nodeVersionOk(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > 23 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18);
}

// Astro 7 and Vitest 5 need Node.js 22.12 or newer, the scripts 22.18 (TypeScript without
// a flag). A system Node.js that new is used as it is (nothing to download). An older one
// gets Node.js 24 from the npm registry (the `node-<platform>-<arch>` package) in
// .lessonbook/node, linked as node_modules/.bin/node: npm scripts put that folder first on
// PATH, so every tool then runs on it.
function ensureNode() {
  const link = path.join(root, 'node_modules', '.bin', 'node');
  if (nodeVersionOk(process.version) && !existsSync(link)) return;
  if (existsSync(link)) {
    try {
      if (nodeVersionOk(execFileSync(link, ['--version'], { encoding: 'utf8' }).trim())) return;
    } catch {
      /* a broken link: install again below */
    }
  }
  const name = `node-${process.platform}-${process.arch}`;
  const prefix = path.join(root, '.lessonbook', 'node');
  console.log(`lessonbook setup: Node.js ${process.version} is too old for Astro 7; installing Node.js ${PINNED_NODE} (${name}) into .lessonbook/node …`);
  mkdirSync(prefix, { recursive: true });
  writeFileSync(path.join(prefix, 'package.json'), '{"private":true}\n');
  const result = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `${name}@${PINNED_NODE}`], { cwd: prefix, stdio: 'inherit' });
  const binary = path.join(prefix, 'node_modules', name, 'bin', 'node');
  if (result.status !== 0 || !existsSync(binary)) {
    fail(`could not install Node.js ${PINNED_NODE} from the npm registry (package ${name}). Install Node.js 22.18 or newer yourself, then run the command again.`);
  }
  rmSync(link, { force: true });
  symlinkSync(binary, link);
}

/** Where the end-to-end tests find Chromium: CHROMIUM_PATH, or Debian's package. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

function ensureChromium() {
  const chromium = chromiumPath();
  if (existsSync(chromium)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("lessonbook setup: installing Debian's chromium for the browser tests (apt-get) …");
    const update = spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (install && install.status === 0 && existsSync(chromium)) return;
  }
  fail(
    `Chromium is missing (looked for ${chromium}); the browser tests need it.\n` +
      '  On Debian or Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      '  Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH to its executable.',
  );
}

if (!existsSync(lock)) fail('package-lock.json is missing; run this from a full clone of the repository.');
installPackages();
ensureNode();
if (process.argv.includes('--browser')) ensureChromium();
