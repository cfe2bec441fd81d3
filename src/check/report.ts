/** How the checker's findings read: one line each, then one line that counts them. */
import { formatIssue, type LessonIssue } from '../load/issues.ts';

/**
 * A problem in one file: an error stops the build, a warning is printed and lets it go on.
 * A note is not a problem: it says what the check did with something (frontmatter it left
 * alone), and is printed, but not counted.
 */
export interface Problem extends LessonIssue {
  file: string;
  severity: 'error' | 'warning' | 'note';
}

/** `lessons/x.mdx:12: quiz[1].answer: …`, or `… warning: section "Notes": …` for a warning. */
export function formatProblem(problem: Problem): string {
  const field = problem.severity === 'error' ? problem.field : `${problem.severity}: ${problem.field}`;
  return formatIssue(problem.file, { ...problem, field });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The count line: `3 problems in 2 files (1 warning)`, or that all is well. */
export function summary(all: Problem[], lessons: number): string {
  const problems = all.filter((p) => p.severity !== 'note');
  if (problems.length === 0) return `${plural(lessons, 'lesson')} checked: no problems`;
  const files = new Set(problems.map((p) => p.file)).size;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const errors = problems.length - warnings;
  if (errors === 0) return `${plural(warnings, 'warning')} in ${plural(files, 'file')}, nothing that stops the build`;
  const detail = warnings === 0 ? '' : ` (${plural(warnings, 'warning')})`;
  return `${plural(problems.length, 'problem')} in ${plural(files, 'file')}${detail}`;
}

/** The whole report: one line per problem, then the count. */
export function formatReport(problems: Problem[], lessons: number): string {
  return [...problems.map(formatProblem), summary(problems, lessons)].join('\n');
}
