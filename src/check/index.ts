/**
 * The check stage: every problem in a lessons folder at once, each located by file, line
 * and field. It reads the folder with the load stage (the build's own rules: the lesson
 * schema, the heading rules, the Markdown and MDX parsers) and adds what needs every lesson
 * at once: slugs, links, and the lesson shape across the handbook. The build runs it first
 * (a bad lesson stops the build before anything is written), as does `lessonbook check`, and
 * the dev server on every change.
 */
import { fileIn, loadHandbook, type HandbookModel, type LoadedHandbook, type LoadOptions } from '../load/index.ts';
import type { LessonIssue } from '../load/issues.ts';
import { checkAcrossLessons } from './links.ts';
import type { Problem } from './report.ts';
import { checkShape } from './shape.ts';

export { formatProblem, formatReport, summary, type Problem } from './report.ts';

export interface CheckResult {
  /** Errors, warnings and notes, in file and line order. */
  problems: Problem[];
  /** How many lesson files were read. */
  lessons: number;
  /** The handbook as read: complete when no problem is an error. */
  model: HandbookModel;
  /** Every lesson file by its path relative to the folder. */
  files: LoadedHandbook['files'];
}

export interface CheckOptions extends LoadOptions {
  /** The base path the site is built for, so links written with it resolve too. */
  base?: string | undefined;
}

/** Whether any of the problems stops the build. */
export const hasErrors = (problems: readonly Problem[]) => problems.some((p) => p.severity === 'error');

/** Checks every lesson in `dir`; never throws for an author's mistake. */
export function checkHandbook(dir: string, options: CheckOptions = {}): CheckResult {
  const loaded = loadHandbook(dir, options);
  const problems: Problem[] = [];
  const add = (file: string, issue: LessonIssue, warning = false) =>
    problems.push({ ...issue, file, severity: warning ? 'warning' : 'error' });

  for (const lesson of loaded.lessons) {
    for (const issue of lesson.issues) add(lesson.facts.file, issue);
    for (const warning of lesson.warnings) add(lesson.facts.file, warning, true);
    for (const note of lesson.notes) problems.push({ ...note, file: lesson.facts.file, severity: 'note' });
  }
  checkAcrossLessons(loaded.lessons.map((l) => l.facts), (file, issue) => add(file, issue), { files: loaded.files, exists: fileIn(dir) }, options.base);
  for (const issue of loaded.settings.issues) add(loaded.settingsFile, issue);
  if (loaded.model.lessonShape) checkShape(loaded, (file, issue) => add(file, issue, true));

  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems, lessons: loaded.lessons.length, model: loaded.model, files: loaded.files };
}
