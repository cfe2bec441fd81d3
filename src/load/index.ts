/**
 * The load stage: reads a lessons folder into the handbook model (./model.ts) — every
 * lesson file, its parts, in reading order, and the handbook's settings — with every
 * problem each file has on its own. The checker adds what needs all lessons at once (links,
 * slugs); the integration hands the model to the pages and to the stages after the build.
 */
import path from 'node:path';
import { folderTitle, isFile, partSlug, knowFiles, lessonFiles, SETTINGS_FILE, type LessonFile } from './files.ts';
import { commitDates, readLessons, type LoadCache } from './cache.ts';
import type { ReadLesson } from './lesson.ts';
import { publishedFile } from './links.ts';
import type { FolderEntries, HandbookModel, PartInfo } from './model.ts';
import { parentFolder, readingOrder, type OrderedFolder } from './order.ts';
import { PRINT_VOLUME, printVolumes } from './volumes.ts';
import { defaultDisplayPath } from './issues.ts';
import { readSettings, type SettingsFacts } from './settings.ts';

export type { HandbookModel } from './model.ts';
export { createLoadCache, type LoadCache } from './cache.ts';

export interface LoadOptions {
  /** How file names appear in messages; by default relative to the working directory. */
  displayPath?: (file: string) => string;
  /** Whether lessons without `updated:` take the date of their last commit in git (the build's model does; a bare check need not). */
  history?: boolean;
  /** What an earlier reading kept (./cache.ts): only files changed since are read again. */
  cache?: LoadCache;
}

export interface LoadedHandbook {
  /** The model: complete when no file had an error. */
  model: HandbookModel;
  /** Every lesson file as read, in file-name order. */
  lessons: ReadLesson[];
  /** Every lesson file by its path relative to the folder. */
  files: Map<string, LessonFile>;
  /** The settings file, as messages name it, and what reading it found. */
  settingsFile: string;
  settings: SettingsFacts;
}

export { defaultDisplayPath } from './issues.ts';

/** Whether `relative` is a file of the lessons folder `dir`. */
export const fileIn = (dir: string) => (relative: string) => isFile(path.join(dir, relative));

/**
 * Former slugs from old URLs in other tools' fields (`redirect_from`, `aliases`) are kept
 * only where no lesson has that slug, current or former, and only for the first lesson that
 * lists it: an old URL of a site moving in is no reason to stop the build.
 */
function keepOldUrls(lessons: readonly ReadLesson[]): ReadLesson[] {
  const claimed = new Set<string>();
  for (const lesson of lessons) {
    claimed.add(lesson.facts.slug);
    for (const former of lesson.facts.formerSlugs) if (!former.oldUrl) claimed.add(former.slug);
  }
  // New objects, not changes to the lessons as read: a cache (./cache.ts) keeps those for the next reading.
  return lessons.map((lesson) => {
    if (!lesson.facts.formerSlugs.some((f) => f.oldUrl)) return lesson;
    const formerSlugs = lesson.facts.formerSlugs.filter((f) => !f.oldUrl || (!claimed.has(f.slug) && claimed.add(f.slug)));
    const info = lesson.info && { ...lesson.info, formerSlugs: formerSlugs.map((f) => f.slug) };
    return { ...lesson, facts: { ...lesson.facts, formerSlugs }, info };
  });
}

/** Reads every lesson and the settings of `dir`; never throws for an author's mistake. */
export function loadHandbook(dir: string, options: LoadOptions = {}): LoadedHandbook {
  const display = options.displayPath ?? defaultDisplayPath;
  const files = lessonFiles(dir);
  knowFiles(dir, files);
  let lessons = readLessons(dir, files, (file) => display(path.join(dir, file.path)), options.cache);
  const settingsPath = path.join(dir, SETTINGS_FILE);
  const settings = readSettings(settingsPath);
  const byPath = new Map(files.map((f) => [f.path, f]));
  lessons = keepOldUrls(lessons);

  if (options.history) {
    const dates = commitDates(dir, options.cache);
    // New objects, not changes to the lessons as read: a cache keeps those for the next reading.
    lessons = lessons.map((lesson) => {
      const updated = lesson.info && !lesson.info.updated ? dates.get(lesson.file.path) : undefined;
      return updated ? { ...lesson, info: { ...lesson.info!, updated } } : lesson;
    });
  }
  const { lessons: inOrder, folders } = readingOrder(lessons.flatMap((l) => (l.info ? [l.info] : [])));
  const home = lessons.find((l) => l.file.role === 'home');
  const homeTitle = home?.title;
  const { top, parts } = partTree(folders);
  const titles = new Map(parts.map((p) => [p.folder, p.title]));
  // Each lesson with the titles of its parts, as a copy: the lessons as read stay as read (a cache keeps them).
  const ordered = inOrder.map((lesson) => {
    const own = lesson.role === 'part' ? parentFolder(lesson.part) : lesson.part;
    return { ...lesson, partPath: own ? ancestry(own).map((folder) => titles.get(folder)!) : [] };
  });
  // Other files lessons link to (a PDF beside a lesson) are published with the site.
  const published = new Set<string>();
  for (const lesson of lessons) {
    for (const link of lesson.facts.links) {
      // Astro bundles a Markdown image written relative to its lesson; one from the root it leaves to the site.
      if (link.image && !link.url.startsWith('/')) continue;
      const file = publishedFile(link.url, lesson.file.path, byPath, fileIn(dir));
      if (file) published.add(file);
    }
  }
  const title = settings.settings?.title ?? homeTitle ?? folderTitle(path.basename(path.dirname(path.resolve(dir))));
  return {
    model: {
      title,
      intro: settings.settings?.intro ?? home?.summary ?? '',
      editUrl: settings.settings?.editUrl,
      lessonShape: settings.settings?.lessonShape ?? true,
      lessons: ordered,
      parts,
      top,
      printVolumes: printVolumes(ordered, settings.settings?.printVolume ?? PRINT_VOLUME),
      home: home ? { path: home.file.path, summary: home.summary } : undefined,
      files: [...published].sort(),
    },
    lessons,
    files: byPath,
    settingsFile: display(settingsPath),
    settings,
  };
}

/** `folder` and the folders around it, outermost first: `a/b/c` → `a`, `a/b`, `a/b/c`. */
export const ancestry = (folder: string): string[] =>
  folder ? folder.split('/').map((_, i, names) => names.slice(0, i + 1).join('/')) : [];

/** The parts, each with what it holds, from the folders in reading order; and what the top holds. */
function partTree(folders: readonly OrderedFolder[]): { top: FolderEntries; parts: PartInfo[] } {
  const count = new Map<string, number>();
  // Inner folders come after their parents in reading order: count from the end.
  for (const f of [...folders].reverse()) count.set(f.folder, f.lessons.length + f.parts.reduce((n, p) => n + count.get(p)!, 0));
  const entries = (f: OrderedFolder): FolderEntries => ({ parts: f.parts, lessons: f.lessons.map((l) => l.slug), lessonCount: count.get(f.folder)! });
  const [root, ...inner] = folders;
  return {
    top: entries(root!),
    parts: inner.map((f) => ({
      folder: f.folder,
      title: f.intro?.title ?? folderTitle(f.folder),
      slug: f.intro?.slug ?? partSlug(f.folder),
      introduced: f.intro !== undefined,
      summary: f.intro ? f.intro.intro || f.intro.sections[0]?.summary || '' : '',
      parent: parentFolder(f.folder),
      ...entries(f),
    })),
  };
}
