// Where the Astro build leaves what the written-pages stage needs (src/pages/build-data/),
// and its shape: the lessons' data and the placeholders in the frames. The stage deletes
// the folder once it has used it. The frames import their placeholders from here, so
// Astro's bundle carries none of the stage's code.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * @typedef {{ id: string, title: string, summary: string, formerIds: string[] }} SectionData
 * @typedef {{ lesson: string, lessonTitle: string, tagline: string, minutes: number,
 *   formerSlugs: string[], sections: SectionData[] }} LessonData
 * @typedef {{ base: string, lessons: LessonData[] }} BuildData
 */

/** What the section frame (section-frame.astro) holds in place of each page's own text. */
export const PLACEHOLDERS = /** @type {const} */ ({
  /** The section's title. */
  title: '__LB_SECTION_TITLE__',
  /** The lesson's title. */
  lessonTitle: '__LB_LESSON_TITLE__',
  /** The section's opening sentence, or the lesson's tagline. */
  description: '__LB_DESCRIPTION__',
  /** The lesson's slug (its URL segment). */
  lesson: '__LB_LESSON__',
  /** This page's id: the section's, or one of its former ids. */
  section: '__LB_SECTION__',
  /** The section's current id, where the page sends readers. */
  target: '__LB_TARGET__',
});

/** Where the print frame (print-frame.astro) takes the contents list and the lessons. */
export const PRINT_BOOK = '__LB_PRINT_BOOK__';

/** The scaffolding folder inside a built site. */
const buildDataDir = (/** @type {string} */ site) => path.join(site, 'build-data');

/** @returns {BuildData} */
export const readBuildData = (/** @type {string} */ site) =>
  JSON.parse(readFileSync(path.join(buildDataDir(site), 'lessons.json'), 'utf8'));

/** A frame Astro rendered, such as `section-frame`. */
export const readFrame = (/** @type {string} */ site, /** @type {string} */ name) =>
  readFileSync(path.join(buildDataDir(site), name, 'index.html'), 'utf8');

export const removeBuildData = (/** @type {string} */ site) => rmSync(buildDataDir(site), { recursive: true });

/** Text as Astro writes it into HTML (the same five characters), for text and attributes. */
export const escapeHtml = (/** @type {string} */ text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
