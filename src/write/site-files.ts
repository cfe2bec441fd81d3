/**
 * What the stages that read a built site need to know about its files and the URLs in its
 * HTML: one list, so a URL one of them follows another cannot miss.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Which attributes name URLs, and the schemes that name no file: one list, ../load/html-urls.ts. */
export { OTHER_SCHEMES, URL_ATTRIBUTES } from '../load/html-urls.ts';

/** Every file under `dir`, as sorted `a/b.html` paths. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}
