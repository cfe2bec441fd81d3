// What a page's HTML needs of its policy, element by element: each remote origin in the
// directive it loads through, whatever the quoting; 'self' only for a local object; hashes
// of style attributes (with 'unsafe-hashes') and of <style> elements; nothing for links.
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/site/csp.ts';
import { pageNeeds, policyFor } from '../../src/write/policy.ts';

const root = new URL('https://handbook.example/');
const page = new URL('lessons/x/', root);
const needs = (html: string) => Object.fromEntries([...pageNeeds(html, page, root).sources].map(([d, v]) => [d, [...v].sort()]));

describe('what a page needs of its policy', () => {
  it('puts each remote origin in the directive its element loads through', () => {
    expect(
      needs(
        '<img src=https://img.example/a.png alt=""><picture><source srcset="https://cdn.example/w.png 2x"></picture>' +
          '<video poster="https://img.example/p.png"><source src="https://media.example/v.webm"></video><audio src="//media.example/a.mp3"></audio>' +
          '<iframe src="https://www.youtube.com/embed/x" title="x"></iframe><object data="https://files.example/d.svg"></object>' +
          '<a href="https://elsewhere.example/">a link loads nothing</a>',
      ),
    ).toEqual({
      'img-src': ['https://cdn.example', 'https://img.example'],
      'media-src': ['https://media.example'],
      'frame-src': ['https://www.youtube.com'],
      'object-src': ['https://files.example'],
    });
  });

  it('allows a local object with \'self\', and a local image with nothing more', () => {
    expect(needs('<object data="/files/d.svg"></object><img src="/files/a.png" alt="">')).toEqual({ 'object-src': ["'self'"] });
  });

  it('hashes style attributes (decoded) and <style> elements, and images a style attribute loads', () => {
    expect(needs('<p style="color: red">x</p><div style=\'background: url(https://img.example/bg.png)\'>y</div><style>p{margin:0}</style>')).toEqual({
      'img-src': ['https://img.example'],
      'style-src': [`'${sha256('background: url(https://img.example/bg.png)')}'`, `'${sha256('color: red')}'`, `'${sha256('p{margin:0}')}'`].sort(),
    });
  });

  it('widens the page policy: sources beside the directive’s own, \'none\' replaced, \'unsafe-hashes\' beside style hashes, default-src for a directive left out', () => {
    const policy = "default-src 'self'; img-src 'self' data:; object-src 'none'; style-src 'self'";
    const widened = policyFor(policy, pageNeeds('<img src="https://img.example/a.png" alt=""><object data="/d.svg"></object><p style="color: red">x</p><iframe src="https://v.example/e" title="v"></iframe>', page, root));
    expect(widened).toBe(
      `default-src 'self'; img-src 'self' data: https://img.example; object-src 'self'; style-src 'self' 'unsafe-hashes' '${sha256('color: red')}'; frame-src 'self' https://v.example`,
    );
    expect(policyFor(policy, pageNeeds('<p>nothing</p>', page, root))).toBe(policy);
  });

  it('adds \'unsafe-hashes\' only for style attributes: a page with only <style> elements gets their hashes alone', () => {
    const policy = "default-src 'self'; style-src 'self'";
    expect(policyFor(policy, pageNeeds('<style>p{margin:0}</style><p>x</p>', page, root))).toBe(`default-src 'self'; style-src 'self' '${sha256('p{margin:0}')}'`);
  });
});
