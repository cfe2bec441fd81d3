// The shareable page of every section, /lessons/<lesson>/<section>/index.html, written
// after the Astro build from the frame Astro rendered (src/pages/build-data/section-frame)
// and the section data (./build-data.mjs). A former section id gets a page too, sending
// readers to the section's current id, so links shared before a rename keep working. Why not an Astro page: seven small pages per lesson rendered through Astro
// took more build time than the lesson pages themselves; filling a frame is string work.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { escapeHtml, PLACEHOLDERS, readFrame } from './build-data.mjs';

const TOKEN = /__LB_[A-Z_]+__/g;
const byToken = new Map(Object.entries(PLACEHOLDERS).map(([name, token]) => [token, name]));

/**
 * Splits the frame once at its placeholders, so each page is one join.
 * @param {string} frame
 */
export function compileFrame(frame) {
  /** @type {(string | { name: string })[]} */
  const parts = [];
  let last = 0;
  for (const match of frame.matchAll(TOKEN)) {
    const name = byToken.get(match[0]);
    if (!name) throw new Error(`section page frame: unknown placeholder ${match[0]}`);
    parts.push(frame.slice(last, match.index), { name });
    last = match.index + match[0].length;
  }
  parts.push(frame.slice(last));
  for (const name of Object.keys(PLACEHOLDERS)) {
    if (!parts.some((p) => typeof p !== 'string' && p.name === name)) throw new Error(`section page frame: no ${name} placeholder`);
  }
  /** @param {Record<keyof typeof PLACEHOLDERS, string>} values */
  return (values) => parts.map((p) => (typeof p === 'string' ? p : escapeHtml(values[/** @type {keyof typeof PLACEHOLDERS} */ (p.name)]))).join('');
}

/**
 * @param {string} dir the built site
 * @param {import('./build-data.mjs').LessonData[]} lessons
 * @returns {number} pages written
 */
export function writeSectionPages(dir, lessons) {
  const fill = compileFrame(readFrame(dir, 'section-frame'));
  let written = 0;
  for (const { lesson, lessonTitle, tagline, sections } of lessons) {
    for (const { id, title, summary, formerIds } of sections) {
      for (const section of [id, ...formerIds]) {
        const page = path.join(dir, 'lessons', lesson, section);
        mkdirSync(page, { recursive: true });
        writeFileSync(
          path.join(page, 'index.html'),
          fill({ title, lessonTitle, description: summary || tagline, lesson, section, target: id }),
        );
        written++;
      }
    }
  }
  return written;
}
