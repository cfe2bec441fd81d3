/**
 * What the stages that read a built site need to know about its files and the URLs in its
 * HTML: one list, so a URL one of them follows another cannot miss.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Attributes that name a URL, per element. */
export const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/** Schemes that never point at a file of the site. */
export const OTHER_SCHEMES = /^(?:mailto|tel|javascript|data|blob|about):/i;

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
