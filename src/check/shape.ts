/**
 * The lesson shape, as warnings: a lesson without a tagline or without "The short version"
 * still builds, but a busy reader misses what it is for. Where the gap is the exception, each
 * such lesson is named; where it is the rule (a handbook written in another shape), one line
 * says so and how to switch these warnings off, instead of burying the warnings that matter.
 */
import type { LoadedHandbook } from '../load/index.ts';
import type { LessonIssue } from '../load/issues.ts';

/** At least this many lessons, and half of them, lacking the same thing make it the rule. */
const RULE = 3;

export function checkShape(loaded: LoadedHandbook, warn: (file: string, issue: LessonIssue) => void): void {
  const lessons = loaded.lessons.filter((l) => l.file.role === 'lesson' && l.issues.length === 0 && !l.draft);
  const gaps = [
    {
      missing: lessons.filter((l) => !l.shape.shortVersion),
      field: 'sections',
      one: 'there is no "The short version" section; add `## The short version` with the lesson in one paragraph, first — it is what a busy reader reads',
      many: 'have no "The short version" section',
    },
    {
      missing: lessons.filter((l) => !l.shape.tagline),
      field: 'tagline',
      one: 'there is no `tagline:`; add one line under the title that says what the lesson gives the reader',
      many: 'have no `tagline:`',
    },
  ];
  const rules = gaps.filter((gap) => gap.missing.length >= RULE && gap.missing.length * 2 >= lessons.length);
  if (rules.length > 0) {
    const what = rules.map((gap, i) => `${gap.missing.length}${i === 0 ? ` of ${lessons.length} lessons` : ''} ${gap.many}`).join(', and ');
    warn(loaded.settingsFile, {
      line: 1,
      field: 'lessonShape',
      message: `${what}; if this handbook does not use the lesson shape, set "lessonShape": false here to stop these warnings`,
    });
  }
  for (const gap of gaps) {
    if (rules.includes(gap)) continue;
    for (const lesson of gap.missing) warn(lesson.facts.file, { line: gap.field === 'tagline' ? 1 : lesson.shape.line, field: gap.field, message: gap.one });
  }
}
