/** How the checker's findings read: one line each, then one line that counts them. */
import { formatIssue, type LessonIssue } from '../load/issues.ts';

/**
 * A finding in one file: an error stops the build; a warning is printed and lets it go on;
 * a note tells the author something that is no problem (what the page shows otherwise than GitHub).
 */
export interface Problem extends LessonIssue {
  file: string;
  severity: 'error' | 'warning' | 'note';
}

/** `lessons/x.mdx:12: quiz[1].answer: …`, or `… warning: section "Notes": …` for a warning (`note:` for a note). */
export function formatProblem(problem: Problem): string {
  const field = problem.severity === 'error' ? problem.field : `${problem.severity}: ${problem.field}`;
  return formatIssue(problem.file, { ...problem, field });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The count line: `3 problems in 2 files (1 warning)`, or that all is well. */
export function summary(problems: Problem[], lessons: number): string {
  if (problems.length === 0) return `${plural(lessons, 'lesson')} checked: no problems`;
  const files = new Set(problems.map((p) => p.file)).size;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const notes = problems.filter((p) => p.severity === 'note').length;
  const errors = problems.length - warnings - notes;
  const others = [...(warnings ? [plural(warnings, 'warning')] : []), ...(notes ? [plural(notes, 'note')] : [])];
  if (errors === 0) return `${others.join(' and ')} in ${plural(files, 'file')}, nothing that stops the build`;
  const detail = others.length === 0 ? '' : ` (${others.join(', ')})`;
  // The files the problems are in: a note is no problem.
  const inFiles = new Set(problems.filter((p) => p.severity !== 'note').map((p) => p.file)).size;
  return `${plural(problems.length - notes, 'problem')} in ${plural(inFiles, 'file')}${detail}`;
}

/** The whole report: one line per problem, then the count. */
export function formatReport(problems: Problem[], lessons: number): string {
  return [...problems.map(formatProblem), summary(problems, lessons)].join('\n');
}
