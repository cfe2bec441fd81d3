// The one-page handbook, /print/index.html, to print or save as PDF: a contents list, then
// every lesson in order, its sections and quiz as on its own page. Written after the Astro
// build into the frame Astro rendered (src/pages/build-data/print-frame.astro), from the
// lesson pages as built — one lesson at a time, straight to disk, so neither the build nor
// this stage ever holds the whole book in memory, and no lesson is rendered twice.
// Ids get the lesson's prefix (./print-scope.mjs), so they stay unique on the page.
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { escapeHtml, PRINT_BOOK, readFrame } from './build-data.mjs';
import { printId, scopeLessonHtml } from './print-scope.mjs';

const BODY_OPEN = '<div class="lesson-body">';
/**
 * The rendered lesson inside a built lesson page: what its `<div class="lesson-body">`
 * holds (that div closes just before the page's last `</article>`).
 * @param {string} html
 * @param {string} file for the error message
 */
function lessonBody(html, file) {
  const start = html.indexOf(BODY_OPEN);
  const articleEnd = html.lastIndexOf('</article>');
  const end = html.lastIndexOf('</div>', articleEnd);
  if (start < 0 || articleEnd < 0 || end < start) {
    throw new Error(`${file}: no <div class="lesson-body"> closing before </article>; did the lesson page layout change?`);
  }
  return html.slice(start + BODY_OPEN.length, end);
}

/** @param {import('./build-data.mjs').LessonData[]} lessons */
function contents(lessons) {
  const items = lessons.map(({ lesson, lessonTitle, sections }) => {
    const inner = sections.map((s) => `<li><a href="#${escapeHtml(printId(lesson, s.id))}">${escapeHtml(s.title)}</a></li>`).join('');
    return `<li><a href="#${escapeHtml(printId(lesson))}">${escapeHtml(lessonTitle)}</a>${inner && `<ol>${inner}</ol>`}</li>`;
  });
  return `<nav class="print-contents" aria-labelledby="print-contents-heading"><h2 id="print-contents-heading">Contents</h2><ol>${items.join('')}</ol></nav>`;
}

/**
 * Writes `<dir>/print/index.html`.
 * @param {string} dir the built site
 * @param {import('./build-data.mjs').BuildData} data
 * @returns {number} bytes written
 */
export function writePrintPage(dir, { base, lessons }) {
  const frame = readFrame(dir, 'print-frame');
  const at = frame.indexOf(PRINT_BOOK);
  if (at < 0) throw new Error(`the print frame has no ${PRINT_BOOK} placeholder`);
  // Links to a lesson by any slug it has had land on its place on this page.
  const slugs = new Map(lessons.flatMap(({ lesson, formerSlugs }) => [lesson, ...formerSlugs].map((slug) => [slug, lesson])));
  mkdirSync(path.join(dir, 'print'), { recursive: true });
  const fd = openSync(path.join(dir, 'print', 'index.html'), 'w');
  let bytes = 0;
  const write = (/** @type {string} */ text) => (bytes += writeSync(fd, text));
  try {
    write(frame.slice(0, at));
    write(contents(lessons));
    for (const { lesson, lessonTitle, tagline, minutes } of lessons) {
      const file = path.join('lessons', lesson, 'index.html');
      const body = scopeLessonHtml(lessonBody(readFileSync(path.join(dir, file), 'utf8'), file), { lesson, base, slugs });
      const id = escapeHtml(printId(lesson));
      write(
        `<article class="lesson print-lesson" aria-labelledby="${id}"><header class="lesson-header">` +
          `<h2 id="${id}">${escapeHtml(lessonTitle)}</h2><p class="tagline">${escapeHtml(tagline)}</p>` +
          `<p class="meta">${minutes} min read</p></header>${BODY_OPEN}${body}</div></article>`,
      );
    }
    write(frame.slice(at + PRINT_BOOK.length));
  } finally {
    closeSync(fd);
  }
  return bytes;
}
