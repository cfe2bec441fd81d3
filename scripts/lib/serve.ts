/**
 * A static file server for built sites — the browser tests', the search benchmark's and
 * Lighthouse's — behaving like a plain static host:
 * `/dir/` serves `dir/index.html`, a missing file gets `404.html` with status 404, and
 * the site can live under a base path such as `/handbook/`. Asked to, it also does what
 * hosts such as Netlify and Cloudflare Pages do: gzip text, and send the headers the site's
 * `_headers` file gives every page.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

/** Types a host compresses: text, JSON, XML, SVG. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

export interface ServeOptions {
  /** Gzip text responses for clients that accept it. */
  gzip?: boolean;
  /** Send the headers `<dir>/_headers` gives every page (its `/*` rule), when there is one. */
  siteHeaders?: boolean;
  /** More headers for every response. */
  headers?: Record<string, string>;
}

export interface StaticSite {
  /** The site's root URL, base path included, ending in `/`. */
  url: string;
  close(): Promise<void>;
}

/** The `/*` headers of a `_headers` file (Netlify and Cloudflare Pages format); none without one. */
function allPagesHeaders(file: string): Record<string, string> {
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  let all = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) all = line.trim() === '/*';
    else if (all) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

export async function serveStatic(dir: string, base = '/', port = 0, options: ServeOptions = {}): Promise<StaticSite> {
  const always = { ...(options.siteHeaders ? allPagesHeaders(path.join(dir, '_headers')) : {}), ...options.headers };
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (file: string, status = 200) => {
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const gzip = options.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(status, { ...always, 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
      const body = createReadStream(file);
      (gzip ? body.pipe(createGzip()) : body).pipe(res);
    };
    if (!pathname.startsWith(base)) return send(path.join(dir, '404.html'), 404);
    let file = path.join(dir, pathname.slice(base.length));
    if (!file.startsWith(dir)) return send(path.join(dir, '404.html'), 404);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/` });
        return res.end();
      }
      file = path.join(file, 'index.html');
    }
    if (existsSync(file)) return send(file);
    return send(path.join(dir, '404.html'), 404);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
