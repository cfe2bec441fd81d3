/**
 * One lesson file, read by the build's rules: decoded (strictly UTF-8), split into
 * frontmatter and body, the frontmatter checked by the lesson schema, the body parsed and
 * its headings read. Gives what the model knows of the lesson, what the cross-lesson checks
 * need, and every problem found in the file on its own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readBody } from './body.ts';
import { folderTitle, slugFor, type LessonFile } from './files.ts';
import { readFrontmatter } from './frontmatter.ts';
import type { LessonIssue } from './issues.ts';
import type { LessonFacts, LessonInfo } from './model.ts';
import { readingMinutes } from './reading-time.ts';
import { decodeLesson, splitLesson } from './source.ts';

export interface ReadLesson {
  file: LessonFile;
  /** What the pages know of it; `undefined` when an error leaves too little to build it from. */
  info: LessonInfo | undefined;
  facts: LessonFacts;
  issues: LessonIssue[];
  warnings: LessonIssue[];
  /** What the author should know that is no problem (what the page shows otherwise than GitHub). */
  notes: LessonIssue[];
  /** What the lesson shape asks for that it has (the settings decide whether a gap is reported). */
  shape: { tagline: boolean; shortVersion: boolean; line: number };
  /** Its title, and the opening sentence of its words before the first section (a part's or the handbook's introduction is read for these). */
  title: string | undefined;
  summary: string;
  /** `draft: true`: checked, but left out of the site. */
  draft: boolean;
  /** Other tools' frontmatter fields read as a Lessonbook field (`[description, tagline]`), and those left as they are. */
  readAs: [string, string][];
  ignored: string[];
}

/** A file name as a title: `small-changes.md` → `Small changes`. */
const fileTitle = (file: string) => folderTitle(path.posix.basename(file).replace(/\.mdx?$/i, ''));

/**
 * Reads one file of the lessons folder `dir`; `shown` is how messages name it. Never throws
 * for an author's mistake.
 */
