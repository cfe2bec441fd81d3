// Section pages are written after the Astro build (src/write/section-pages.ts): what a reader
// or a chat app gets must read as a real page, and nothing the build uses on the way ships.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sectionPageHtml } from '../../src/site/section-page.ts';
import { FRAME } from '../../src/contract/index.ts';
import { base, distDir, htmlFiles, site } from '../quality/site';

describe('the built site', () => {
  it('ships no unfilled marker', () => {
    const markers = Object.values(FRAME);
    const unfilled = htmlFiles().filter((file) => {
      const html = readFileSync(path.join(distDir, file), 'utf8');
      return markers.some((marker) => html.includes(marker));
    });
    expect(unfilled).toEqual([]);
  });

  it('gives every section of the seed lesson a page titled after it that sends readers to it', () => {
    const page = readFileSync(path.join(distDir, 'lessons/working-with-engineering/common-mistakes/index.html'), 'utf8');
    expect(page).toContain('<title>Common mistakes — Working with engineering · ');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=../#common-mistakes">');
    const url = new URL(`${base}lessons/working-with-engineering/common-mistakes/`, site).href;
    expect(page).toContain(`<meta property="og:url" content="${url}">`);
  });
});

it('a section title with markup characters is escaped, not injected', () => {
  const html = sectionPageHtml(
    { title: 'H', site: 'https://example.com', base: '/', policy: undefined, favicon: false },
    { slug: 'l', title: 'L', tagline: 'T', intro: '', sections: [] },
    { id: 's', title: '<script>alert(1)</script> & "quotes"', summary: 'D' },
    's',
  );
  expect(html).not.toContain('<script>');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
});
