#!/usr/bin/env node
// Makes a fresh clone ready to run, from nothing but the system Node.js and npm:
//  - installs the npm packages when node_modules is missing or package-lock.json changed;
//  - makes sure a Node.js new enough for Astro 7 runs the tools (src/cli/node-runtime.js);
//  - with --browser, makes sure Chromium is there for the end-to-end tests: as root, it
//    installs Debian's package itself (apt-get), which is all CI does to get it (.ci/run);
//  - given a script (`node scripts/setup.mjs src/cli/main.ts check …`), then runs it on the
//    project's Node.js. An npm script cannot say `node scripts/setup.mjs && node x.ts`: the
//    shell has already found the system's `node` for the first command, and runs the second
//    on it too, even when set-up has just linked a newer one (node_modules/.bin/node).
// Written for old Node.js on purpose: it runs before anything else is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNode } from '../src/cli/node-runtime.js';
import { chromiumPath } from './lib/chromium.mjs';
import { firefoxPath } from './lib/firefox.mjs';

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
  // `npm ci`: exactly the versions package-lock.json records, as CI installs them.
  console.log('lessonbook setup: installing npm packages (npm ci) …');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    fail('`npm ci` failed (see above). It needs the npm registry; check the network or proxy settings, then run the command again.');
  }
  writeFileSync(stamp, lockHash());
}

/**
 * The Node.js the project runs on: Astro 7 needs 22.12+, and this repository's own scripts
 * run its TypeScript directly, which Node.js does unflagged from 22.18 (23.6).
 */
const MINIMUM_NODE = [22, 18];

/**
 * Chromium for the browser tests, and Firefox ESR for the test that reads each page's policy in
 * a second engine (tests/write/policy-firefox.test.ts). As root, both come from Debian's
 * packages in one apt-get call; Chromium is required, Firefox only said to be missing (that
 * one test is then skipped, and says so).
 */
function ensureBrowsers() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const missing = [...(existsSync(chromiumPath) ? [] : ['chromium']), ...(existsSync(firefoxPath) ? [] : ['firefox-esr'])];
  if (missing.length > 0 && isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`lessonbook setup: installing Debian's ${missing.join(' and ')} for the browser tests (apt-get) …`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    if (update.status === 0) spawnSync('apt-get', ['install', '-y', ...missing], { stdio: 'inherit', env });
  }
  if (!existsSync(firefoxPath)) {
    console.log(`lessonbook setup: Firefox ESR is missing (${firefoxPath}); the policy test in Firefox will be skipped. To run it: sudo apt-get install -y firefox-esr (or set FIREFOX_PATH).`);
  }
  if (existsSync(chromiumPath)) return;
  fail(
    `Chromium is missing (looked for ${chromiumPath}); the browser tests need it.\n` +
      '  On Debian or Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      '  Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH to its executable.',
  );
}

/** Runs `script` with `args` on the project's Node.js (the one set-up linked, else this one), and exits as it does. */
function runScript(script, args) {
  const linked = path.join(root, 'node_modules', '.bin', 'node');
  const node = existsSync(linked) ? linked : process.execPath;
  const result = spawnSync(node, [script, ...args], { stdio: 'inherit' });
  if (result.error) fail(`could not run ${script}: ${result.error.message}`);
  if (result.signal) process.kill(process.pid, result.signal);
  process.exit(result.status ?? 1);
}

// Set-up's own flags come first; the first other argument is the script to run, the rest its arguments.
const args = process.argv.slice(2);
const at = args.findIndex((a) => !a.startsWith('--'));
const flags = at < 0 ? args : args.slice(0, at);
if (!existsSync(lock)) fail('package-lock.json is missing; run this from a full clone of the repository.');
installPackages();
const nodeProblem = ensureNode(root, MINIMUM_NODE, (line) => console.log(`lessonbook setup: ${line}`));
if (nodeProblem) fail(nodeProblem);
if (flags.includes('--browser')) ensureBrowsers();
if (at >= 0) runScript(args[at], args.slice(at + 1));
