// Links in HTML an author writes into a lesson are read with an HTML parser: the checker
// sees exactly the URLs a browser would follow, and the renderer rewrites exactly those.
import { describe, expect, it } from 'vitest';
import { readBody } from '../../src/load/body.ts';
import { rewriteHtmlUrls } from '../../src/load/html.ts';

const body = [
  '<p><img src=diagram.png width="300"> <a href=\'../guides/setup.md#install\' title="see href=&quot;x&quot;">Setup</a></p>',
  '',
  '<!-- <a href="old-notes.md">old</a> -->',
  '',
  '<a href="a&amp;b.md">both</a>',
].join('\n');

describe('HTML in a lesson', () => {
  it('gives the checker every URL a browser would follow, unquoted and entity-encoded ones included, and none from a comment or another attribute', () => {
    const links = readBody(body, { format: 'md', quizIds: [], title: 'T' }).links.map((l) => [l.url, l.line]);
    expect(links).toEqual([
      ['diagram.png', 1],
      ['../guides/setup.md#install', 1],
      ['a&b.md', 5],
    ]);
  });

  it('is rewritten only where a URL is, and otherwise left byte for byte', () => {
    const html = '<img src=diagram.png width="300"><a title="href=x" href="b.md">b</a>';
    expect(rewriteHtmlUrls(html, (url) => (url === 'b.md' ? '/h/lessons/b/?a=1&b=2' : undefined))).toBe(
      '<img src=diagram.png width="300"><a title="href=x" href="/h/lessons/b/?a=1&amp;b=2">b</a>',
    );
  });
});
