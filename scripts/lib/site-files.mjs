// What the link checker and the exporters both need to know about a built site's files
// and the URLs in its HTML: one list, so a URL one of them follows the other cannot miss.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Attributes that name a URL, per element. */
export const URL_ATTRIBUTES = /** @type {Record<string, string[]>} */ ({
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
});

/** Schemes that never point at a file of the site. */
export const OTHER_SCHEMES = /^(?:mailto|tel|javascript|data|blob|about):/i;

/** @param {string} dir @returns {string[]} every file under dir, as `a/b.html` paths, sorted */
export function listFiles(dir) {
  /** @type {string[]} */
  const files = [];
  const walk = (/** @type {string} */ d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}
