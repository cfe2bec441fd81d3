/**
 * The handbook as the load stage reads it from the lessons folder: what every later stage
 * knows about the lessons without rendering them — their URLs, titles, parts, order and
 * sections. The pages list lessons from it, the checker checks links against it, and the
 * stages after the build write section pages and the one-page handbook from it.
 */
import type { FileRole } from './files.ts';
import type { SectionInfo } from './body.ts';

export type { SectionInfo } from './body.ts';

/** One lesson (or a part's introduction): everything about it but its rendered body. */
export interface LessonInfo {
  /** The file, absolute. */
  file: string;
  /** The file relative to the lessons folder, with `/`: `developer/small-changes.md`. */
  path: string;
  format: 'md' | 'mdx';
  /** A lesson, or the page that introduces a part. */
  role: Exclude<FileRole, 'home'>;
  /** The part it belongs to: its folder (`developer`), `''` at the top. */
  part: string;
  /**
   * The titles of the parts it sits in, outermost first: `['Tools', 'Git']` for a lesson in
   * tools/git/. A part's introduction is its part's page, so its path ends at the part around it.
   */
  partPath: string[];
  /** The URL name: `/lessons/<slug>/` (src/load/files.ts, slugFor). */
  slug: string;
  title: string;
  tagline: string | undefined;
  /** Its `order:`, if it has one (./order.ts). */
  order: number | undefined;
  /** When it was last edited, as `YYYY-MM-DD`: its `updated:`, else its last commit in git. */
  updated: string | undefined;
  /** Old URL names that still lead here. */
  formerSlugs: string[];
  /** Its sections, in order, as the renderer makes them (a quiz gets Quick check). */
  sections: SectionInfo[];
  /** The opening sentence of what comes before its first section ('' when nothing does). */
  intro: string;
  /** Whether it has quick-check questions (its page then loads the quiz script). */
  hasQuiz: boolean;
  /** How many of its questions have options to choose (those a reader can get right). */
  choiceQuestions: number;
  /** Minutes to read it, quiz included. */
  minutes: number;
}

/** What one folder of lessons/ holds directly, in reading order. */
export interface FolderEntries {
  /** Its sub-folders that hold pages (directly or further down): the parts inside it. */
  parts: string[];
  /** Its own lessons' slugs (not its introduction). */
  lessons: string[];
  /** How many lessons it holds, its parts' included. */
  lessonCount: number;
}

/**
 * A part of the handbook: a sub-folder of lessons/ that holds pages, directly or in folders
 * inside it. Parts nest at any depth; every part has a page (its introduction's, or one of
 * its own) listing its parts and its lessons.
 */
export interface PartInfo extends FolderEntries {
  /** Its folder, relative to lessons/: `developer`, `guides/frontend`. */
  folder: string;
  /** Its introduction's title, or its folder's name. */
  title: string;
  /** Its page, `/lessons/<slug>/`: its introduction's slug, else its folder's (src/load/files.ts, partSlug). */
  slug: string;
  /** Whether an index.md or README.md introduces it (that lesson's page is then the part's page). */
  introduced: boolean;
  /** What its introduction says first, for the lists of parts. */
  summary: string;
  /** The folder of the part it is in; `''` for a part at the top of lessons/. */
  parent: string;
}

/**
 * A volume of the printed handbook (./volumes.ts): a run of lessons in reading order, on a
 * page of its own, /print/<n>/.
 */
export interface PrintVolume {
  /** Its lessons: the handbook's lessons from `from` up to, not including, `to`. */
  from: number;
  to: number;
  /**
   * What it holds, in reading order: each part it holds whole (`whole`, the outermost only),
   * and each run of lessons of a part it holds only some of (`''`: the top of the handbook);
   * `lessons` counts the lessons of each, the parts' inside it included. Of a part held in
   * some: whether it begins in an earlier volume (`before`) and goes on in a later one (`after`).
   */
  holds: { folder: string; whole: boolean; lessons: number; before: boolean; after: boolean }[];
}

/** The whole handbook: its settings, parts and lessons in reading order. */
export interface HandbookModel {
  title: string;
  intro: string;
  /** Where a lesson's source can be edited: this, then its path from the project (`lessons/…`). */
  editUrl: string | undefined;
  /** Whether lessons are checked for the lesson shape (handbook.json `lessonShape`). */
  lessonShape: boolean;
  /** Every lesson and part introduction, in reading order. */
  lessons: LessonInfo[];
  /** Every part at any depth, in reading order (lessons at the top of lessons/ come before them all). */
  parts: PartInfo[];
  /** What the top of lessons/ holds directly: the home page's lessons and parts. */
  top: FolderEntries;
  /**
   * The volumes the handbook prints in, at most handbook.json `printVolume` lessons each;
   * none when every lesson fits on one page (./volumes.ts).
   */
  printVolumes: PrintVolume[];
  /** lessons/index.md or README.md, the home page's introduction, when there is one. */
  home: { path: string; summary: string } | undefined;
  /** Other files of the lessons folder that lessons link to: published as `files/<path>`. */
  files: string[];
}

/** A link an author wrote, where they wrote it. */
export interface Link {
  url: string;
  line: number | undefined;
  /** A Markdown image (`![…](…)`): checked, but published by Astro, not with the linked files. */
  image?: boolean;
  /** Written in HTML or MDX: the element and attribute (`object`, `data`); absent for Markdown. */
  element?: string;
  attribute?: string;
}

/** What one lesson offers to, and asks of, the others: what the cross-lesson checks read. */
export interface LessonFacts {
  /** The file as messages name it. */
  file: string;
  /** The file relative to the lessons folder: relative links start from here. */
  path: string;
  slug: string;
  /** Where the slug comes from: its `slug:` line, or the file name. */
  slugLine: number | undefined;
  slugFromFrontmatter: boolean;
  /** Its former slugs: `formerSlugs:` (at `index`), and those from old URLs in other tools' fields (`oldUrl`). */
  formerSlugs: { slug: string; line: number | undefined; index: number; oldUrl?: boolean }[];
  /** `draft: true`: no page on the site, so nothing may link to it. */
  draft?: boolean;
  /** Every `#id` a reader can land on: sections, their other anchors, headings, quiz questions. */
  anchors: Set<string>;
  /** The current section ids, in order, for suggestions. */
  sectionIds: string[];
  /** The sections with a section page, /lessons/<slug>/<id>/: current and former ids. */
  sectionPages: Set<string>;
  links: Link[];
}
