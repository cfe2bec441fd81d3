/**
 * Which files of the lessons folder are what, and the one slug rule's knowledge of all of
 * them. Every `.md` and `.mdx` file under `lessons/` is a lesson, sub-folders included (but
 * what handbook.json's `exclude` leaves out, and folders whose names start with a dot); a
 * folder's `index.md` or `README.md` (or `.mdx`) introduces it — at the top of `lessons/`, the
 * handbook (the home page's introduction), in a sub-folder, that part of the handbook.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { slugOfName } from './slug.ts';

/** The files the collection reads (globs, relative to the lessons folder). */
export const LESSON_PATTERN = ['**/*.md', '**/*.mdx', '!**/node_modules/**'];

/** The handbook's settings, beside the lessons (optional). */
export const SETTINGS_FILE = 'handbook.json';

/** The collection entry of the handbook's own introduction (lessons/index.md or README.md). */
export const HOME_ENTRY = '__handbook__';

/** What a file is to the handbook. */
export type FileRole = 'lesson' | 'part' | 'home';

export interface LessonFile {
  /** Relative to the lessons folder, with `/`: `developer/small-changes.md`. */
  path: string;
  role: FileRole;
  /** Its folder, relative, with `/`; `''` at the top. The part a lesson belongs to. */
  folder: string;
  format: 'md' | 'mdx';
}

const INTRO_NAMES = ['index.mdx', 'index.md', 'readme.mdx', 'readme.md'];

/**
 * What handbook.json's `exclude` leaves out of `dir`, as globs relative to it, each also
 * for everything under it (`drafts` and `drafts/**`). Read leniently: the settings' own check
 * (./settings.ts) reports a malformed `exclude`.
 */
export function excludedPatterns(dir: string): string[] {
  let exclude: unknown;
  try {
    exclude = (JSON.parse(readFileSync(path.join(dir, SETTINGS_FILE), 'utf8')) as { exclude?: unknown }).exclude;
  } catch {
    return [];
  }
  if (!Array.isArray(exclude)) return [];
  return exclude
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .map((p) => p.trim().replace(/^\.?\//, '').replace(/\/+$/, ''))
    .flatMap((p) => [p, `${p}/**`]);
}

/** Every lesson file under `dir`, in name order, each with its role; handbook.json's `exclude` leaves some out. */
export function lessonFiles(dir: string): LessonFile[] {
  const found: LessonFile[] = [];
  const excluded = excludedPatterns(dir);
  const left = (file: string) => excluded.some((p) => path.posix.matchesGlob(file, p));
  const walk = (folder: string) => {
    const entries = readdirSync(path.join(dir, folder), { withFileTypes: true });
    const names = entries
      .filter((e) => e.isFile() && /\.mdx?$/i.test(e.name) && !e.name.startsWith('.'))
      .map((e) => e.name)
      .filter((name) => !left(folder ? `${folder}/${name}` : name));
    // A folder's introduction: index before README, .mdx before .md (one of them; others are lessons).
    const intro = INTRO_NAMES.map((n) => names.find((name) => name.toLowerCase() === n)).find(Boolean);
    for (const name of names) {
      const role: FileRole = name === intro ? (folder === '' ? 'home' : 'part') : 'lesson';
      found.push({ path: folder ? `${folder}/${name}` : name, role, folder, format: name.toLowerCase().endsWith('.mdx') ? 'mdx' : 'md' });
    }
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules' && !left(folder ? `${folder}/${entry.name}` : entry.name)) walk(folder ? `${folder}/${entry.name}` : entry.name);
    }
  };
  walk('');
  return found.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
}

/** Whether the path `file` lies inside the folder `dir` (both absolute). */
export function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** Whether `full` (an absolute path) is a file. */
export const isFile = (full: string) => existsSync(full) && statSync(full).isFile();

/**
 * The URL name of a part's page, `/lessons/<slug>/`, from its folder: the folder's path with
 * `-` for `/` (`guides/frontend` → `guides-frontend`). A part's introduction has it (unless
 * its `slug:` says otherwise); a folder with no introduction gets a page of its own there.
 */
export const partSlug = (folder: string) => slugOfName(folder.replaceAll('/', '-'));

/** A file's own name, without its extension. */
const stem = (file: string) => path.posix.basename(file).replace(/\.mdx?$/i, '');

/**
 * The slug each file gets from its place (a `slug:` in its frontmatter overrides it):
 * a lesson, its file name (`Giving Feedback.md` → `giving-feedback`); a part's introduction,
 * its folder (`developer/README.md` → `developer`); the handbook's introduction, HOME_ENTRY.
 * Two lessons with one file name in different parts are told apart by their folders
 * (`developer-checklist`, `designer-checklist`).
 */
export function placeSlugs(files: readonly LessonFile[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const file of files) {
    if (file.role === 'home') first.set(file.path, HOME_ENTRY);
    else if (file.role === 'part') first.set(file.path, partSlug(file.folder));
    else first.set(file.path, slugOfName(stem(file.path)));
  }
  const count = new Map<string, number>();
  for (const slug of first.values()) count.set(slug, (count.get(slug) ?? 0) + 1);
  const slugs = new Map<string, string>();
  for (const file of files) {
    const slug = first.get(file.path)!;
    const shared = (count.get(slug) ?? 0) > 1 && file.role === 'lesson' && file.folder !== '';
    slugs.set(file.path, shared ? slugOfName(`${file.folder.replaceAll('/', '-')}-${stem(file.path)}`) : slug);
  }
  return slugs;
}

/** A folder name as a title: `01-getting_started` → `Getting started`. */
export function folderTitle(folder: string): string {
  const name = path.posix.basename(folder).replace(/^\d+[-_. ]+/, '').replace(/[-_]+/g, ' ').trim() || folder;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

const known = new Map<string, Map<string, string>>();

/**
 * The one slug rule, for one file of the lessons folder `dir`: its `slug:` when it has one,
 * else the slug of its place (placeSlugs). The collection's loader (entry ids), the
 * checker and the section renderer all call this. The folder is listed once, and again
 * when a file it did not see turns up (a lesson added while `npm run dev` runs).
 */
export function slugFor(dir: string, file: string, frontmatterSlug?: unknown): string {
  let slugs = known.get(dir);
  if (!slugs?.has(file)) known.set(dir, (slugs = placeSlugs(lessonFiles(dir))));
  const placed = slugs.get(file) ?? slugOfName(stem(file));
  if (placed === HOME_ENTRY) return placed;
  return typeof frontmatterSlug === 'string' && frontmatterSlug.trim() ? frontmatterSlug.trim() : placed;
}

/** Tells `slugFor` the files of `dir` as just listed, so it need not list them again, nor keep a stale list. */
export function knowFiles(dir: string, files: readonly LessonFile[]): void {
  known.set(dir, placeSlugs(files));
}

/** Forgets what `slugFor` knows of `dir` (a file was added, moved or deleted). */
export function forgetFiles(dir: string): void {
  known.delete(dir);
}
