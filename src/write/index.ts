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
import { IN_SHORT_FILE, inShortVolumeFile, lessonFile, pageFile, PRINT_FILE, printVolumeFile, sitePath } from '../contract/index.ts';

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
  const time = <T>(run: () => T) => {
    const started = performance.now();
    const result = run();
    return { result, ms: Math.round(performance.now() - started) };
  };
  const { lessons, base } = context;
  // First, so the pages made from lesson pages below (the one-page handbook) have these links right too.
  const recased = time(() => writeFragmentCase(dir, base, context.recased));
  const policy = builtPolicy(dir);
  // Each lesson's section pages, and its page read once for the printed handbook, the
  // handbook in short, its policy and search (./lesson-pages.ts, in two threads), and search written.
  const started = performance.now();
  const { title, site, favicon } = context;
  const done = await writeLessonPages({ dir, site: { title, site, base, favicon, policy }, lessons, parts: context.parts, printVolumes: context.printVolumes });
  const lessonPagesMs = Math.round(performance.now() - started);
  for (const file of context.files) {
    const to = path.join(dir, 'files', file);
    mkdirSync(path.dirname(to), { recursive: true });
    cpSync(path.join(context.lessonsDir, file), to);
  }
  const root = new URL(base, context.site);
  const policies = time(() => writePolicies(dir, context, root, policy, new Map(done.needs)));
  return {
    lines: [
      `each page's Content-Security-Policy: ${policies.result.widened} pages allow what their lessons embed; _headers (${policies.ms} ms)`,
      `${done.sectionPages} section pages; from each lesson page read once, ${printedLine(done.printed)}, ${inShortLine(done.inShort)}; ${done.search} (${lessonPagesMs} ms)`,
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
 * Gives each page that embeds more than Astro's policy allows its own policy (the lesson
 * pages from `needs`, by slug, read with the one-page handbook; the one-page handbook, all of them, or
 * each volume, its own; the home page and the handbook in short, or each of its volumes, read here), writes
 * `_headers` with what every page shares, and finds the references to files the build did
 * not write.
 */
function writePolicies(dir: string, context: WriteContext, root: URL, policy: string, needs: ReadonlyMap<string, PageNeeds>) {
  const files = new Set(listFiles(dir));
  const widened = new Set<string>();
  let pages = 0;
  const write = (page: string, pageNeeds: PageNeeds) => {
    const directives = writePagePolicy(path.join(dir, page), pageNeeds);
    if (directives.length > 0) pages++;
    for (const d of directives) widened.add(d);
  };
  const dead: DeadReference[] = [];
  for (const lesson of context.lessons) {
    const lessonNeeds = needs.get(lesson.slug);
    if (!lessonNeeds) continue;
    const page = lessonFile(lesson.slug);
    write(page, lessonNeeds);
    dead.push(...deadReferences(lessonNeeds, files, root, page, `${path.basename(context.lessonsDir)}/${lesson.path}`));
  }
  if (context.printVolumes.length === 0) write(PRINT_FILE, { ...mergeNeeds(needs.values()), references: [] });
  // The list of volumes (PRINT_FILE) holds no lesson: Astro's policy is its own.
  context.printVolumes.forEach(({ from, to }, i) => {
    const own = context.lessons.slice(from, to).flatMap((lesson) => needs.get(lesson.slug) ?? []);
    write(printVolumeFile(i + 1), { ...mergeNeeds(own), references: [] });
  });
  const home = pageFile(sitePath.home());
  // The handbook in short in volumes: the list (IN_SHORT_FILE, Astro's own) and each volume, read as the one page is.
  const inShort = [IN_SHORT_FILE, ...context.printVolumes.map((_, i) => inShortVolumeFile(i + 1))];
  for (const page of [home, ...inShort]) {
    if (!files.has(page)) continue;
    const own = pageNeeds(readFileSync(path.join(dir, page), 'utf8'), pageUrlOf(root, page), root);
    write(page, own);
    dead.push(...deadReferences(own, files, root, page, page === home ? `${path.basename(context.lessonsDir)}/ (the home page's introduction)` : page));
  }
  writeHeaders(dir, context.base, sharedPolicy(policy, widened));
  return { widened: pages, dead };
}
