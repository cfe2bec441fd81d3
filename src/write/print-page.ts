/**
 * After the build: the one-page handbook, /print/index.html, to print or save as PDF — a
 * contents list, then every lesson in order, its sections and quiz as on its own page.
 * Astro renders the page itself (src/site/routes/print.astro) with a marker where the
 * lessons go; this stage puts them there from the lesson pages as built — one lesson at a
 * time, straight to disk, so neither the build nor this stage ever holds the whole book in
 * memory, and no lesson is rendered twice. Ids get the lesson's prefix (./print-scope.ts),
 * so they stay unique on the page.
 */
import { closeSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { LessonInfo } from '../load/model.ts';
import { escapeHtml } from '../site/html.ts';
import { PRINT_BOOK } from '../site/print-marker.ts';
import { printId, scopeLessonHtml } from './print-scope.ts';

const BODY_OPEN = '<div class="lesson-body">';

/**
 * The rendered lesson inside a built lesson page: what its `<div class="lesson-body">`
 * holds (that div closes just before the page's last `</article>`).
 */
export function lessonBody(html: string, file: string): string {
  const start = html.indexOf(BODY_OPEN);
  const articleEnd = html.lastIndexOf('</article>');
  const end = html.lastIndexOf('</div>', articleEnd);
  if (start < 0 || articleEnd < 0 || end < start) {
    throw new Error(`${file}: no <div class="lesson-body"> closing before </article>; did the lesson page layout change?`);
  }
  return html.slice(start + BODY_OPEN.length, end);
}

function contents(lessons: readonly LessonInfo[]): string {
  const items = lessons.map(({ slug, title, sections }) => {
    const inner = sections.map((s) => `<li><a href="#${escapeHtml(printId(slug, s.id))}">${escapeHtml(s.title)}</a></li>`).join('');
    return `<li><a href="#${escapeHtml(printId(slug))}">${escapeHtml(title)}</a>${inner && `<ol>${inner}</ol>`}</li>`;
  });
  return `<nav class="print-contents" aria-labelledby="print-contents-heading"><h2 id="print-contents-heading">Contents</h2><ol>${items.join('')}</ol></nav>`;
}

/** Fills `<dir>/print/index.html` with every lesson; returns the bytes written. */
export function writePrintPage(dir: string, base: string, lessons: readonly LessonInfo[]): number {
  const file = path.join(dir, 'print', 'index.html');
  const frame = readFileSync(file, 'utf8');
  const at = frame.indexOf(PRINT_BOOK);
  if (at < 0) throw new Error(`${file}: no ${PRINT_BOOK} marker where the lessons go; did the print route change?`);
  // Links to a lesson by any slug it has had land on its place on this page.
  const slugs = new Map(lessons.flatMap(({ slug, formerSlugs }) => [slug, ...formerSlugs].map((s) => [s, slug] as const)));
  const next = `${file}.next`;
  const fd = openSync(next, 'w');
  let bytes = 0;
  const write = (text: string) => (bytes += writeSync(fd, text));
  try {
    write(frame.slice(0, at));
    write(contents(lessons));
    for (const { slug, title, tagline, minutes } of lessons) {
      const taglineHtml = tagline ? `<p class="tagline">${escapeHtml(tagline)}</p>` : '';
      const page = path.join('lessons', slug, 'index.html');
      const body = scopeLessonHtml(lessonBody(readFileSync(path.join(dir, page), 'utf8'), page), { lesson: slug, base, slugs });
      const id = escapeHtml(printId(slug));
      write(
        `<article class="lesson print-lesson" aria-labelledby="${id}" data-lesson="${escapeHtml(slug)}"><header class="lesson-header">` +
          `<h2 id="${id}">${escapeHtml(title)}</h2>${taglineHtml}` +
          `<p class="meta">${minutes} min read</p></header>${BODY_OPEN}${body}</div></article>`,
      );
    }
    write(frame.slice(at + PRINT_BOOK.length));
  } finally {
    closeSync(fd);
  }
  renameSync(next, file);
  return bytes;
}
