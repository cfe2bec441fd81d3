/**
 * The write stage, after Astro has built the pages: what is cheaper to write from the built
 * lesson pages and the handbook model than to render through Astro, in the built site's
 * folder — `_headers`, each section's page, the one-page handbook's lessons, the
 * short versions of the handbook in short, the files lessons link to (in files/), each
 * page's own Content-Security-Policy and the check that every file a page names was written,
 * and search. The integration runs it in `astro:build:done`.
 */
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RecasedLink } from '../check/links.ts';
import type { LessonInfo, PartInfo, PrintVolume } from '../load/model.ts';
import { writeFragmentCase } from './fragments.ts';
import { builtPolicy, writeHeaders } from './headers.ts';
import type { InShortPage } from './in-short.ts';
import { writeLessonPages } from './lesson-pages.ts';
import type { PrintedPage } from './print-page.ts';
import { deadReferences, mergeNeeds, pageNeeds, pageUrlOf, sharedPolicy, writePagePolicy, type DeadReference, type PageNeeds } from './policy.ts';
import { listFiles } from './site-files.ts';
import { IN_SHORT_FILE, lessonFile, pageFile, PRINT_FILE, printVolumeFile, sitePath } from '../contract/index.ts';
import { printedPages } from '../load/volumes.ts';

export interface WriteContext {
  /** The handbook's title. */
  title: string;
  site: string;
  base: string;
  favicon: boolean;
  /** Every lesson, in reading order, and the parts. */
  lessons: readonly LessonInfo[];
  parts: readonly PartInfo[];
  /** The volumes the handbook prints in; none when it prints on one page (src/load/volumes.ts). */
  printVolumes: readonly PrintVolume[];
  /** The lessons folder, and the files in it that lessons link to (published as files/…). */
  lessonsDir: string;
  files: readonly string[];
  /** Links whose fragment lands on an anchor in other letter case (from the check): written with the anchor's spelling. */
  recased: readonly RecasedLink[];
}

/** Writes everything into the built site `dir`; returns a line per stage for the log. */
export async function writeAfterBuild(dir: string, context: WriteContext): Promise<{ lines: string[]; dead: DeadReference[] }> {
  const time = async <T>(run: () => T | Promise<T>) => {
    const started = performance.now();
    const result = await run();
    return { result, ms: Math.round(performance.now() - started) };
  };
  const { lessons, base } = context;
  // First, so the pages made from lesson pages below (the one-page handbook) have these links right too.
  const recased = await time(() => writeFragmentCase(dir, base, context.recased));
  const policy = builtPolicy(dir);
  // Each lesson's section pages, and its page read once for the printed handbook, the
  // handbook in short, its policy and search (./lesson-pages.ts, in two threads), and search written.
  const { title, site, favicon } = context;
  const { result: done, ms: lessonPagesMs } = await time(() =>
    writeLessonPages({ dir, site: { title, site, base, favicon, policy }, lessons, parts: context.parts, printVolumes: context.printVolumes }),
  );
  for (const file of context.files) {
    const to = path.join(dir, 'files', file);
    mkdirSync(path.dirname(to), { recursive: true });
    cpSync(path.join(context.lessonsDir, file), to);
  }
  const root = new URL(base, context.site);
  const policies = await time(() => writePolicies(dir, context, root, policy, new Map(done.needs), done.inShort));
  return {
    lines: [
      `each page's Content-Security-Policy: ${policies.result.widened} pages allow what their lessons embed; _headers (${policies.ms} ms)`,
      `${done.sectionPages} section pages; from each lesson page read once, ${printedLine(done.printed)}, ${inShortLine(done.inShort)}; ${done.searchLine} (${lessonPagesMs} ms)`,
      ...(context.files.length > 0 ? [`${context.files.length} files lessons link to, in files/`] : []),
      ...(recased.result > 0 ? [`links with an anchor in other letter case, spelt as the anchor, in ${recased.result} pages (${recased.ms} ms)`] : []),
    ],
    dead: policies.result.dead,
  };
}

/** The log's line for the printed handbook: the one page, or the volumes and the largest. */
function printedLine(pages: readonly PrintedPage[]): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  if (pages.length === 1 && pages[0]!.file === PRINT_FILE) return `the one-page handbook, ${kb(pages[0]!.bytes)}`;
  const largest = Math.max(...pages.map((p) => p.bytes));
  return `the printed handbook in ${pages.length} volumes, ${kb(pages.reduce((n, p) => n + p.bytes, 0))} in all, the largest ${kb(largest)}`;
}

/** The log's line for the handbook in short: its short versions, and the volumes they are in. */
function inShortLine(pages: readonly InShortPage[]): string {
  const shorts = pages.reduce((n, p) => n + p.shorts, 0);
  return pages.length === 1 && pages[0]!.file === IN_SHORT_FILE
    ? `the handbook in short, ${shorts} short versions`
    : `the handbook in short, ${shorts} short versions in ${pages.length} volumes`;
}

/**
 * Gives each page that embeds more than Astro's policy allows its own policy — each lesson
 * page from its `needs` (by slug, as ./lesson-pages.ts read it), each printed page from its
 * lessons', and the home page and the pages of the handbook in short (`inShort`, as written),
 * read here — writes `_headers` with what every page shares, and finds the references to
 * files the build did not write.
 */
function writePolicies(dir: string, context: WriteContext, root: URL, policy: string, needs: ReadonlyMap<string, PageNeeds>, inShort: readonly InShortPage[]) {
  const files = new Set(listFiles(dir));
  const widened = new Set<string>();
  let pages = 0;
  const write = (page: string, pageNeeds: PageNeeds) => {
    const directives = writePagePolicy(path.join(dir, page), pageNeeds);
    if (directives.length > 0) pages++;
    for (const d of directives) widened.add(d);
  };
  const needsOf = (lesson: LessonInfo) => needs.get(lesson.slug) ?? failNoNeeds(lesson);
  const dead: DeadReference[] = [];
  for (const lesson of context.lessons) {
    const page = lessonFile(lesson.slug);
    const own = needsOf(lesson);
    write(page, own);
    dead.push(...deadReferences(own, files, root, page, `${path.basename(context.lessonsDir)}/${lesson.path}`));
  }
  // Each printed page allows what its lessons embed. (In volumes, /print/ lists them and holds no lesson: Astro's policy is its own.)
  for (const { n, lessons } of printedPages(context.lessons, context.printVolumes)) {
    write(printVolumeFile(n), { ...mergeNeeds(lessons.map(needsOf)), references: [] });
  }
  const home = pageFile(sitePath.home());
  // The handbook in short in volumes: the list (IN_SHORT_FILE, Astro's own) and each volume, read as the one page is.
  for (const page of new Set([home, IN_SHORT_FILE, ...inShort.map(({ file }) => file)])) {
    if (!files.has(page)) continue;
    const own = pageNeeds(readFileSync(path.join(dir, page), 'utf8'), pageUrlOf(root, page), root);
    write(page, own);
    dead.push(...deadReferences(own, files, root, page, page === home ? `${path.basename(context.lessonsDir)}/ (the home page's introduction)` : page));
  }
  writeHeaders(dir, context.base, sharedPolicy(policy, widened));
  return { widened: pages, dead };
}

/** A lesson the write stage did not read: the stage itself is broken, not the lesson. */
function failNoNeeds(lesson: LessonInfo): never {
  throw new Error(`the write stage read no page for the lesson ${lesson.slug}`);
}
