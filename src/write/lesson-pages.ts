/**
 * The write stage's work on each lesson, most of the stage: its section pages are written
 * (./section-pages.ts), and its built page is read once for all that the stage makes of it —
 * its place on its printed page (./print-page.ts), its short version on the handbook in short
 * (./in-short.ts), what its policy must allow (./policy.ts) and its sections for search
 * (./search-docs.ts, written by ./search-index.ts). In a large handbook the two run at the
 * same time, in two threads (writeLessonPages): Astro has finished with both cores by then.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { lessonFile } from '../contract/index.ts';
import type { LessonInfo, PartInfo, PrintVolume } from '../load/model.ts';
import { printedPages } from '../load/volumes.ts';
import type { SectionPageSite } from '../site/section-page.ts';
import { lessonBody } from './built-page.ts';
import { shortVersion, writeInShortPage, type InShortPage } from './in-short.ts';
import { pageNeeds, pageUrlOf, type PageNeeds } from './policy.ts';
import { printer, type PrintedPage } from './print-page.ts';
import { readLessonPage } from './search-docs.ts';
import { searchWriter } from './search-index.ts';
import { writeSectionPages } from './section-pages.ts';
import { inWorker } from './worker.ts';

/** What the work needs to know of the handbook: all of it plain data, for the worker thread. */
export interface LessonPagesWork {
  /** The built site. */
  dir: string;
  /** The handbook, its site and the policy every page carries (for the section pages). */
  site: SectionPageSite;
  /** Every lesson, in reading order, and the parts. */
  lessons: readonly LessonInfo[];
  parts: readonly PartInfo[];
  /** The volumes the handbook prints in; none when it prints on one page. */
  printVolumes: readonly PrintVolume[];
}

/** What reading the lesson pages wrote and found. */
export interface LessonPagesRead {
  printed: PrintedPage[];
  inShort: InShortPage[];
  /** What each lesson's page needs of its policy, by slug, in reading order. */
  needs: [slug: string, needs: PageNeeds][];
}

/**
 * Reads each lesson page once, printed page by printed page (src/load/volumes.ts,
 * printedPages), and writes that printed page and the page of the handbook in short for the
 * same lessons; each lesson goes to `search` as it is read.
 */
export function readEachLessonPage(work: LessonPagesWork, search: Pick<ReturnType<typeof searchWriter>, 'add'>): LessonPagesRead {
  const { dir, site, lessons, parts, printVolumes: volumes } = work;
  const root = new URL(site.base, site.site);
  const print = printer(site.base, lessons, volumes);
  const read: LessonPagesRead = { printed: [], inShort: [], needs: [] };
  for (const page of printedPages(lessons, volumes)) {
    const shorts = new Map<string, string>();
    read.printed.push(
      print(dir, page, (lesson) => {
        const file = lessonFile(lesson.slug);
        const html = readFileSync(path.join(dir, file), 'utf8');
        const body = lessonBody(html, file);
        const short = shortVersion(lesson, body);
        if (short) shorts.set(lesson.slug, short);
        read.needs.push([lesson.slug, pageNeeds(body, pageUrlOf(root, file), root)]);
        const seen = readLessonPage(html);
        // A part's introduction is the part's own page: its part path ends at the part around it.
        if (seen) search.add([lesson.slug, seen.title, lesson.partPath], seen.sections);
        return body;
      }),
    );
    read.inShort.push(writeInShortPage(dir, site.base, page, parts, shorts));
  }
  return read;
}

/** What the work on the lesson pages wrote and found: how many section pages, what reading the pages wrote and found, and search's line for the log. */
export interface LessonPagesDone extends LessonPagesRead {
  sectionPages: number;
  searchLine: string;
}

/** Reads every lesson page (readEachLessonPage), writing search as it goes. */
async function readPagesThenSearch(work: LessonPagesWork): Promise<Omit<LessonPagesDone, 'sectionPages'>> {
  const search = searchWriter(work.dir);
  const read = readEachLessonPage(work, search);
  return { ...read, searchLine: await search.finish() };
}

/**
 * Writes every section page; reads every lesson page (readEachLessonPage) and writes search.
 * A handbook large enough to print in volumes (more than `printVolume` lessons, 200 unless
 * handbook.json says otherwise) has its pages read and its search written in a worker thread
 * while this one writes the section pages; for a smaller one, starting a thread costs about
 * what it would save. The two take about as long, and are different work — section pages are
 * the file system's (a folder and a file each), reading and search are parsing and indexing —
 * so each thread does one: two threads each making section pages made the kernel slower at it.
 */
export async function writeLessonPages(work: LessonPagesWork): Promise<LessonPagesDone> {
  if (work.printVolumes.length === 0) {
    return { sectionPages: writeSectionPages(work.dir, work.site, work.lessons), ...(await readPagesThenSearch(work)) };
  }
  const read = inWorker<Omit<LessonPagesDone, 'sectionPages'>>(new URL(import.meta.url), { lessonPages: work });
  const sectionPages = writeSectionPages(work.dir, work.site, work.lessons);
  return { sectionPages, ...(await read) };
}

if (!isMainThread && workerData?.lessonPages) parentPort?.postMessage(await readPagesThenSearch(workerData.lessonPages as LessonPagesWork));
