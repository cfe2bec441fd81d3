/**
 * After the build: the handbook in short, /in-short/index.html — each lesson's short version
 * as its page shows it (ids made unique on this page, links still going to the lessons),
 * grouped by part, each group headed by its part path (`Tools › Git`), each with links to the lesson and its sections. Written into the page
 * Astro rendered (src/site/routes/in-short.astro), from the lesson pages as built: the
 * write stage reads each page once, for the one-page handbook, and keeps its short version
 * (`shortVersion`) for this page. A handbook printed in volumes (src/load/volumes.ts) has
 * its short versions in the same volumes, each /in-short/<n>/index.html made the same way
 * with its own lessons (src/site/routes/in-short-volume.astro), so no page of them grows
 * with the handbook; a link to a lesson still goes to the lesson, wherever it is.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { FRAME, inShortVolumeFile, printId, siteUrls } from '../contract/index.ts';
import type { LessonInfo, PartInfo } from '../load/model.ts';
import type { VolumePage } from '../load/volumes.ts';
import { escapeHtml as e } from '../site/html.ts';
import { folderPath, lessonDescription, partPathText } from '../site/lessons.ts';
import { readFrame, sectionContent } from './built-page.ts';
import { scopeLessonHtml } from './print-scope.ts';

/** The short version of `lesson` in `body` (the rendered lesson of its page), without its heading; undefined if it has none. */
export function shortVersion(lesson: Pick<LessonInfo, 'sections'>, body: string): string | undefined {
  const section = lesson.sections.find((s) => s.kind === 'short-version');
  return section && sectionContent(body, section.id);
}

/** A page of the handbook in short as written: its file (relative to the built site), and how many short versions it holds. */
export interface InShortPage {
  file: string;
  shorts: number;
}

/**
 * Fills one page of the handbook in short, the same page as the printed handbook's
 * (src/load/volumes.ts, printedPages: the one page, or a volume's), with the short versions
 * of its lessons from `shorts` (by slug, as `shortVersion` cut them). Returns the page written.
 */
export function writeInShortPage(dir: string, base: string, { n, lessons }: VolumePage<LessonInfo>, parts: readonly PartInfo[], shorts: ReadonlyMap<string, string>): InShortPage {
  const file = inShortVolumeFile(n);
  return { file, shorts: fillInShort(dir, file, base, lessons, parts, shorts) };
}

/** Fills the built page `page` (Astro's frame, with its marker) with the short versions of `lessons`; returns how many it holds. */
function fillInShort(
  dir: string,
  page: string,
  base: string,
  lessons: readonly LessonInfo[],
  parts: readonly PartInfo[],
  shorts: ReadonlyMap<string, string>,
): number {
  const file = path.join(dir, page);
  const frame = readFrame(file, FRAME.inShort, 'the short versions', 'src/site/components/ShortVersions.astro');
  const href = siteUrls(base).lesson;
  const level = parts.length > 0 ? 3 : 2;
  let count = 0;
  let part: string | undefined;
  const html: string[] = [];
  for (const lesson of lessons) {
    if (parts.length > 0 && lesson.part !== part) {
      part = lesson.part;
      // The lessons at the top come first, under the home page's name for them, so no heading level is skipped.
      const title = partPathText(folderPath(lesson)) || 'Start here';
      html.push(`<h2 class="in-short-part">${e(title)}</h2>`);
    }
    const short = shorts.get(lesson.slug);
    if (short) count++;
    const id = e(printId(lesson.slug));
    // Only the short version is here: a link within the lesson goes to the lesson's page.
    const link = (to: string) => (to.startsWith('#') ? `${href(lesson.slug)}${to}` : undefined);
    const text = short ? scopeLessonHtml(short, { lesson: lesson.slug, link }) : `<p>${e(lessonDescription(lesson))}</p>`;
    const sections = lesson.sections.filter((s) => s.kind !== 'short-version').map((s) => `<a href="${e(href(lesson.slug, s.id))}">${e(s.title)}</a>`);
    html.push(
      `<article class="in-short-lesson" aria-labelledby="${id}"><h${level} id="${id}"><a href="${e(href(lesson.slug))}">${e(lesson.title)}</a></h${level}>` +
        `<div class="in-short-text">${text}</div>` +
        (sections.length ? `<p class="in-short-sections meta">Read on: ${sections.join(' · ')}</p>` : '') +
        '</article>',
    );
  }
  writeFileSync(file, frame.before + html.join('') + frame.after);
  return count;
}