export function readLesson(dir: string, file: LessonFile, shown: string): ReadLesson {
  const issues: LessonIssue[] = [];
  const warnings: LessonIssue[] = [];
  const notes: LessonIssue[] = [];
  const facts: LessonFacts = {
    file: shown,
    path: file.path,
    slug: slugFor(dir, file.path),
    slugFromFrontmatter: false,
    slugLine: 1,
    formerSlugs: [],
    anchors: new Set(),
    sectionIds: [],
    sectionPages: new Set(),
    links: [],
  };
  const shape = { tagline: true, shortVersion: true, line: 1 };
  const told = { title: undefined as string | undefined, summary: '', draft: false, readAs: [] as [string, string][], ignored: [] as string[] };
  const result = (info?: LessonInfo): ReadLesson => ({ file, info, facts, issues, warnings, notes, shape, ...told });

  const extension = path.extname(file.path);
  if (extension !== `.${file.format}`) {
    // Astro reads `.md` and `.mdx` only, exactly so spelt: an upper-case one would be left out.
    const renamed = `${path.posix.basename(file.path, extension)}.${file.format}`;
    return issues.push({ line: 1, field: 'file', message: `the build reads lessons named .md or .mdx, in lower case; rename the file to ${renamed}` }), result();
  }
  const decoded = decodeLesson(readFileSync(path.join(dir, file.path)));
  if ('issue' in decoded) return issues.push(decoded.issue), result();
  if (decoded.text.trim() === '') {
    warnings.push({ line: 1, field: 'file', message: `the file is empty, so its page has only the title "${fileTitle(file.path)}", from the file's name; write the lesson, or delete the file` });
  }
  const split = splitLesson(decoded.text);
  if ('issue' in split) return issues.push(split.issue), result();
  const { source } = split;

  const front = readFrontmatter(source);
  issues.push(...front.issues);
  warnings.push(...front.warnings);
  Object.assign(told, { readAs: front.readAs, ignored: front.ignored, draft: front.lesson?.draft === true });
  facts.draft = told.draft;
  // Read leniently: a lesson with a bad tagline still has its slug, and links to it still work.
  const data = front.data ?? {};
  facts.slug = slugFor(dir, file.path, data.slug);
  if (typeof data.slug === 'string' && data.slug.trim() && file.role !== 'home') {
    facts.slugFromFrontmatter = true;
    facts.slugLine = front.lineOf(['slug']);
  }
  const formerSlugs = Array.isArray(data.formerSlugs) ? (data.formerSlugs as unknown[]) : [];
  formerSlugs.forEach((former, index) => {
    if (typeof former === 'string') facts.formerSlugs.push({ slug: former, index, line: front.lineOf(['formerSlugs', index]) });
  });
  // Old URLs another tool's fields list: former slugs too, unless the lesson has that slug (the load drops those another lesson has).
  for (const old of front.oldUrls) {
    if (old.slug !== facts.slug && !facts.formerSlugs.some((f) => f.slug === old.slug)) facts.formerSlugs.push({ ...old, index: -1, oldUrl: true });
  }
  const quizIds = (Array.isArray(data.quiz) ? (data.quiz as { id?: unknown }[]) : [])
    .map((q) => q?.id)
    .filter((id): id is string => typeof id === 'string');
  const frontTitle = typeof data.title === 'string' && data.title.trim() ? data.title.trim() : undefined;

  const body = readBody(source.body, { format: file.format, quizIds, title: frontTitle, file: path.resolve(dir, file.path) });
  issues.push(...body.issues);
  warnings.push(...body.warnings);
  notes.push(...body.notes);
  Object.assign(facts, { anchors: body.anchors, sectionIds: body.sectionIds, sectionPages: body.sectionPages, links: body.links });

  const title =
    frontTitle ??
    body.headingTitle ??
    (file.role === 'part' ? folderTitle(file.folder) : file.role === 'home' || source.frontmatter === undefined ? fileTitle(file.path) : undefined);
  // `titel:` explains the missing title: the to-do list says so once, as the typo.
  const misspelt = front.issues.some((i) => i.message.includes('did you mean `title`'));
  if (!title && front.data && data.title === undefined && !misspelt) {
    issues.push({
      line: source.frontmatterLine,
      field: 'title',
      message: 'every lesson needs a title: add `title:` to the frontmatter, such as `title: Working with engineering`, or start the text with a `# Title` line',
    });
  }
  // The handbook's introduction names the handbook only with a title of its own: not "README".
  Object.assign(told, { title: file.role === 'home' ? (frontTitle ?? body.headingTitle) : title, summary: body.introSummary || body.sections[0]?.summary || '' });
  Object.assign(shape, {
    tagline: typeof data.tagline === 'string',
    shortVersion: body.sections.some((s) => s.kind === 'short-version'),
    line: body.sections[0]?.line ?? source.bodyLine,
  });
  // An empty file is told so once: not also for the tagline and short version it lacks.
  if (decoded.text.trim() === '') Object.assign(shape, { tagline: true, shortVersion: true });

  const lesson = front.lesson;
  if (!lesson || !title || issues.length > 0 || file.role === 'home' || lesson.draft) return result();
  const quizText = lesson.quiz.map((q) => `${q.question} ${'options' in q ? q.options.map((o) => o.text).join(' ') : ''}`);
  return result({
    file: path.join(dir, file.path),
    path: file.path,
    format: file.format,
    role: file.role,
    part: file.folder,
    partPath: [],
    slug: facts.slug,
    title,
    tagline: lesson.tagline,
    order: lesson.order,
    updated: lesson.updated?.toISOString().slice(0, 10),
    formerSlugs: facts.formerSlugs.map((f) => f.slug),
    sections: body.sections,
    intro: body.introSummary,
    hasQuiz: lesson.quiz.length > 0,
    choiceQuestions: lesson.quiz.filter((q) => q.type !== 'open').length,
    minutes: readingMinutes(source.body, ...quizText),
  });
}
