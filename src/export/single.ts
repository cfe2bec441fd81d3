/**
 * One self-contained HTML file per lesson: the lesson page with its stylesheets, scripts and
 * images inlined, so the file works on its own — saved out of an e-mail, copied onto a
 * stick. Nothing else of the site comes along, so links to other pages go to the hosted
 * handbook (absolute URLs), and the page says so at the top. Its Content-Security-Policy
 * gains the hashes of the inlined styles and scripts, and data: for images and fonts. As in
 * the offline copy, an iframe becomes a link, and a remote image comes inside only when
 * `--with-remote` downloaded it (./remote.ts). The volumes of a handbook printed in volumes
 * are single files that link to each other: a link to another volume goes to its file beside
 * this one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExportProblem } from './offline.ts';
import type { Reads } from './reads.ts';
import { frameLink, isFrame, loadsImage, remoteUrl, type RemoteContent, type RemoteFiles } from './remote.ts';
import type { Site } from './site.ts';
import {
  editHtml,
  escapeAttribute,
  escapeText,
  hashSource,
  inlineableScript,
  isCspMeta,
  rewriteCssUrls,
  rewriteTagUrls,
  widenPolicy,
  type Tag,
} from '../write/html-edit.ts';

const TYPES: Record<string, string> = {
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
};

/**
 * The self-contained HTML of one page of `site`: `file` is the page, such as
 * `lessons/x/index.html`, and `source` its HTML; `what` is what the file holds, for the note
 * at its top. What it makes of the stylesheets, scripts and images it inlines is kept in
 * `reads` for the next page; so a problem in a stylesheet is told once, with the first page
 * that inlines it. `beside` names the single file, beside this one, of a page that has one
 * that a link should go to instead of the hosted page (the other volumes of the printed handbook).
 */
