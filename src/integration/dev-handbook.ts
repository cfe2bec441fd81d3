/**
 * The handbook as `npm run dev` knows it: read once, then, whenever a file under the lessons
 * folder was added, removed or saved (its size or time changed), read again from memory but
 * for the changed files (src/load/cache.ts), and checked again across lessons (slugs, links:
 * quick, from what each lesson's reading found). The problems are printed in the terminal,
 * and an error stops every page with the same to-do list in Vite's browser overlay. The dev
 * server reloads the page on save, so fixing the file brings the page back.
 *
 * One reading serves the whole dev server: the integration (loaded with astro.config.mjs),
 * whose pages and section renderer get their model from it, and the middleware (run by Vite's
 * module runner), which checks before every page. Each of the two has its own copy of this
 * module, so the reading lives on `globalThis`, by lessons folder.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkHandbook, formatReport, hasErrors, type CheckResult } from '../check/index.ts';
import { createLoadCache, type LoadCache } from '../load/index.ts';

interface Reading {
  cache: LoadCache;
  fingerprint?: string;
  base?: string;
  result?: CheckResult;
}

const READINGS = Symbol.for('lessonbook.dev-handbook');
const readings: Map<string, Reading> = ((globalThis as { [READINGS]?: Map<string, Reading> })[READINGS] ??= new Map());

/** Changes whenever a file under the folder is added, removed or saved. */
function fingerprint(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      const stat = statSync(path.join(dir, name), { throwIfNoEntry: false });
      return `${name}:${stat?.size}:${stat?.mtimeMs}`;
    })
    .join('|');
}

/**
 * The lessons of `dir` read and checked (with the dates of their last commits, as the build's
 * model has them): from memory when no file changed since the last call, else read again
 * where files changed.
 */
export function devHandbook(dir: string, base: string): CheckResult {
  let reading = readings.get(dir);
  if (!reading) readings.set(dir, (reading = { cache: createLoadCache() }));
  const now = fingerprint(dir);
  if (reading.result === undefined || reading.fingerprint !== now || reading.base !== base) {
    const result = checkHandbook(dir, { base, history: true, cache: reading.cache });
    Object.assign(reading, { fingerprint: now, base, result });
    // Errors reach the terminal through the dev server's own error log; warnings only here.
    if (!hasErrors(result.problems) && result.problems.length > 0) console.warn(`\n${formatReport(result.problems, result.lessons)}\n`);
  }
  return reading.result!;
}

/** An error for the overlay: the whole report, located at the first error, no stack trace. */
function problemsError(result: CheckResult, dir: string): Error {
  const first = result.problems.find((p) => p.severity === 'error')!;
  const error = new Error(formatReport(result.problems, result.lessons));
  error.name = 'LessonProblems';
  error.stack = '';
  const file = path.resolve(first.file);
  Object.assign(error, {
    title: 'A lesson needs fixing',
    hint: `Fix the lines above and save: this page reloads by itself. \`npm run check\` lists the same problems for ${path.relative(process.cwd(), dir) || dir}/.`,
    loc: { file, line: first.line ?? 1, column: 1 },
  });
  return error;
}

/** Checks the lessons (from memory unless they changed); throws when one has an error. */
export function assertLessonsFine(dir: string, base: string): void {
  const result = devHandbook(dir, base);
  if (hasErrors(result.problems)) throw problemsError(result, dir);
}
