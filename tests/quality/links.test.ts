// No broken internal link or section anchor: every link, stylesheet, script and image a
// built page points at is a file in dist/ (under the base path, with trailing slashes),
// and every #fragment is an id on its page.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, formatBroken } from '../support/links.ts';
import { base, distDir, htmlFiles, site } from './site';

describe('internal links of the built site', () => {
  it('every internal link and #anchor in dist/ lands on a file and an id that exist', () => {
    const report = checkLinks(distDir, { base, site });
    console.log(`links: ${report.links} internal links checked (${report.fragments} with a #fragment) on ${report.pages} pages, ${report.broken.length} broken`);
    expect(report.broken.length, `\n${formatBroken(report.broken)}\n`).toBe(0);
    expect(report.pages).toBe(htmlFiles().length);
    // Each lesson's table of contents alone links to its sections: far more than one per page.
    expect(report.fragments).toBeGreaterThan(report.pages);
  });
});

/** A tiny site on disk: `files` maps paths to contents. */
function site_(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-links-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}
const page = (body: string) => `<!doctype html><html><head><link rel="stylesheet" href="/s.css"></head><body>\n${body}\n</body></html>`;

describe('the link checker', () => {
  const dir = site_({
    'index.html': page('<a href="/a/">A</a>\n<a href="/a/#intro">intro</a>\n<a href="/a/#nope">nope</a>\n<a href="/a">no slash</a>\n<a href="/gone/">gone</a>\n<img src="pic.png" alt="">\n<a href="https://elsewhere.example/">out</a> <a href="mailto:x@example.com">mail</a>'),
    'a/index.html': page('<h2 id="intro">Intro</h2><a href="../">home</a><a href="#top">top</a><a href="#intro">here</a>'),
    's.css': 'body { background: url("bg.svg"); }',
  });

  it('names the file, line, link and reason of each broken link, and nothing else', () => {
    const report = checkLinks(dir);
    expect(formatBroken(report.broken).split('\n')).toEqual([
      'index.html:4: /a/#nope no id="nope" on a/index.html',
      "index.html:5: /a lacks the trailing slash (the site uses trailingSlash: 'always')",
      'index.html:6: /gone/ no file gone/index.html',
      'index.html:7: pic.png no file pic.png',
      's.css:1: bg.svg no file bg.svg',
    ]);
    expect(report.links).toBe(12); // 2 stylesheets, 6 on the home page, 3 on /a/, 1 in the CSS
  });

  it('checks links under a base path, and absolute links to the site itself', () => {
    const under = site_({
      'index.html': page('<link rel="canonical" href="https://example.org/docs/a/"><a href="/docs/a/">A</a><a href="/a/">outside</a><a href="https://example.org/docs/missing/">gone</a>'),
      'a/index.html': page(''),
      's.css': '',
    });
    const report = checkLinks(under, { base: '/docs/', site: 'https://example.org' });
    expect(report.broken.map((b) => `${b.url} ${b.reason}`)).toEqual([
      '/s.css is outside the base path /docs/',
      '/s.css is outside the base path /docs/',
      '/a/ is outside the base path /docs/',
      'https://example.org/docs/missing/ no file missing/index.html',
    ]);
  });

  it('opened from disk (file://), a folder link or a root-relative link is broken', () => {
    const offline = site_({
      'index.html': '<a href="a/index.html#intro">ok</a><a href="a/">folder</a><a href="/a/index.html">root</a>',
      'a/index.html': '<h2 id="intro">Intro</h2>',
    });
    const report = checkLinks(offline, { mode: 'file' });
    expect(report.broken.map((b) => b.url)).toEqual(['a/', '/a/index.html']);
    expect(report.broken[0].reason).toMatch(/folder/);
    expect(report.fragments).toBe(1);
  });
});
