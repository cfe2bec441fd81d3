/**
 * The write stage, after Astro has built the pages: what is cheaper to write from the built
 * lesson pages and the handbook model than to render through Astro, in the built site's
 * folder — `_headers`, each section's page, the one-page handbook's lessons, the
 * short versions of the handbook in short, the files lessons link to (in files/), and
 * search. The integration runs it in `astro:build:done`.
 */
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { RecasedLink } from '../check/links.ts';
import type { LessonInfo, PartInfo } from '../load/model.ts';
import { partOf } from '../site/lessons.ts';
import { readLessonBody } from './built-page.ts';
import { writeFragmentCase } from './fragments.ts';
import { writeHeaders } from './headers.ts';
import { shortVersion, writeInShort } from './in-short.ts';
import { writePrintPage } from './print-page.ts';
import { writeSearch } from './search-index.ts';
import { writeSectionPages } from './section-pages.ts';

export interface WriteContext {
  /** The handbook's title. */
  title: string;
  site: string;
  base: string;
  favicon: boolean;
  /** Every lesson, in reading order, and the parts. */
  lessons: readonly LessonInfo[];
  parts: readonly PartInfo[];
  /** The lessons folder, and the files in it that lessons link to (published as files/…). */
  lessonsDir: string;
  files: readonly string[];
  /** Links whose fragment lands on an anchor in other letter case (from the check): written with the anchor's spelling. */
  recased: readonly RecasedLink[];
}

/** Writes everything into the built site `dir`; returns a line per stage for the log. */
export async function writeAfterBuild(dir: string, context: WriteContext): Promise<string[]> {
  const time = <T>(run: () => T) => {
    const started = performance.now();
    const result = run();
    return { result, ms: Math.round(performance.now() - started) };
  };
  const { lessons, base } = context;
  // First, so the pages made from lesson pages below (the one-page handbook) have these links right too.
  const recased = time(() => writeFragmentCase(dir, base, context.recased));
  const policy = time(() => writeHeaders(dir, base));
  const sections = time(() => writeSectionPages(dir, { ...context, policy: policy.result }, lessons));
  // Each lesson page is read once here: the one-page handbook takes the rendered lesson, and
  // its short version is kept for the handbook in short. (Search reads the pages itself, half
  // of them in a worker thread: ./search-docs.ts.)
  const shorts = new Map<string, string>();
  const printed = time(() =>
    writePrintPage(dir, base, lessons, (lesson) => {
      const body = readLessonBody(dir, lesson.slug);
      const short = shortVersion(lesson, body);
      if (short) shorts.set(lesson.slug, short);
      return body;
    }),
  );
  const short = time(() => writeInShort(dir, base, lessons, context.parts, shorts));
  for (const file of context.files) {
    const to = path.join(dir, 'files', file);
    mkdirSync(path.dirname(to), { recursive: true });
    cpSync(path.join(context.lessonsDir, file), to);
  }
  const started = performance.now();
  // A part's introduction is the part's own page: it needs no part named above it.
  const search = await writeSearch(dir, lessons.map((l) => ({ slug: l.slug, part: l.role === 'lesson' ? partOf(context.parts, l)?.title ?? '' : '' })));
  return [
    `_headers with the pages' Content-Security-Policy (${policy.ms} ms)`,
    `${sections.result} section pages (${sections.ms} ms)`,
    `the one-page handbook, ${(printed.result / 1024).toFixed(0)} KB (${printed.ms} ms)`,
    `the handbook in short, ${short.result} short versions (${short.ms} ms)`,
    `${search} (${Math.round(performance.now() - started)} ms)`,
    ...(context.files.length > 0 ? [`${context.files.length} files lessons link to, in files/`] : []),
    ...(recased.result > 0 ? [`links with an anchor in other letter case, spelt as the anchor, in ${recased.result} pages (${recased.ms} ms)`] : []),
  ];
}
