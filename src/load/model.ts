/**
 * The handbook as the load stage reads it from the lessons folder: what every later stage
 * knows about the lessons without rendering them — their URLs, titles, order and sections.
 * The pages list lessons from it, the checker checks links against it, and the stages after
 * the build write section pages and the one-page handbook from it.
 */
import type { Handbook } from '../schema/handbook.ts';
import type { SectionInfo } from './body.ts';

export type { SectionInfo } from './body.ts';

/** One lesson: everything about it but its rendered body. */
export interface LessonInfo {
  /** The file, absolute. */
  file: string;
  /** The file relative to the lessons folder, with `/`: `working-with-engineering.mdx`. */
  path: string;
  /** The URL name: `/lessons/<slug>/` (src/load/slug.ts). */
  slug: string;
  title: string;
  tagline: string;
  /** Its place in the handbook: lessons are read by `order`, then title. */
  order: number;
  /** When it was last edited, as `YYYY-MM-DD`. */
  updated: string | undefined;
  /** Old URL names that still lead here. */
  formerSlugs: string[];
  /** Its sections, in order, as the renderer makes them (a quiz gets Quick check). */
  sections: SectionInfo[];
  /** Whether it has quick-check questions (its page then loads the quiz script). */
  hasQuiz: boolean;
  /** Minutes to read it, quiz included. */
  minutes: number;
}

/** The whole handbook: its settings and its lessons in reading order. */
export interface HandbookModel extends Handbook {
  lessons: LessonInfo[];
}

/** A link an author wrote, where they wrote it. */
export interface Link {
  url: string;
  line: number | undefined;
}

/** What one lesson offers to, and asks of, the others: what the cross-lesson checks read. */
export interface LessonFacts {
  /** The file as messages name it. */
  file: string;
  slug: string;
  /** Where the slug comes from: its `slug:` line, or the file name. */
  slugLine: number | undefined;
  slugFromFrontmatter: boolean;
  formerSlugs: { slug: string; line: number | undefined; index: number }[];
  /** Every `#id` a reader can land on: sections, their former ids, `-title` headings, quiz questions. */
  anchors: Set<string>;
  /** The current section ids, in order, for suggestions. */
  sectionIds: string[];
  /** The sections with a shareable page, /lessons/<slug>/<id>/: current and former ids. */
  sectionPages: Set<string>;
  links: Link[];
}
