/**
 * What a built page costs a reader: its HTML bytes, and all the JavaScript and CSS it runs,
 * gzipped. JS is every <script> on the page (inline text, or the file its src names) and
 * every module those import; CSS is every <style> and linked stylesheet, with its @imports.
 * Inline scripts (or styles) are gzipped together, each file on its own, as a host sends them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

export interface PageWeight {
  /** HTML bytes, uncompressed. */
  html: number;
  jsGz: number;
  cssGz: number;
  /** The text of every script the page runs, inline or from a file. */
  scripts: string[];
}

const ORIGIN = 'http://lessonbook.invalid';
/** Script types a browser runs; JSON data blocks and the like are not JavaScript. */
const isJs = (type: string | undefined) => !type || type === 'module' || /^(text|application)\/(java|ecma)script$/i.test(type);
const gz = (text: string) => (text ? gzipSync(Buffer.from(text)).length : 0);

export function pageWeight(dir: string, file: string, base = '/'): PageWeight {
  const html = readFileSync(path.join(dir, file), 'utf8');
  const pageUrl = ORIGIN + base + file.replace(/(^|\/)index\.html$/, '$1');
  const inlineJs: string[] = [];
  const inlineCss: string[] = [];
  const jsUrls: URL[] = [];
  const cssUrls: URL[] = [];
  /** The inline element being read: where its text goes, and its text so far. */
  let open: { into: string[]; text: string } | undefined;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'script' && isJs(attrs.type)) {
        if (attrs.src) jsUrls.push(new URL(attrs.src, pageUrl));
        else open = { into: inlineJs, text: '' };
      } else if (name === 'style') open = { into: inlineCss, text: '' };
      else if (name === 'link' && attrs.href) {
        const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
        if (rel.includes('stylesheet')) cssUrls.push(new URL(attrs.href, pageUrl));
        if (rel.includes('modulepreload')) jsUrls.push(new URL(attrs.href, pageUrl));
      }
    },
    ontext(text) {
      if (open) open.text += text;
    },
    onclosetag() {
      if (open?.text) open.into.push(open.text);
      open = undefined;
    },
  });
  parser.end(html);

  /** Reads a site file by URL, following its imports; each file counted once. */
  const load = (urls: URL[], imports: RegExp) => {
    const seen = new Map<string, string>();
    const visit = (url: URL) => {
      if (url.origin !== ORIGIN) throw new Error(`${file} loads ${url.href} from another origin`);
      if (!url.pathname.startsWith(base)) throw new Error(`${file} loads ${url.pathname}, outside the base path ${base}`);
      const rel = decodeURIComponent(url.pathname.slice(base.length));
      if (seen.has(rel)) return;
      const text = readFileSync(path.join(dir, rel), 'utf8');
      seen.set(rel, text);
      for (const m of text.matchAll(imports)) visit(new URL(m[1], url));
    };
    urls.forEach(visit);
    return [...seen.values()];
  };
  const jsFiles = load(jsUrls, /(?:\bimport|\bexport)\s*(?:[\w*${}\s,]+?\bfrom\s*)?\(?\s*["'`]([^"'`]+\.m?js)["'`]/g);
  const cssFiles = load(cssUrls, /@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g);
  return {
    html: Buffer.byteLength(html),
    jsGz: gz(inlineJs.join('\n')) + jsFiles.reduce((n, t) => n + gz(t), 0),
    cssGz: gz(inlineCss.join('\n')) + cssFiles.reduce((n, t) => n + gz(t), 0),
    scripts: [...inlineJs, ...jsFiles],
  };
}

/** `1.23 KB` */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
