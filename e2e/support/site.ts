/** What the tests know about the built site: its pages, read from dist/ as a host would serve them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { distDir, htmlFilesIn } from '../../tests/quality/site';

export { distDir } from '../../tests/quality/site';

/** Pages that only send the reader on (section previews, moved lessons): no content of their own. */
export function isRedirect(file: string): boolean {
  return /<meta http-equiv="refresh"/.test(readFileSync(file, 'utf8').slice(0, 4096));
}

/**
 * Every built HTML page a reader reads, as the path they open, such as `/lessons/x/`.
 * Redirect pages are left out unless asked for: they show nothing but a link.
 */
export function builtPages(dir = distDir, { redirects = false } = {}): string[] {
  return htmlFilesIn(dir)
    .filter((file) => redirects || !isRedirect(path.join(dir, file)))
    .map((file) => `/${file}`.replace(/\/index\.html$/, '/'))
    .sort();
}

export const SEED = '/lessons/working-with-engineering/';
