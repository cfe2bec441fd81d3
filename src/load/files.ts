/** Which files of the lessons folder are lessons, and which holds the settings. */
import { readdirSync } from 'node:fs';

/** The files the collection reads (a glob, relative to the lessons folder). */
export const LESSON_PATTERN = '*.mdx';

/** The handbook's settings, beside the lessons. */
export const SETTINGS_FILE = 'handbook.json';

/** The lesson files of a folder, relative to it, in name order: the files the collection reads. */
export function lessonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.mdx') && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}
