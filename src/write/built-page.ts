/**
 * The pages Astro built, as the write stages read them: where the lesson sits in a lesson
 * page (src/site/routes/lesson.astro) — its <article>, the rendered lesson inside it, one
 * section of that — and the frames of the pages this stage completes (a route that renders
 * a marker where the write stage puts the content). One place knows that layout, so a
 * change to the lesson page breaks here, with one message, rather than in three stages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** How a lesson page opens the rendered lesson. */
export const BODY_OPEN = '<div class="lesson-body">';

/**
 * A lesson page's <article> (the lesson's header, contents and body: everything of the page
 * that is the lesson's), or undefined for a page without one (a former slug's redirect).
 */
export function lessonArticle(html: string): string | undefined {
  const start = html.indexOf('<article');
  const end = html.lastIndexOf('</article>');
  return start >= 0 && end > start ? html.slice(start, end + '</article>'.length) : undefined;
}

/**
 * The rendered lesson inside a built lesson page: what its `<div class="lesson-body">`
 * holds (that div closes just before the page's last `</article>`). `file` names the page
 * in the error.
 */
function lessonBody(html: string, file: string): string {
  const start = html.indexOf(BODY_OPEN);
  const articleEnd = html.lastIndexOf('</article>');
  const end = html.lastIndexOf('</div>', articleEnd);
  if (start < 0 || articleEnd < 0 || end < start) {
    throw new Error(`${file}: no <div class="lesson-body"> closing before </article>; did the lesson page layout change?`);
  }
  return html.slice(start + BODY_OPEN.length, end);
}

/** The rendered lesson of `<dir>/lessons/<slug>/index.html`. */
export function readLessonBody(dir: string, slug: string): string {
  const page = path.join('lessons', slug, 'index.html');
  return lessonBody(readFileSync(path.join(dir, page), 'utf8'), page);
}

/**
 * What a section of a lesson's body holds without its heading: the inside of
 * `<section id="…">`, less the section's head and the anchors of its former ids.
 */
export function sectionContent(body: string, id: string): string | undefined {
  const start = body.indexOf(`<section id="${id}"`);
  if (start < 0) return undefined;
  const open = body.indexOf('>', start) + 1;
  const end = body.indexOf('</section>', open);
  return body.slice(open, end).replace(/<div class="section-head">[\s\S]*?<\/div>/, '').replace(/<span id="[^"]*" class="former-anchor"[^>]*><\/span>/g, '');
}

/**
 * A page Astro rendered with `marker` where this stage puts its content: the page's text
 * before the marker and after it. `what` goes there and `route` renders the page, for the error.
 */
export function readFrame(file: string, marker: string, what: string, route: string): { before: string; after: string } {
  const frame = readFileSync(file, 'utf8');
  const at = frame.indexOf(marker);
  if (at < 0) throw new Error(`${file}: no ${marker} marker where ${what} go; did ${route} change?`);
  return { before: frame.slice(0, at), after: frame.slice(at + marker.length) };
}
