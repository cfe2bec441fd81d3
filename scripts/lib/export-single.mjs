// One self-contained HTML file per lesson: the lesson page with its stylesheets, scripts
// and images inlined, so the file works on its own — saved out of an e-mail, copied onto
// a stick. Nothing else of the site comes along, so links to other pages go to the hosted
// handbook (absolute URLs), and the page says so at the top.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { elements, inlineableModule, parseHtml, rewriteCssUrls, rewriteUrls, serialize, setText, updateCsp } from './export-html.mjs';

const TYPES = /** @type {Record<string, string>} */ ({
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
});

/** The lesson pages: `lessons/<slug>/index.html`. */
export const lessonPages = (/** @type {import('./export-site.mjs').Site} */ site) =>
  site.pages().filter((f) => /^lessons\/[^/]+\/index\.html$/.test(f));

/**
 * The self-contained HTML of one page of `site`.
 * @param {import('./export-site.mjs').Site} site
 * @param {string} file the page, such as `lessons/x/index.html`
 * @param {string} [what] what the file holds, for the note at its top
 * @returns {{ html: string, problems: import('./export-offline.mjs').ExportProblem[] }}
 */
export function singleFile(site, file, what = 'one lesson') {
  /** @type {import('./export-offline.mjs').ExportProblem[]} */
  const problems = [];
  const doc = parseHtml(readFileSync(path.join(site.dir, file), 'utf8'));
  const read = (/** @type {string} */ from, /** @type {string} */ url) => {
    const target = site.land(new URL(url, site.urlOf(from)));
    if (!target) problems.push({ file: from, url, reason: 'names no file of the built site' });
    return target && { file: target.file, data: readFileSync(path.join(site.dir, target.file)) };
  };
  const dataUri = (/** @type {string} */ from, /** @type {string} */ url) => {
    const found = read(from, url);
    if (!found) return url;
    const type = TYPES[path.extname(found.file).toLowerCase()] ?? 'application/octet-stream';
    return `data:${type};base64,${found.data.toString('base64')}`;
  };

  const all = elements(doc);
  for (const link of all.filter((e) => e.name === 'link')) {
    const rel = (link.attribs.rel ?? '').toLowerCase();
    if (/\bcanonical\b/.test(rel)) continue;
    if (/\bstylesheet\b/.test(rel) && link.attribs.href) {
      const found = read(file, link.attribs.href);
      if (!found) continue;
      // Trimmed: the Nu HTML checker hashes a style without its trailing newline (browsers keep it).
      const css = rewriteCssUrls(found.data.toString('utf8').trim(), (url) => dataUri(found.file, url));
      link.name = 'style';
      link.attribs = link.attribs.media ? { media: link.attribs.media } : {};
      setText(link, css);
    } else if (/\bicon\b/.test(rel) && link.attribs.href) {
      link.attribs.href = dataUri(file, link.attribs.href);
    } else {
      link.parent?.children.splice(link.parent.children.indexOf(link), 1); // preloads: nothing to load
      delete link.attribs.href;
    }
  }
  for (const script of all.filter((e) => e.name === 'script' && !!e.attribs.src)) {
    const found = read(file, script.attribs.src);
    if (!found) continue;
    delete script.attribs.src;
    const source = found.data.toString('utf8');
    setText(script, script.attribs.type === 'module' ? inlineableModule(source, found.file) : source.replace(/<\/script/gi, '<\\/script'));
  }

  const self = site.urlOf(file);
  rewriteUrls(all, (url, el) => {
    let resolved;
    try {
      resolved = new URL(url, self);
    } catch {
      return url;
    }
    if (!site.owns(resolved)) return url;
    if (el.name !== 'a' && el.name !== 'area') return dataUri(file, url);
    const target = site.land(resolved);
    if (!target) {
      problems.push({ file, url, reason: 'names no page of the built site' });
      return url;
    }
    if (target.file === file) return target.hash || '#top';
    return site.urlOf(target.file).href + target.hash;
  });

  const main = all.find((e) => e.name === 'main');
  if (main) {
    const name = all.find((e) => e.name === 'meta' && e.attribs.property === 'og:site_name')?.attribs.content ?? 'the handbook';
    const note = parseHtml(
      `<p class="meta single-file-note">A copy of ${escape(what)} of ${escape(name)}, saved as a single file. ` +
        `Links to other pages go to the handbook online, at <a href="${escape(site.root.href)}">${escape(site.root.href)}</a>.</p>`,
    ).children;
    for (const node of note) node.parent = main;
    main.children.unshift(...note);
  }
  updateCsp(all, { 'img-src': ['data:'], 'font-src': ['data:'] });
  return { html: serialize(doc), problems };
}

function escape(/** @type {string} */ text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
