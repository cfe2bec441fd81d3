// `npm test`: builds the handbook, runs the unit tests (Vitest) and the browser tests
// (Playwright, in Debian's Chromium, against the built site), then prints one line that
// counts both: `N passed, N failed`.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { run as runTool } from './lib/run.mjs';

const results = '.lessonbook/results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
// The handbook projects tests build for themselves (tests/support/project.ts), from the last run.
rmSync('.lessonbook/projects', { recursive: true, force: true });

function run(label, command, args) {
  console.log(`\n── ${label} ──`);
  return runTool(command, args);
}

const build = run('build the handbook', 'astro', ['build']);
// The offline copy, from the dist/ just built (it reuses it); the browser tests open it from disk.
const exported = build === 0 ? run('export the offline copy', 'node', ['src/cli/main.ts', 'export']) : 1;
if (build !== 0 || exported !== 0) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}
const unit = run('unit tests (vitest)', 'vitest', ['run']);
const e2e = run('browser tests (playwright)', 'playwright', ['test']);

function read(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

let passed = 0;
let failed = 0;
let skipped = 0;
const vitest = read(`${results}/vitest.json`);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
} else failed += 1; // the suite did not even report: count it as a failure
const playwright = read(`${results}/playwright.json`);
if (playwright) {
  passed += playwright.stats.expected;
  failed += playwright.stats.unexpected + playwright.stats.flaky;
  skipped += playwright.stats.skipped;
} else failed += 1;
if ((unit !== 0 || e2e !== 0) && failed === 0) failed = 1; // a runner failed outside any test

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
