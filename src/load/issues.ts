import path from 'node:path';

/** One problem in a lesson, located as precisely as we can. */
export interface LessonIssue {
  /** 1-based line in the lesson file, when known. */
  line?: number;
  /** The field or place at fault, such as `quiz[1].answer` or `section "Why it matters"`. */
  field: string;
  /** What was expected, and how to fix it. */
  message: string;
}

/** The one-line form every author-facing message takes: `file:line: field: message`. */
export function formatIssue(file: string, issue: LessonIssue): string {
  return `${file}${issue.line ? `:${issue.line}` : ''}: ${issue.field}: ${issue.message}`;
}

/** A path as a message shows it: relative when inside the working directory. */
export function defaultDisplayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
