/**
 * The lesson checker: reads every lesson in a folder and returns every problem at once,
 * each located by file, line and field. It runs before the build (so a bad lesson stops
 * the build before anything is written), as `npm run check`, and inside the dev server.
 * It applies the build's own rules — the lesson schema, the section reader, the MDX parser —
 * and adds only what needs every lesson at once: slugs and links.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { slug as slugify } from 'github-slugger';
import type { LessonIssue } from '../lesson/issues';
import { checkBody } from './body';
import { checkFrontmatter } from './frontmatter';
import { checkHandbook } from './handbook';
import { checkAcrossLessons, type LessonFacts } from './links';
import { decodeLesson, splitLesson } from './source';
import type { Problem } from './problems';

export { formatProblem, formatReport, summary, type Problem } from './problems';

export interface CheckResult {
  /** Errors and warnings, in file and line order. */
  problems: Problem[];
  /** How many lesson files were read. */
  lessons: number;
}

export interface CheckOptions {
  /** How file names appear in messages; by default relative to the working directory. */
  displayPath?: (file: string) => string;
  /** The base path the site is built for, so links written with it resolve too. */
  base?: string;
}

/** A path as a message shows it: relative when inside the working directory. */
export function defaultDisplayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** The slug Astro gives a lesson: its `slug:`, else its file name made URL-safe. */
function slugOf(file: string, data: Record<string, unknown> | undefined): { slug: string; slugFromFrontmatter: boolean } {
  if (data && typeof data.slug === 'string' && data.slug) return { slug: data.slug, slugFromFrontmatter: true };
  return { slug: slugify(path.basename(file, path.extname(file))), slugFromFrontmatter: false };
}

/** Checks one lesson on its own; what it links to is checked with the others. */
function checkLesson(file: string, shown: string, report: (issue: LessonIssue, warning?: boolean) => void): LessonFacts {
  const facts: LessonFacts = {
    file: shown,
    ...slugOf(file, undefined),
    slugLine: 1,
    formerSlugs: [],
    anchors: new Set(),
    sectionIds: [],
    sectionPages: new Set(),
    links: [],
  };
  const decoded = decodeLesson(readFileSync(file));
  if ('issue' in decoded) return report(decoded.issue), facts;
  const split = splitLesson(decoded.text);
  if ('issue' in split) return report(split.issue), facts;
  const { source } = split;

  const front = checkFrontmatter(source);
  front.issues.forEach((i) => report(i));
  front.warnings.forEach((w) => report(w, true));
  // Read leniently: a lesson with a bad tagline still has its slug, and links to it still work.
  Object.assign(facts, slugOf(file, front.data));
  if (facts.slugFromFrontmatter) facts.slugLine = front.lineOf(['slug']);
  const formerSlugs = Array.isArray(front.data?.formerSlugs) ? (front.data.formerSlugs as unknown[]) : [];
  formerSlugs.forEach((former, index) => {
    if (typeof former === 'string') facts.formerSlugs.push({ slug: former, index, line: front.lineOf(['formerSlugs', index]) });
  });
  const quiz = (Array.isArray(front.data?.quiz) ? (front.data.quiz as { id?: unknown }[]) : []).filter(
    (q): q is { id: string } => typeof q?.id === 'string',
  );

  const body = checkBody(source.body, source.bodyLine, quiz);
  body.issues.forEach((i) => report(i));
  body.warnings.forEach((w) => report(w, true));
  const { anchors, sectionIds, sectionPages, links } = body;
  return { ...facts, anchors, sectionIds, sectionPages, links };
}

/** The lesson files of a folder, in name order: the files the build's glob reads. */
export function lessonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.mdx') && !e.name.startsWith('.'))
    .map((e) => path.join(dir, e.name))
    .sort();
}

/** Checks every lesson in `dir`; never throws for an author's mistake. */
export function checkFolder(dir: string, options: CheckOptions = {}): CheckResult {
  const display = options.displayPath ?? defaultDisplayPath;
  const problems: Problem[] = [];
  const add = (file: string, issue: LessonIssue, warning = false) =>
    problems.push({ ...issue, file, severity: warning ? 'warning' : 'error' });

  const files = lessonFiles(dir);
  const lessons = files.map((file) => {
    const shown = display(file);
    return checkLesson(file, shown, (issue, warning) => add(shown, issue, warning));
  });
  checkAcrossLessons(lessons, (file, issue) => add(file, issue), options.base);
  const settings = path.join(dir, 'handbook.json');
  for (const issue of checkHandbook(settings)) add(display(settings), issue);

  // The build reads only `.mdx`: a Markdown file beside the lessons would be left out unseen.
  for (const entry of readdirSync(dir)) {
    if (/\.(md|markdown)$/i.test(entry)) {
      add(display(path.join(dir, entry)), {
        line: 1,
        field: 'file',
        message: `this file is not part of the handbook: lessons are .mdx files; rename it to ${entry.replace(/\.[^.]+$/, '.mdx')}`,
      }, true);
    }
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems, lessons: files.length };
}
