/**
 * The check stage: every problem in a lessons folder at once, each located by file, line
 * and field. It reads the folder with the load stage (the build's own rules: the lesson
 * schema, the heading rules, the Markdown and MDX parsers) and adds what needs every lesson
 * at once: slugs, links, and the lesson shape across the handbook. The build runs it first
 * (a bad lesson stops the build before anything is written), as does `lessonbook check`, and
 * the dev server on every change.
 */
import { fileIn, loadHandbook, type HandbookModel, type LoadedHandbook, type LoadOptions } from '../load/index.ts';
import { defaultDisplayPath, type LessonIssue } from '../load/issues.ts';
import { checkAcrossLessons, type RecasedLink } from './links.ts';
import type { Problem } from './report.ts';
import { checkShape } from './shape.ts';

export { formatProblem, formatReport, summary, type Problem } from './report.ts';
export type { RecasedLink } from './links.ts';

export interface CheckResult {
  /** Errors, warnings and notes, in file and line order, then the note on frontmatter written for other tools. */
  problems: Problem[];
  /** How many lesson files were read. */
  lessons: number;
  /** The handbook as read: complete when no problem is an error. */
  model: HandbookModel;
  /** Every lesson file by its path relative to the folder. */
  files: LoadedHandbook['files'];
  /** Links whose fragment lands on an anchor written in other letter case: the build writes the anchor's spelling. */
  recased: RecasedLink[];
}

export interface CheckOptions extends LoadOptions {
  /** The base path the site is built for, so links written with it resolve too. */
  base?: string | undefined;
  /** The folder the site serves at its root (Astro's `publicDir`), where a path from / may name a file; without it, none is looked for there. */
  publicDir?: string | undefined;
}

/**
 * One note for the whole handbook on frontmatter written for other tools: which fields were
 * read as a Lessonbook field, and which are left as they are, each with how many lessons
 * have it. `undefined` when every field is Lessonbook's own.
 */
function otherToolsNote(loaded: LoadedHandbook): LessonIssue | undefined {
  const readAs = new Map<string, number>();
  const ignored = new Map<string, number>();
  let lessons = 0;
  for (const lesson of loaded.lessons) {
    if (lesson.readAs.length + lesson.ignored.length > 0) lessons++;
    for (const [from, to] of lesson.readAs) readAs.set(`${from} as ${to}`, (readAs.get(`${from} as ${to}`) ?? 0) + 1);
    for (const field of lesson.ignored) ignored.set(field, (ignored.get(field) ?? 0) + 1);
  }
  if (lessons === 0) return undefined;
  const list = (counts: Map<string, number>) => {
    const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const shown = sorted.slice(0, 12).map(([name, n]) => `${name} (${n})`);
    return sorted.length > 12 ? `${shown.join(', ')} and ${sorted.length - 12} more` : shown.join(', ');
  };
  const parts = [
    readAs.size > 0 ? `read ${list(readAs)}` : '',
    ignored.size > 0 ? `left as they are, as Lessonbook does not read them: ${list(ignored)}` : '',
  ].filter(Boolean);
  return {
    field: 'frontmatter',
    message: `${lessons} ${lessons === 1 ? 'lesson has' : 'lessons have'} fields written for other tools; ${parts.join('; ')}. Nothing to do, unless a field should mean something here (README: "Bringing a handbook written for GitHub")`,
  };
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
  const recased = checkAcrossLessons(loaded.lessons.map((l) => l.facts), (file, issue) => add(file, issue), { files: loaded.files, exists: fileIn(dir), inPublic: options.publicDir === undefined ? undefined : fileIn(options.publicDir) }, options.base);
  for (const issue of loaded.settings.issues) add(loaded.settingsFile, issue);
  if (loaded.model.lessonShape) checkShape(loaded, (file, issue) => add(file, issue, true));

  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  // Last, just before the count: what the check did with frontmatter written for other tools.
  const note = otherToolsNote(loaded);
  if (note) problems.push({ ...note, file: (options.displayPath ?? defaultDisplayPath)(dir), severity: 'note' });
  return { problems, lessons: loaded.lessons.length, model: loaded.model, files: loaded.files, recased };
}
