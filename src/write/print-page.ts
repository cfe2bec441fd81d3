/**
 * After the build: the one-page handbook, /print/index.html, to print or save as PDF — a
 * contents list, then every lesson in order, under its part path (`Tools › Git`), its
 * sections and quiz as on its own page.
 * Astro renders the page itself (src/site/routes/print.astro) with a marker where the
 * lessons go; this stage puts them there from the lesson pages as built — one lesson at a
 * time, straight to disk, so neither the build nor this stage ever holds the whole book in
 * memory, and no lesson is rendered twice. Ids get the lesson's prefix (./print-scope.ts),
 * so they stay unique on the page.
 */
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { FRAME, PRINT_FILE, printId } from '../contract/index.ts';
import type { LessonInfo } from '../load/model.ts';
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

/**
 * Fills `<dir>/print/index.html` with every lesson, each from `body` (the rendered lesson
 * of its built page, ./built-page.ts), asked for one lesson at a time; returns the bytes written.
 */
export function writePrintPage(dir: string, base: string, lessons: readonly LessonInfo[], body: (lesson: LessonInfo) => string): number {
  const file = path.join(dir, PRINT_FILE);
  const frame = readFrame(file, FRAME.printBook, 'the lessons', 'src/site/routes/print.astro');
  // Links to a lesson by any slug it has had land on its place on this page.
  const slugs = new Map(lessons.flatMap(({ slug, formerSlugs }) => [slug, ...formerSlugs].map((s) => [s, slug] as const)));
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
      const scoped = scopeLessonHtml(body(lesson), { lesson: slug, link: inPageLink(slug, base, slugs) });
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
