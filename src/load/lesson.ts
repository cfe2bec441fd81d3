/**
 * One lesson file, read by the build's rules: decoded (strictly UTF-8), split into
 * frontmatter and body, the frontmatter checked by the lesson schema, the body parsed and
 * its sections found. Gives what the model knows of the lesson, what the cross-lesson
 * checks need, and every problem found in the file on its own.
 */
import { readFileSync } from 'node:fs';
import { readBody } from './body.ts';
import { readFrontmatter } from './frontmatter.ts';
import type { LessonIssue } from './issues.ts';
import type { LessonFacts, LessonInfo } from './model.ts';
import { readingMinutes } from './reading-time.ts';
import { lessonSlug } from './slug.ts';
import { decodeLesson, splitLesson } from './source.ts';

export interface ReadLesson {
  /** What the pages know of it; `undefined` when an error leaves too little to build it from. */
  info: LessonInfo | undefined;
  facts: LessonFacts;
  issues: LessonIssue[];
  warnings: LessonIssue[];
}

/**
 * Reads one lesson. `path` is the file relative to the lessons folder; `shown` is how
 * messages name it. Never throws for an author's mistake.
 */
export function readLesson(file: string, path: string, shown: string): ReadLesson {
  const issues: LessonIssue[] = [];
  const warnings: LessonIssue[] = [];
  const facts: LessonFacts = {
    file: shown,
    slug: lessonSlug(path),
    slugFromFrontmatter: false,
    slugLine: 1,
    formerSlugs: [],
    anchors: new Set(),
    sectionIds: [],
    sectionPages: new Set(),
    links: [],
  };
  const result = (info?: LessonInfo): ReadLesson => ({ info, facts, issues, warnings });

  const decoded = decodeLesson(readFileSync(file));
  if ('issue' in decoded) return issues.push(decoded.issue), result();
  const split = splitLesson(decoded.text);
  if ('issue' in split) return issues.push(split.issue), result();
  const { source } = split;

  const front = readFrontmatter(source);
  issues.push(...front.issues);
  warnings.push(...front.warnings);
  // Read leniently: a lesson with a bad tagline still has its slug, and links to it still work.
  const data = front.data ?? {};
  facts.slug = lessonSlug(path, data.slug);
  if (typeof data.slug === 'string' && data.slug.trim()) {
    facts.slugFromFrontmatter = true;
    facts.slugLine = front.lineOf(['slug']);
  }
  const formerSlugs = Array.isArray(data.formerSlugs) ? (data.formerSlugs as unknown[]) : [];
  formerSlugs.forEach((former, index) => {
    if (typeof former === 'string') facts.formerSlugs.push({ slug: former, index, line: front.lineOf(['formerSlugs', index]) });
  });
  const quizIds = (Array.isArray(data.quiz) ? (data.quiz as { id?: unknown }[]) : [])
    .map((q) => q?.id)
    .filter((id): id is string => typeof id === 'string');

  const body = readBody(source.body, source.bodyLine, quizIds);
  issues.push(...body.issues);
  warnings.push(...body.warnings);
  Object.assign(facts, { anchors: body.anchors, sectionIds: body.sectionIds, sectionPages: body.sectionPages, links: body.links });

  const lesson = front.lesson;
  if (!lesson || issues.length > 0) return result();
  const quizText = lesson.quiz.map((q) => `${q.question} ${'options' in q ? q.options.map((o) => o.text).join(' ') : ''}`);
  return result({
    file,
    path,
    slug: facts.slug,
    title: lesson.title,
    tagline: lesson.tagline,
    order: lesson.order,
    updated: lesson.updated?.toISOString().slice(0, 10),
    formerSlugs: lesson.formerSlugs,
    sections: body.sections,
    hasQuiz: lesson.quiz.length > 0,
    minutes: readingMinutes(source.body, ...quizText),
  });
}
