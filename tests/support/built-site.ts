/**
 * A small built site written by hand, as `astro build` would leave it, under the base path
 * /h/ of https://example.com: the home page, a lesson with a section page and an image, a
 * moved lesson, the one-page handbook, a stylesheet, _headers. For the export's own tests,
 * which need a site with exactly these cases and no build.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'";
export const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title>${head}` +
  `<meta http-equiv="content-security-policy" content="${POLICY}"><link rel="stylesheet" href="/h/style.css"></head>` +
  `<body><main>${body}</main></body></html>`;
const redirect = (to: string) => `<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0; url=${to}"></head><body></body></html>`;

/** A built site under the base path /h/: home, a lesson with a section page and an image, a moved lesson, the one-page handbook. */
export function builtSite(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-export-'));
  const all: Record<string, string> = {
    'index.html': page('<a href="/h/lessons/a/">A</a> <a href="/h/lessons/old/#why">Old</a>', '<link rel="canonical" href="https://example.com/h/">'),
    'lessons/a/index.html': page('<h1 id="top">A</h1><a href="/h/lessons/a/why/">why</a><section id="why"><img src="/h/pic.svg" alt=""></section>'),
    'lessons/a/why/index.html': redirect('../#why'),
    'lessons/old/index.html': redirect('/h/lessons/a/'),
    'print/index.html': page('<a href="#a--why">why</a>'),
    'style.css': 'main { background: url(/h/pic.svg); }',
    'pic.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    '_headers': '/*\n',
    ...files,
  };
  for (const [file, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

