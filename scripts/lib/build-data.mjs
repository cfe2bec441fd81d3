// Where the Astro build leaves what the written-pages stage needs (src/pages/build-data/),
// and its shape. The stage deletes the folder once it has used it.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * @typedef {{ id: string, title: string, summary: string, formerIds: string[] }} SectionData
 * @typedef {{ lesson: string, lessonTitle: string, tagline: string, minutes: number,
 *   formerSlugs: string[], sections: SectionData[] }} LessonData
 * @typedef {{ base: string, lessons: LessonData[] }} BuildData
 */

/** The scaffolding folder inside a built site. */
export const buildDataDir = (/** @type {string} */ site) => path.join(site, 'build-data');

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
