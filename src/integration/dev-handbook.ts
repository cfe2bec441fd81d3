/**
 * The handbook as `npm run dev` knows it: read once, then, whenever a file under the lessons
 * folder was added, removed or saved (its size or time changed), read again from memory but
 * for the changed files (src/load/cache.ts), and checked again across lessons (slugs, links:
 * quick, from what each lesson's reading found). The problems are printed in the terminal,
 * and an error the baseline does not record (src/check/baseline.ts) stops every page with the
 * same to-do list in Vite's browser overlay. The dev server reloads the page on save, so
 * fixing the file brings the page back.
 *
 * One reading serves the whole dev server: the integration (loaded with astro.config.mjs),
 * whose pages and section renderer get their model from it, and the middleware (run by Vite's
 * module runner), which checks before every page. Each of the two has its own copy of this
 * module, so the reading lives on `globalThis`, by lessons folder.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { BASELINE_FILE, formatJudged, judge, type Judged } from '../check/baseline.ts';
import { checkHandbook, hasErrors, type CheckResult } from '../check/index.ts';
import { createLoadCache, type LoadCache } from '../load/index.ts';

/** The lessons as read and checked, and the problems judged against the baseline. */
export interface DevReading {
  result: CheckResult;
  judged: Judged;
}

interface Reading {
  cache: LoadCache;
  fingerprint?: string;
  last?: DevReading;
}

const READINGS = Symbol.for('lessonbook.dev-handbook');
const readings: Map<string, Reading> = ((globalThis as { [READINGS]?: Map<string, Reading> })[READINGS] ??= new Map());

const stamp = (file: string) => {
  const stat = statSync(file, { throwIfNoEntry: false });
  return `${stat?.size}:${stat?.mtimeMs}`;
};

/** Changes whenever a file under the folder is added, removed or saved, or the baseline or base path changes. */
function fingerprint(dir: string, base: string, root: string): string {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  return [base, stamp(path.join(root, BASELINE_FILE)), ...files.map((name) => `${name}:${stamp(path.join(dir, name))}`)].join('|');
}

/**
 * The lessons of `dir` read and checked (with the dates of their last commits, as the build's
 * model has them), and judged against the baseline of the project at `root`: from memory when
 * nothing changed since the last call, else read again where files changed.
 */
export function devHandbook(dir: string, base: string, root: string): DevReading {
  let reading = readings.get(dir);
  if (!reading) readings.set(dir, (reading = { cache: createLoadCache() }));
  const now = fingerprint(dir, base, root);
  if (reading.last === undefined || reading.fingerprint !== now) {
    // public/ as Astro has it by default: the middleware knows the project's root, not Astro's config.
    const result = checkHandbook(dir, { base, history: true, cache: reading.cache, publicDir: path.join(root, 'public') });
    const judged = judge(result.problems, root);
    Object.assign(reading, { fingerprint: now, last: { result, judged } });
    // Errors reach the terminal through the dev server's own error log; warnings only here.
    if (!hasErrors(judged.problems) && judged.problems.length > 0) console.warn(`\n${formatJudged(judged, result.lessons)}\n`);
  }
  return reading.last!;
}

/** An error for the overlay: the whole report, located at the first error, no stack trace. */
function problemsError({ judged, result }: DevReading, dir: string): Error {
  const first = judged.problems.find((p) => p.severity === 'error')!;
  const error = new Error(formatJudged(judged, result.lessons));
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

/**
 * Checks the lessons (from memory unless they changed); throws when one has an error that
 * the baseline at `root` does not record.
 */
export function assertLessonsFine(dir: string, base: string, root: string): void {
  const reading = devHandbook(dir, base, root);
  if (hasErrors(reading.judged.problems)) throw problemsError(reading, dir);
}
