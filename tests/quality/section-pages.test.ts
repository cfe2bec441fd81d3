// Section pages and the one-page handbook are written after the Astro build
// (scripts/written-pages.mjs): what a reader or a chat app gets must read as a real page,
// and no build scaffolding ships.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS } from '../../scripts/lib/build-data.mjs';
import { compileFrame } from '../../scripts/lib/section-pages.mjs';
import { base, distDir, htmlFiles, site } from './site';

describe('the built site', () => {
  it('ships no frame, no build data and no unfilled placeholder', () => {
    expect(existsSync(path.join(distDir, 'build-data'))).toBe(false);
    const unfilled = htmlFiles().filter((file) => readFileSync(path.join(distDir, file), 'utf8').includes('__LB_'));
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
  const frame = Object.values(PLACEHOLDERS).map((token) => `<p>${token}</p>`).join('');
  const fill = compileFrame(frame);
  const html = fill({ title: '<script>alert(1)</script> & "quotes"', lessonTitle: 'L', description: 'D', lesson: 'l', section: 's', target: 't' });
  expect(html).not.toContain('<script>');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
});

it('a frame missing a placeholder is refused, so a page can never lose its title silently', () => {
  expect(() => compileFrame(`<title>${PLACEHOLDERS.title}</title>`)).toThrow(/no lessonTitle placeholder/);
});
