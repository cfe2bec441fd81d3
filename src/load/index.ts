/**
 * The load stage: reads a lessons folder into the handbook model (./model.ts) — every
 * lesson file, in reading order, and the handbook's settings — with every problem each
 * file has on its own. The checker adds what needs all lessons at once (links, slugs); the
 * integration hands the model to the pages and to the stages after the build.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { lessonFiles, SETTINGS_FILE } from './files.ts';
import { readLesson, type ReadLesson } from './lesson.ts';
import type { HandbookModel, LessonInfo } from './model.ts';
import { readSettings, type SettingsFacts } from './settings.ts';

export type { HandbookModel, LessonFacts, LessonInfo, Link, SectionInfo } from './model.ts';
export type { LessonIssue } from './issues.ts';
export { LESSON_PATTERN, lessonFiles, SETTINGS_FILE } from './files.ts';


export interface LoadOptions {
  /** How file names appear in messages; by default relative to the working directory. */
  displayPath?: (file: string) => string;
}

export interface LoadedHandbook {
  /** The model: complete when no file had an error. */
  model: HandbookModel;
  /** Every lesson file as read, in file-name order. */
  lessons: ReadLesson[];
  /** The settings file, as messages name it, and what reading it found. */
  settingsFile: string;
  settings: SettingsFacts;
  /** Markdown files beside the lessons that the build leaves out. */
  strays: string[];
}

/** A path as a message shows it: relative when inside the working directory. */
export function defaultDisplayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** Lessons in reading order: by `order`, then title. */
export function byReadingOrder(a: LessonInfo, b: LessonInfo): number {
  return a.order - b.order || a.title.localeCompare(b.title);
}

/** Reads every lesson and the settings of `dir`; never throws for an author's mistake. */
export function loadHandbook(dir: string, options: LoadOptions = {}): LoadedHandbook {
  const display = options.displayPath ?? defaultDisplayPath;
  const lessons = lessonFiles(dir).map((name) => {
    const file = path.join(dir, name);
    return readLesson(file, name, display(file));
  });
  const settingsPath = path.join(dir, SETTINGS_FILE);
  const settings = readSettings(settingsPath);
  const strays = readdirSync(dir)
    .filter((entry) => /\.(md|markdown)$/i.test(entry))
    .map((entry) => display(path.join(dir, entry)));
  const infos = lessons.flatMap((l) => (l.info ? [l.info] : [])).sort(byReadingOrder);
  return {
    model: { title: settings.settings?.title ?? '', intro: settings.settings?.intro ?? '', lessons: infos },
    lessons,
    settingsFile: display(settingsPath),
    settings,
    strays,
  };
}
