/**
 * What the quality gates and the browser tests know about the built site in dist/
 * (scripts/test.mjs builds it first): where it is, what it was built for, its HTML files.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isLessonFile } from '../../src/contract/index.ts';
import { listFiles } from '../../src/write/site-files.ts';

/** The built site: this repository's own handbook, dist/. */
export const distDir = path.resolve('dist');
/** The base path and site URL dist/ was built with (astro.config.mjs). */
export const base = '/';
export const site = 'https://handbook.example.com';

/** Every HTML file under `dir`, relative to it, such as `lessons/x/index.html`; sorted. */
export const htmlFilesIn = (dir: string): string[] => listFiles(dir).filter((file) => file.endsWith('.html'));

/** Every HTML file of a built site (dist/ by default); throws when there is no built site. */
export function htmlFiles(dir = distDir): string[] {
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir} has no built site; run \`npm test\` (or \`npm run build\`) first`);
  }
  return htmlFilesIn(dir);
}

/** The address a reader opens for a built file: `lessons/x/index.html` → `/lessons/x/`. */
export function pagePath(file: string): string {
  return base + (file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file);
}

/** Lesson pages proper (`lessons/<slug>/index.html`), not their section pages. */
export const isLessonPage = isLessonFile;
