/**
 * The checker inside `npm run dev`: the lessons are checked again whenever one changes
 * (cheaply: only when a file's size or time changes, or the baseline's), the problems are printed in the
 * terminal, and an error stops every page with the same to-do list in Vite's browser
 * overlay. The dev server reloads the page on save, so fixing the file brings the page back.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { BASELINE_FILE, formatJudged, judge, type Judged } from '../check/baseline.ts';
import { checkHandbook, hasErrors } from '../check/index.ts';

let last: { fingerprint: string; judged: Judged; lessons: number } | undefined;

/** Changes whenever a file under the folder is added, removed or saved. */
function fingerprint(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      const stat = statSync(path.join(dir, name));
      return `${name}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('|');
}

/** An error for the overlay: the whole report, located at the first error, no stack trace. */
function problemsError(judged: Judged, lessons: number, dir: string): Error {
  const first = judged.problems.find((p) => p.severity === 'error')!;
  const error = new Error(formatJudged(judged, lessons));
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
 * Checks the lessons if they changed since the last call; throws when one has an error that
 * the baseline at `root` (src/check/baseline.ts) does not record.
 */
export function assertLessonsFine(dir: string, base: string, root: string): void {
  const baseline = path.join(root, BASELINE_FILE);
  const now = `${fingerprint(dir)}|${existsSync(baseline) ? statSync(baseline).mtimeMs : ''}`;
  if (last?.fingerprint !== now) {
    const result = checkHandbook(dir, { base });
    const judged = judge(result.problems, root);
    last = { fingerprint: now, judged, lessons: result.lessons };
    // Errors reach the terminal through the dev server's own error log; warnings only here.
    if (!hasErrors(judged.problems) && judged.problems.length > 0) console.warn(`\n${formatJudged(judged, result.lessons)}\n`);
  }
  if (hasErrors(last.judged.problems)) throw problemsError(last.judged, last.lessons, dir);
}
