// The head every page has (src/site/head.ts): what it is given, escaped.
import { describe, expect, it } from 'vitest';
import { headHtml } from '../../src/site/head.ts';

describe('the head of a page', () => {
  it('escapes what it is given, in text and attributes alike', () => {
    const head = headHtml({ siteTitle: 'H & co', title: '<b>"x"</b>', description: "it's", ogType: 'website' });
    expect(head).toContain('<title>&lt;b&gt;&quot;x&quot;&lt;/b&gt; · H &amp; co</title>');
    expect(head).toContain('<meta property="og:title" content="&lt;b&gt;&quot;x&quot;&lt;/b&gt;">');
    expect(head).toContain('<meta name="description" content="it&#39;s">');
    expect(head).not.toContain('rel="canonical"');
    expect(head).not.toContain('og:url');
  });
});
