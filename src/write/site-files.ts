/**
 * The files of a built site. (Which attributes of its HTML name URLs, and the schemes that
 * name no file, are one list for every stage: ../load/html-urls.ts.)
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

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
