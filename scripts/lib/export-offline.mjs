// The offline copy: the built site rewritten to open from disk. A browser opening files
// has no server to turn `/lessons/x/` into a file: every link becomes relative and names
// a page file (`../x/index.html`), redirect pages (section previews, moved lessons) are
// left out and links to them go straight to where they lead, module scripts are inlined
// (file:// refuses to load them), and the Content-Security-Policy keeps its hashes true.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HOST_ONLY } from './export-site.mjs';
import { elements, inlineableModule, parseHtml, rewriteCssUrls, rewriteUrls, serialize, setText, updateCsp } from './export-html.mjs';

/** `from` and `to` are site files; the link from one to the other, opened from disk. */
function relativeLink(/** @type {string} */ from, /** @type {string} */ to, /** @type {string} */ hash) {
  const rel = path.posix.relative(path.posix.dirname(from), to) || path.posix.basename(to);
  return rel.split('/').map((s) => (s === '..' ? s : encodeURIComponent(s))).join('/') + hash;
}

/**
 * @typedef {{ file: string, url: string, reason: string }} ExportProblem
 */

/**
 * Writes the offline copy of `site` into `out` (an empty folder).
 * @param {import('./export-site.mjs').Site} site
 * @param {string} out
 * @returns {{ pages: number, files: number, problems: ExportProblem[] }}
 */
export function writeOffline(site, out) {
  /** @type {ExportProblem[]} */
  const problems = [];
  const pages = site.pages();
  const copied = site.files.filter((f) => !f.endsWith('.html') && !HOST_ONLY.test(f));

  /** The link from `from` to `url`, for a copy opened from disk; `url` as it stands if it leaves the site. */
  const localLink = (/** @type {string} */ from, /** @type {string} */ url) => {
    let resolved;
    try {
      resolved = new URL(url, site.urlOf(from));
    } catch {
      problems.push({ file: from, url, reason: 'is not a valid URL' });
      return url;
    }
    if (!site.owns(resolved)) return url;
    const target = site.land(resolved);
    if (!target) {
      problems.push({ file: from, url, reason: 'names no file of the built site' });
      return url;
    }
    return relativeLink(from, target.file, target.hash);
  };

  /** Makes the folder a file goes in (once per folder), and returns the file. */
  const made = new Set();
  const folderFor = (/** @type {string} */ file) => {
    const folder = path.dirname(file);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    return file;
  };

  for (const file of pages) {
    const doc = parseHtml(readFileSync(path.join(site.dir, file), 'utf8'));
    const all = elements(doc);
    for (const el of all.filter((e) => e.name === 'link' && /\bmodulepreload\b/i.test(e.attribs.rel ?? ''))) {
      el.parent?.children.splice(el.parent.children.indexOf(el), 1);
      delete el.attribs.href; // out of the page; no URL of it to rewrite
    }
    for (const script of all.filter((e) => e.name === 'script' && e.attribs.type === 'module' && !!e.attribs.src)) {
      const target = site.land(new URL(script.attribs.src, site.urlOf(file)));
      if (!target) {
        problems.push({ file, url: script.attribs.src, reason: 'names no file of the built site' });
        continue;
      }
      delete script.attribs.src;
      setText(script, inlineableModule(readFileSync(path.join(site.dir, target.file), 'utf8'), target.file));
    }
    rewriteUrls(all, (url) => localLink(file, url));
    updateCsp(all);
    writeFileSync(folderFor(path.join(out, file)), serialize(doc));
  }

  for (const file of copied) {
    const to = folderFor(path.join(out, file));
    if (file.endsWith('.css')) {
      const css = readFileSync(path.join(site.dir, file), 'utf8');
      writeFileSync(to, rewriteCssUrls(css, (url) => localLink(file, url)));
    } else copyFileSync(path.join(site.dir, file), to);
  }
  return { pages: pages.length, files: pages.length + copied.length, problems };
}
