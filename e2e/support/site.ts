/** What the tests know about the built site: its pages, read from dist/ as a host would serve them. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const distDir = path.resolve('dist');

/** Pages that only send the reader on (section previews, moved lessons): no content of their own. */
export function isRedirect(file: string): boolean {
  return /<meta http-equiv="refresh"/.test(readFileSync(file, 'utf8').slice(0, 4096));
}

/**
 * Every built HTML page a reader reads, as the path they open, such as `/lessons/x/`.
 * Redirect pages are left out unless asked for: they show nothing but a link.
 */
export function builtPages(dir = distDir, { redirects = false } = {}): string[] {
  const pages: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html') && (redirects || !isRedirect(full))) {
        const rel = '/' + path.relative(dir, full).split(path.sep).join('/');
        pages.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dir);
  return pages.sort();
}

export const SEED = '/lessons/working-with-engineering/';
