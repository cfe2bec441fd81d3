/**
 * What a long-running process (the dev server) keeps of a lessons folder between readings, so
 * that reading it again after a save costs one file, not the handbook: each lesson file as
 * read, kept while its size, modification time, role, slug of its place and name in messages
 * are the same, and while it has no error (an error may be another file's absence: what an MDX
 * lesson imports); and the dates git gives the lessons, kept while the repository's HEAD and its
 * log are unchanged (a commit, a checkout). A reading without a cache reads every file.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { slugFor, type LessonFile } from './files.ts';
import { lastCommitDates } from './history.ts';
import { readLesson, type ReadLesson } from './lesson.ts';

export interface LoadCache {
  /** Each lesson file as last read, by its path relative to the folder, with what it was read from. */
  lessons: Map<string, { key: string; lesson: ReadLesson }>;
  /** The dates of the last commits, with the state of git they were read at. */
  history?: { key: string; dates: Map<string, string> };
  /** The repository's git folder, looked up once (`null`: not in a repository). */
  gitDir?: string | null;
}

export const createLoadCache = (): LoadCache => ({ lessons: new Map() });

/** What a lesson's reading depends on besides its text: when this changes, it is read again. */
function lessonKey(dir: string, file: LessonFile, shown: string): string {
  const stat = statSync(path.join(dir, file.path), { throwIfNoEntry: false });
  return `${stat?.size}:${stat?.mtimeMs}:${file.role}:${file.format}:${slugFor(dir, file.path)}:${shown}`;
}

/** Reads the lesson files, each from the cache when it has not changed since it was read. */
export function readLessons(dir: string, files: readonly LessonFile[], shown: (file: LessonFile) => string, cache: LoadCache | undefined): ReadLesson[] {
  if (!cache) return files.map((file) => readLesson(dir, file, shown(file)));
  const next = new Map<string, { key: string; lesson: ReadLesson }>();
  const lessons = files.map((file) => {
    const name = shown(file);
    const key = lessonKey(dir, file, name);
    const kept = cache.lessons.get(file.path);
    const entry = kept?.key === key && kept.lesson.issues.length === 0 ? kept : { key, lesson: readLesson(dir, file, name) };
    next.set(file.path, entry);
    return entry.lesson;
  });
  cache.lessons = next;
  return lessons;
}

const mtimeOf = (file: string) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;

/** The date of each lesson's last commit (history.ts), read again only when git's state changed. */
export function commitDates(dir: string, cache: LoadCache | undefined): Map<string, string> {
  if (!cache) return lastCommitDates(dir);
  if (cache.gitDir === undefined) {
    const found = spawnSync('git', ['rev-parse', '--absolute-git-dir'], { cwd: dir, encoding: 'utf8' });
    cache.gitDir = found.status === 0 ? found.stdout.trim() : null;
  }
  if (cache.gitDir === null) return (cache.history ??= { key: '', dates: lastCommitDates(dir) }).dates;
  const key = ['HEAD', 'logs/HEAD', 'packed-refs', 'shallow'].map((name) => mtimeOf(path.join(cache.gitDir!, name))).join(':');
  if (cache.history?.key !== key) cache.history = { key, dates: lastCommitDates(dir) };
  return cache.history.dates;
}
