/**
 * What GitHub shows in a lesson, the page shows too, on both Markdown engines and the same:
 * alerts as labelled callouts, code highlighted with classes (no style attributes), footnotes
 * with their back-links, and `:emoji:` shortcodes.
 */
import { describe, expect, it } from 'vitest';
import { ENGINES, renderLesson } from './render-lesson.ts';

/** The HTML with the engines' harmless differences evened out: `attr=""` and `attr`, how `<` and `>` are escaped in text, newlines between blocks. */
const even = (html: string) =>
  html
    .replace(/=""/g, '')
    .replace(/&#x3C;/g, '&lt;')
    .replace(/(>[^<]*)/g, (t) => t.replace(/>(?!$)/g, (m, i) => (i === 0 ? m : '&gt;')))
    .replace(/\n+/g, '\n')
    .replace(/>\n</g, '><')
    .trim();

const LESSON = `## The short version

Before you ship :rocket:, read the note.[^why]

> [!NOTE]
> Useful information.

> [!warning]
> Careful **now**.

> [!TIP]\\
> After a hard break.

> [!CAUTION]

> Just a quote with [!NOTE] inside.

- > [!IMPORTANT]
  > In a list: a quote, as on GitHub.

\`\`\`js
const answer = "<b>" + 42; // the answer
\`\`\`

\`\`\`unknown-language
<b>kept as text</b>
\`\`\`

Code keeps its colons: \`:rocket:\`, and so do [links](https://example.org/:rocket:), :unknown_name: and :shipit:.

[^why]: Because it says why.
`;

describe('GitHub Markdown in a lesson, on both engines', () => {
  for (const engine of ENGINES) {
    describe(engine, () => {
      it('an alert becomes a callout labelled with its kind, in any letter case', async () => {
        const html = await renderLesson(engine, LESSON);
        expect(html).toContain('<div class="callout callout--note" role="note"><p class="callout-title">Note</p><p>Useful information.</p></div>');
        expect(html).toContain('<div class="callout callout--warning" role="note"><p class="callout-title">Warning</p><p>Careful <strong>now</strong>.</p></div>');
        expect(html).toContain('<div class="callout callout--tip" role="note"><p class="callout-title">Tip</p><p>After a hard break.</p></div>');
      });

      it('what GitHub leaves a quote stays a quote: a marker alone, one inside the text, one in a list', async () => {
        const html = await renderLesson(engine, LESSON);
        expect(html).toMatch(/<blockquote>\s*<p>\[!CAUTION\]<\/p>\s*<\/blockquote>/);
        expect(html).toContain('Just a quote with [!NOTE] inside.');
        expect(html).toContain('[!IMPORTANT]');
        expect(html.match(/class="callout /g)).toHaveLength(3);
      });

      it('code with a language is highlighted with token classes, its text escaped, and no style attribute', async () => {
        const html = await renderLesson(engine, LESSON);
        const js = /<pre><code class="language-js">([\s\S]*?)<\/code><\/pre>/.exec(html)?.[1];
        expect(js).toBeDefined();
        expect(js).toContain('<span class="token keyword">const</span>');
        expect(js).toContain('<span class="token number">42</span>');
        expect(js).toContain('<span class="token comment">// the answer</span>');
        expect(even(js!)).toContain('<span class="token string">"&lt;b&gt;"</span>');
        expect(html).not.toContain('style=');
      });

      it('code in a language the highlighter does not know is shown as written', async () => {
        const html = await renderLesson(engine, LESSON);
        expect(even(html)).toContain('<pre><code class="language-unknown-language">&lt;b&gt;kept as text&lt;/b&gt;\n</code></pre>');
      });

      it('emoji shortcodes show their emoji in the words, not in code or URLs, and unknown names stay', async () => {
        const html = await renderLesson(engine, LESSON);
        expect(html).toContain('Before you ship 🚀, read the note.');
        expect(html).toContain('<code>:rocket:</code>');
        expect(html).toContain('href="https://example.org/:rocket:"');
        expect(html).toContain(':unknown_name: and :shipit:.');
      });

      it('a footnote links to its note, and the note links back with a label', async () => {
        const html = await renderLesson(engine, LESSON);
        expect(even(html)).toContain('<sup><a href="#user-content-fn-why" id="user-content-fnref-why" data-footnote-ref aria-describedby="footnote-label">1</a></sup>');
        expect(html).toMatch(/<li id="user-content-fn-why">\s*<p>Because it says why\. <a href="#user-content-fnref-why" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩<\/a><\/p>/);
        expect(html).toContain('<h2 class="sr-only" id="footnote-label">Footnotes</h2>');
      });
    });
  }

  it('both engines give the same HTML', async () => {
    const [a, b] = await Promise.all(ENGINES.map((engine) => renderLesson(engine, LESSON)));
    expect(even(b!)).toBe(even(a!));
  });
});

describe('an emoji in a heading', () => {
  for (const engine of ENGINES) {
    it(`${engine}: shows in the heading, and the anchor is the one GitHub gives it`, async () => {
      const html = await renderLesson(engine, '## Ship it :rocket:\n\nText.\n\n### The `:tada:` option\n\nMore.\n');
      expect(html).toContain('<section id="ship-it-" ');
      expect(html).toContain('<h2 id="ship-it--title">Ship it 🚀</h2>');
      expect(html).toContain('<h3 id="the-tada-option">The <code>:tada:</code> option</h3>');
    });
  }
});
