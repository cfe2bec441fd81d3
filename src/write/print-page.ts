/**
 * After the build: the one-page handbook, /print/index.html, to print or save as PDF — a
 * contents list, then every lesson in order, under its part path (`Tools › Git`), its
 * sections and quiz as on its own page. A handbook too large for one page prints in volumes
 * instead (src/load/volumes.ts): each volume, /print/<n>/index.html, is made the same way
 * with its own lessons, and a link to a lesson in another volume goes to that volume's page.
 * Astro renders each page itself (src/site/routes/print.astro, print-volume.astro) with a
 * marker where the lessons go; this stage puts them there from the lesson pages as built —
 * one lesson at a time, straight to disk, so neither the build nor this stage ever holds a
 * whole book in memory, and no lesson is rendered twice. Ids get the lesson's prefix
 * (./print-scope.ts), so they stay unique on the page.
 */
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { FRAME, printId, printVolumeFile, siteUrls } from '../contract/index.ts';
import type { LessonInfo, PrintVolume } from '../load/model.ts';
import type { VolumePage } from '../load/volumes.ts';
import { escapeHtml } from '../site/html.ts';
import { partPathText } from '../site/lessons.ts';
import { readFrame } from './built-page.ts';
import { inPageLink, scopeLessonHtml } from './print-scope.ts';

function contents(lessons: readonly LessonInfo[]): string {
  const items = lessons.map(({ slug, title, sections }) => {
    const inner = sections.map((s) => `<li><a href="#${escapeHtml(printId(slug, s.id))}">${escapeHtml(s.title)}</a></li>`).join('');
    return `<li><a href="#${escapeHtml(printId(slug))}">${escapeHtml(title)}</a>${inner && `<ol>${inner}</ol>`}</li>`;
  });
  return `<nav class="print-contents" aria-labelledby="print-contents-heading"><h2 id="print-contents-heading">Contents</h2><ol>${items.join('')}</ol></nav>`;
}

/** A page of the printed handbook as written: its file (relative to the built site), and its size. */
export interface PrintedPage {
  file: string;
  bytes: number;
}

/**
 * The printer of the handbook whose lessons are `lessons` (in reading order), printed in
 * `volumes` (none: on one page), on a site whose base path is `base`. It fills one printed
 * page (src/load/volumes.ts, printedPages) with its lessons, each from `body` (the rendered
 * lesson of its built page, ./built-page.ts), asked for once per lesson, in reading order;
 * and returns the page written. Made once for a handbook, so its pages share the maps of its
 * slugs and volumes.
 */
export function printer(
  base: string,
  lessons: readonly LessonInfo[],
  volumes: readonly PrintVolume[],
): (dir: string, page: VolumePage<LessonInfo>, body: (lesson: LessonInfo) => string) => PrintedPage {
  // Links to a lesson by any slug it has had land on its place in the printed handbook.
  const slugs = new Map(lessons.flatMap(({ slug, formerSlugs }) => [slug, ...formerSlugs].map((s) => [s, slug] as const)));
  const urls = siteUrls(base);
  const volumeHolding = new Map<string, number>();
  volumes.forEach(({ from, to }, i) => {
    for (let at = from; at < to; at++) volumeHolding.set(lessons[at]!.slug, i + 1);
  });
  return (dir, { n, lessons: held }, body) => {
    // A lesson in another volume: on that volume's page.
    const away = (slug: string) => {
      const other = volumeHolding.get(slug);
      return other !== undefined && other !== n ? urls.printVolume(other) : undefined;
    };
    const file = printVolumeFile(n);
    return { file, bytes: fillPrintPage(path.join(dir, file), base, held, slugs, body, away) };
  };
}

/**
 * Fills the built page `file` (Astro's frame, with its marker) with `lessons`, each from
 * `body`; `slugs` maps every slug of the handbook's lessons to its lesson, `away` gives the page of a
 * lesson that is not on this one. Returns the bytes written.
 */
function fillPrintPage(
  file: string,
  base: string,
  lessons: readonly LessonInfo[],
  slugs: ReadonlyMap<string, string>,
  body: (lesson: LessonInfo) => string,
  away: (slug: string) => string | undefined,
): number {
  const frame = readFrame(file, FRAME.printBook, 'the lessons', 'src/site/components/PrintedLessons.astro');
  const next = `${file}.next`;
  const fd = openSync(next, 'w');
  let bytes = 0;
  const write = (text: string) => (bytes += writeSync(fd, text));
  try {
    write(frame.before);
    write(contents(lessons));
    for (const lesson of lessons) {
      const { slug, title, tagline, minutes, partPath } = lesson;
      // Where it sits in the handbook: the parts around it, outermost first.
      const pathHtml = partPath.length ? `<p class="lesson-part">${escapeHtml(partPathText(partPath))}</p>` : '';
      const taglineHtml = tagline ? `<p class="tagline">${escapeHtml(tagline)}</p>` : '';
      const scoped = scopeLessonHtml(body(lesson), { lesson: slug, link: inPageLink(slug, base, slugs, away) });
      const id = escapeHtml(printId(slug));
      write(
        `<article class="lesson print-lesson" aria-labelledby="${id}" data-lesson="${escapeHtml(slug)}"><header class="lesson-header">` +
          `${pathHtml}<h2 id="${id}">${escapeHtml(title)}</h2>${taglineHtml}` +
          `<p class="meta">${minutes} min read</p></header><div class="lesson-body">${scoped}</div></article>`,
      );
    }
    write(frame.after);
  } finally {
    closeSync(fd);
  }
  renameSync(next, file);
  return bytes;
}
