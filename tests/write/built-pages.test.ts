// The pieces of the write stage (src/write/) that read and cut built pages, on small pages of
// their own: the policy <meta> read as a browser reads it, and a lesson's links on a page of
// many lessons going where that page says.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrame } from '../../src/write/built-page.ts';
import { metaPolicy } from '../../src/write/headers.ts';
import { inPageLink, scopeLessonHtml } from '../../src/write/print-scope.ts';

describe('the policy of a page', () => {
  it('is read with its entities decoded, however the attributes are quoted or cased', () => {
    expect(metaPolicy(`<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; img-src &apos;self&apos; data:"></head>`)).toBe(
      "default-src 'self'; img-src 'self' data:",
    );
    expect(metaPolicy(`<meta content="script-src 'self' &amp; more" HTTP-EQUIV='Content-Security-Policy'>`)).toBe("script-src 'self' & more");
  });

  it('is undefined on a page without one, and is not found in text that only looks like one', () => {
    expect(metaPolicy('<p>no policy here</p>')).toBeUndefined();
    expect(metaPolicy(`<script>const s = '<meta http-equiv="content-security-policy" content="x">';</script>`)).toBeUndefined();
  });
});

describe('a lesson on a page of many lessons', () => {
  const html = '<h2 id="a">A</h2><a href="#a">here</a><a href="/lessons/other/#b">other</a><a href="https://example.org/">out</a>';

  it('on the one-page handbook: ids scoped, and links within the handbook landing on the page', () => {
    const scoped = scopeLessonHtml(html, { lesson: 'one', link: inPageLink('one', '/', new Map([['other', 'other'], ['old', 'other']])) });
    expect(scoped).toBe('<h3 id="one--a">A</h3><a href="#one--a">here</a><a href="#other--b">other</a><a href="https://example.org/">out</a>');
  });

  it('elsewhere: ids scoped, and links going where the page’s link() says', () => {
    const scoped = scopeLessonHtml(html, { lesson: 'one', link: (href) => (href.startsWith('#') ? `/lessons/one/${href}` : undefined) });
    expect(scoped).toBe('<h3 id="one--a">A</h3><a href="/lessons/one/#a">here</a><a href="/lessons/other/#b">other</a><a href="https://example.org/">out</a>');
  });
});

describe('a page Astro rendered for the write stage to fill', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-frame-'));

  it('splits at its marker', () => {
    const file = path.join(dir, 'framed.html');
    writeFileSync(file, '<main>[[MARK]]</main>');
    const frame = readFrame(file, '[[MARK]]', 'the lessons', 'a route');
    expect(frame).toEqual({ before: '<main>', after: '</main>' });
  });

  it('without its marker, names the file, the marker and the route', () => {
    const file = path.join(dir, 'plain.html');
    writeFileSync(file, '<main></main>');
    expect(() => readFrame(file, '[[MARK]]', 'the lessons', 'src/site/routes/print.astro')).toThrow(
      `${file}: no [[MARK]] marker where the lessons go; did src/site/routes/print.astro change?`,
    );
  });
});
