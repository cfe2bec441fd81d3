/**
 * A static file server for built sites — the browser tests' and the search benchmark's —
 * behaving like a plain static host:
 * `/dir/` serves `dir/index.html`, a missing file gets `404.html` with status 404, and
 * the site can live under a base path such as `/handbook/`.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticSite {
  /** The site's root URL, base path included, ending in `/`. */
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(dir: string, base = '/', port = 0): Promise<StaticSite> {
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (file: string, status = 200) => {
      res.writeHead(status, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
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
