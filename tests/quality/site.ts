/** What the quality gates know about the built site in dist/ (scripts/test.mjs builds it first). */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The built site: this repository's own handbook, dist/. */
export const distDir = path.resolve('dist');
/** The base path and site URL dist/ was built with (astro.config.mjs). */
export const base = '/';
export const site = 'https://handbook.example.com';

/** Every HTML file of a built site, relative to it, such as `lessons/x/index.html`. */
export function htmlFiles(dir = distDir): string[] {
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir} has no built site; run \`npm test\` (or \`npm run build\`) first`);
  }
  const files: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) files.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/** The address a reader opens for a built file: `lessons/x/index.html` → `/lessons/x/`. */
export function pagePath(file: string): string {
  return base + (file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file);
}

/** Lesson pages proper (`lessons/<slug>/index.html`), not their section pages. */
export const isLessonPage = (file: string) => /^lessons\/[^/]+\/index\.html$/.test(file);
