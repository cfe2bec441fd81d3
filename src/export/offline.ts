/**
 * The offline copy: the built site rewritten to open from disk. A browser opening files has
 * no server to turn `/lessons/x/` into a file: every link becomes relative and names a page
 * file (`../x/index.html`), redirect pages (section pages, moved lessons) are left out and
 * links to them go straight to where they lead, module scripts are inlined (file:// refuses
 * to load them), and the Content-Security-Policy keeps its hashes true. An iframe becomes a
 * link to what it embedded, and remote images are listed, or named by their downloaded copy
 * (./remote.ts). The policy is
 * otherwise kept as built: Chromium matches 'self' to file: URLs, so the stylesheet beside
 * the page loads (the offline tests fail on any CSP refusal).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PART_ARTICLE } from '../contract/index.ts';
import { editHtml, isCspMeta, rewriteCssUrls, rewriteTagUrls, widenPolicy, type Tag } from '../write/html-edit.ts';
import type { Reads } from './reads.ts';
import { frameLink, isFrame, loadsImage, REMOTE_DIR, remoteUrl, type RemoteContent, type RemoteFiles } from './remote.ts';
import { HOST_ONLY, type Site } from './site.ts';

/** `from` and `to` are site files; the link from one to the other, opened from disk. */
function relativeLink(from: string, to: string, hash: string): string {
  const rel = path.posix.relative(path.posix.dirname(from), to) || path.posix.basename(to);
  return rel.split('/').map((s) => (s === '..' ? s : encodeURIComponent(s))).join('/') + hash;
}

/** A link of the built site that leads nowhere. */
export interface ExportProblem {
  file: string;
  url: string;
  reason: string;
}

/**
 * `localLink(from, url)`: the link from site file `from` to `url`, for a copy opened from
 * disk; `url` as it stands if it leaves the site. Links that lead nowhere go in `problems`.
 */
function localLinks(site: Site, problems: ExportProblem[]) {
  return (from: string, url: string): string => {
    let resolved: URL;
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
}

/**
 * The offline copy of the page `file` of `site`, whose HTML is `source`; `remoteFiles` are
 * the remote images downloaded into the copy. `part` tells a part's page (its <article> is
 * marked PART_ARTICLE) from a lesson's, which share the lessons/ URLs.
 */
export function offlinePage(site: Site, file: string, source: string, reads: Reads, remoteFiles: RemoteFiles = {}): { html: string; problems: ExportProblem[]; remote: RemoteContent; part: boolean } {
  const problems: ExportProblem[] = [];
  const remote: RemoteContent = { page: file, images: [], iframes: [] };
  const localLink = localLinks(site, problems);
  const pageUrl = site.urlOf(file);
  let part: boolean | undefined;
  const html = editHtml(source, (edit) => {
    let csp: Tag | undefined;
    let moduleScript: { start: number; source: string; hash: string } | undefined;
    let frame: { start: number; html: string } | undefined;
    const hashes: string[] = [];
    return {
      open(tag) {
        if (isCspMeta(tag)) csp = tag;
        if (tag.name === 'article') part ??= PART_ARTICLE in tag.attribs; // the page's own, the first
        if (tag.name === 'link' && /\bmodulepreload\b/i.test(tag.attribs.rel ?? '')) return tag.replace('');
        if (tag.name === 'script' && tag.attribs.type === 'module' && tag.attribs.src) {
          const target = site.land(new URL(tag.attribs.src, site.urlOf(file)));
          if (!target) return void problems.push({ file, url: tag.attribs.src, reason: 'names no file of the built site' });
          moduleScript = { start: tag.start, ...reads.module(target.file) };
          return;
        }
        if (isFrame(tag)) {
          // Another site's page cannot show from disk: a link to it does, whenever the reader is online.
          const src = tag.attribs.src!;
          const away = remoteUrl(src, pageUrl, site.owns);
          if (away) remote.iframes.push(away.href);
          frame = { start: tag.start, html: frameLink(tag.attribs, away ? away.href : localLink(file, src)) };
          return;
        }
        rewriteTagUrls(tag, (url, attribute) => {
          const away = loadsImage(tag, attribute) ? remoteUrl(url, pageUrl, site.owns) : undefined;
          if (!away) return localLink(file, url);
          if (!remote.images.includes(away.href)) remote.images.push(away.href);
          const name = remoteFiles[away.href];
          return name ? relativeLink(file, `${REMOTE_DIR}/${name}`, '') : url;
        });
      },
      close(name, span) {
        if ((name === 'iframe' || name === 'frame') && frame) {
          edit(frame.start, span.end, frame.html);
          frame = undefined;
          return;
        }
        if (name !== 'script' || !moduleScript) return;
        edit(moduleScript.start, span.end, `<script type="module">${moduleScript.source}</script>`);
        hashes.push(moduleScript.hash);
        moduleScript = undefined;
      },
      done() {
        if (csp && hashes.length) csp.set('content', widenPolicy(csp.attribs.content ?? '', { 'script-src': hashes }));
      },
    };
  });
  return { html, problems, remote, part: part === true };
}

/** Copies the files of `site` other than pages into `out` (stylesheets with their links made local). */
export function copyAssets(site: Site, out: string): { files: number; problems: ExportProblem[] } {
  const problems: ExportProblem[] = [];
  const localLink = localLinks(site, problems);
  const copied = site.files.filter((f) => !f.endsWith('.html') && !HOST_ONLY.test(f));
  const made = new Set<string>();
  for (const file of copied) {
    const to = path.join(out, file);
    if (!made.has(path.dirname(to))) mkdirSync(path.dirname(to), { recursive: true });
    made.add(path.dirname(to));
    if (file.endsWith('.css')) {
      const css = readFileSync(path.join(site.dir, file), 'utf8');
      writeFileSync(to, rewriteCssUrls(css, (url) => localLink(file, url)));
    } else copyFileSync(path.join(site.dir, file), to);
  }
  return { files: copied.length, problems };
}
