/** What the tests know about the built site: its pages, read from dist/ as a host would serve them. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export const distDir = path.resolve('dist');

/** Every built HTML page as the path a reader opens, such as `/lessons/x/`. */
export function builtPages(dir = distDir): string[] {
  const pages: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = '/' + path.relative(dir, full).split(path.sep).join('/');
        pages.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dir);
  return pages.sort();
}

export const SEED = '/lessons/working-with-engineering/';
