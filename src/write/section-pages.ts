/**
 * After the build: every section page (the page itself: src/site/section-page.ts),
 * for current and former section ids, from the handbook model.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sectionFile } from '../contract/index.ts';
import type { LessonInfo } from '../load/model.ts';
import { sectionPageHtml, type SectionPageSite } from '../site/section-page.ts';

/** Writes the section pages of every lesson into the built site `dir`; returns how many. */
export function writeSectionPages(dir: string, site: SectionPageSite, lessons: readonly LessonInfo[]): number {
  let written = 0;
  for (const lesson of lessons) {
    for (const section of lesson.sections) {
      for (const pageId of [section.id, ...section.formerIds]) {
        const file = path.join(dir, sectionFile(lesson.slug, pageId));
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, sectionPageHtml(site, lesson, section, pageId));
        written++;
      }
    }
  }
  return written;
}