export function singleFile(
  site: Site,
  file: string,
  source: string,
  reads: Reads,
  what = 'one lesson',
  remoteImages: { files: RemoteFiles; dir: string } = { files: {}, dir: '' },
  beside?: (file: string) => string | undefined,
): { html: string; problems: ExportProblem[]; remote: RemoteContent } {
  const problems: ExportProblem[] = [];
  const remote: RemoteContent = { page: file, images: [], iframes: [] };
  const self = site.urlOf(file);
  /** A remote image: inside the file when it was downloaded, else left to the network (and listed). */
  const remoteImage = (away: URL, url: string): string => {
    if (!remote.images.includes(away.href)) remote.images.push(away.href);
    const name = remoteImages.files[away.href];
    if (!name) return url;
    return reads.once('remote', name, () => {
      const type = TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream';
      return `data:${type};base64,${readFileSync(path.join(remoteImages.dir, name)).toString('base64')}`;
    });
  };
  /** The site file `url` (in site file `from`) names. */
  const target = (from: string, url: string): string | undefined => {
    const found = site.land(new URL(url, site.urlOf(from)));
    if (!found) problems.push({ file: from, url, reason: 'names no file of the built site' });
    return found?.file;
  };
  const dataUri = (from: string, url: string): string => {
    const found = target(from, url);
    if (!found) return url;
    return reads.once('data-uri', found, () => {
      const type = TYPES[path.extname(found).toLowerCase()] ?? 'application/octet-stream';
      return `data:${type};base64,${reads.read(found).toString('base64')}`;
    });
  };
  /** A stylesheet of the site, ready to inline, with its images and fonts inside. */
  const style = (css: string) =>
    reads.once('style', css, () => {
      // Trimmed: the Nu HTML checker hashes a style without its trailing newline (browsers keep it).
      const text = rewriteCssUrls(reads.read(css).toString('utf8').trim(), (url) => dataUri(css, url)).replace(/<\/style/gi, '<\\/style');
      return { text, hash: hashSource(text) };
    });
  /** A classic script of the site, ready to inline. */
  const classic = (script: string) =>
    reads.once('script', script, () => {
      const text = inlineableScript(reads.read(script).toString('utf8'));
      return { source: text, hash: hashSource(text) };
    });
  /** Where a URL of the page leads, for a file with nothing of the site beside it. */
  const standalone = (url: string, tagName: string): string => {
    let resolved: URL;
    try {
      resolved = new URL(url, self);
    } catch {
      return url;
    }
    if (!site.owns(resolved)) return url;
    if (tagName !== 'a' && tagName !== 'area') return dataUri(file, url); // images and the like come inside
    const landed = site.land(resolved);
    if (!landed) {
      problems.push({ file, url, reason: 'names no page of the built site' });
      return url;
    }
    if (landed.file === file) return landed.hash || '#top';
    const sibling = beside?.(landed.file);
    if (sibling) return sibling + landed.hash;
    return site.urlOf(landed.file).href + landed.hash;
  };

  const html = editHtml(source, (edit) => {
    let csp: Tag | undefined;
    let script: { start: number; type: string; source: string; hash: string } | undefined;
    const scripts: string[] = [];
    const styles: string[] = [];
    let siteName = 'the handbook';
    let frame: { start: number; html: string } | undefined;
    return {
      open(tag) {
        const rel = (tag.attribs.rel ?? '').toLowerCase();
        if (isCspMeta(tag)) csp = tag;
        else if (tag.name === 'meta' && tag.attribs.property === 'og:site_name' && tag.attribs.content) siteName = tag.attribs.content;
        else if (tag.name === 'link' && /\bstylesheet\b/.test(rel) && tag.attribs.href) {
          const found = target(file, tag.attribs.href);
          if (!found) return;
          const css = style(found);
          styles.push(css.hash);
          tag.replace(`<style${tag.attribs.media ? ` media="${escapeAttribute(tag.attribs.media)}"` : ''}>${css.text}</style>`);
        } else if (tag.name === 'link' && !/\b(?:canonical|icon)\b/.test(rel) && tag.attribs.href && site.owns(new URL(tag.attribs.href, self))) {
          tag.replace(''); // preloads and the like: nothing beside the file to load
        } else if (tag.name === 'script' && tag.attribs.src) {
          const found = target(file, tag.attribs.src);
          if (!found) return;
          const type = tag.attribs.type ?? '';
          script = { start: tag.start, type, ...(type === 'module' ? reads.module(found) : classic(found)) };
        } else if (isFrame(tag)) {
          const away = remoteUrl(tag.attribs.src!, self, site.owns);
          if (away) remote.iframes.push(away.href);
          frame = { start: tag.start, html: frameLink(tag.attribs, away ? away.href : standalone(tag.attribs.src!, 'a')) };
        } else {
          rewriteTagUrls(tag, (url, attribute) => {
            const away = loadsImage(tag, attribute) ? remoteUrl(url, self, site.owns) : undefined;
            return away ? remoteImage(away, url) : standalone(url, tag.name);
          });
          if (tag.name === 'main') {
            const root = escapeAttribute(site.root.href);
            edit(
              tag.end,
              tag.end,
              `<p class="meta single-file-note">A copy of ${escapeText(what)} of ${escapeText(siteName)}, saved as a single file. ` +
                (beside ? 'Links to the other volumes go to their files, kept beside this one; links' : 'Links') +
                ` to other pages go to the handbook online, at <a href="${root}">${escapeText(site.root.href)}</a>.</p>`,
            );
          }
        }
      },
      close(name, span) {
        if ((name === 'iframe' || name === 'frame') && frame) {
          edit(frame.start, span.end, frame.html);
          frame = undefined;
          return;
        }
        if (name !== 'script' || !script) return;
        edit(script.start, span.end, `<script${script.type ? ` type="${escapeAttribute(script.type)}"` : ''}>${script.source}</script>`);
        scripts.push(script.hash);
        script = undefined;
      },
      done() {
        if (!csp) return;
        const policy = widenPolicy(csp.attribs.content ?? '', {
          'script-src': scripts,
          'style-src': styles,
          'img-src': ['data:'],
          'font-src': ['data:'],
        });
        csp.set('content', policy);
      },
    };
  });
  return { html, problems, remote };
}
