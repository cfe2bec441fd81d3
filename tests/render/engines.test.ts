/**
 * Both Markdown engines give the same lessons: one fixture handbook built on Astro's default
 * engine (Sätteri) and on unified() from @astrojs/markdown-remark, compared section by
 * section — ids, kinds, anchors, the quiz, links and what search indexes. On unified(), a
 * team's own remark and rehype plugins (real ones, from the registry) take effect on lessons.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectDocs } from '../../src/write/search-index.ts';
import { makeProject, type Project } from '../support/project';

const BUILD_TIME = 300_000;
const LESSONS = ['everything', 'estimates-and-trade-offs', 'written-for-github'];

/** What a lesson page's body is made of: every element with an id, class, href or data- attribute, in order. */
function structure(html: string): string[] {
  const body = html.slice(html.indexOf('<div class="lesson-body"'), html.lastIndexOf('</article>'));
  const out: string[] = [];
  const parser = new Parser({
    onopentag(name, attrs) {
      const kept = Object.entries(attrs)
        .filter(([k]) => k === 'id' || k === 'class' || k === 'href' || k === 'name' || k === 'value' || k === 'type' || k.startsWith('data-') || k.startsWith('aria-'))
        .map(([k, v]) => `${k}=${v}`);
      if (kept.length > 0) out.push(`<${name} ${kept.join(' ')}>`);
    },
  });
  parser.end(body);
  return out;
}

/** The quick check's markup, exactly. */
const quiz = (html: string) => html.slice(html.indexOf('<lb-quiz'), html.indexOf('</lb-quiz>') + '</lb-quiz>'.length);

const page = (project: Project, slug: string) => readFileSync(path.join(project.dist, 'lessons', slug, 'index.html'), 'utf8');

let satteri: Project;
let unified: Project;
beforeAll(() => {
  satteri = makeProject('engine-satteri', { lessons: 'tests/fixtures/engines' });
  unified = makeProject('engine-unified', {
    lessons: 'tests/fixtures/engines',
    engine: 'unified',
    remarkPlugins: [['remark-emoji', { emoticon: true }]],
    rehypePlugins: [['rehype-external-links', { target: '_blank', rel: ['noopener'] }]],
  });
  for (const project of [satteri, unified]) {
    const built = project.build();
    if (built.status !== 0) throw new Error(`the ${path.basename(project.root)} build failed:\n${built.output}`);
  }
}, BUILD_TIME);

describe('the same lessons on both Markdown engines', () => {
  for (const slug of LESSONS) {
    it(`${slug}: the same sections, kinds, anchors, links and ids`, () => {
      const a = structure(page(satteri, slug));
      const b = structure(page(unified, slug));
      expect(a.length).toBeGreaterThan(20);
      expect(b).toEqual(a);
    });

    it(`${slug}: the same quiz, to the byte`, () => {
      expect(quiz(page(unified, slug))).toBe(quiz(page(satteri, slug)));
    });
  }

  it('the same contents, section pages and search', () => {
    const contents = (html: string) => html.slice(html.indexOf('<nav class="contents"'), html.indexOf('</nav>', html.indexOf('<nav class="contents"')));
    expect(contents(page(unified, 'everything'))).toBe(contents(page(satteri, 'everything')));
    for (const section of ['further-reading', 'books', 'pitfalls', 'quick-check']) {
      const file = (p: Project) => readFileSync(path.join(p.dist, 'lessons', 'everything', section, 'index.html'), 'utf8');
      expect(file(unified), section).toBe(file(satteri));
    }
    const docs = (p: Project) => collectDocs(p.dist).docs.map((d) => [d.s, d.title]);
    expect(docs(unified)).toEqual(docs(satteri));
  });
});

describe('Astro’s content store, which a build and every save in astro dev pay for by its size', () => {
  const store = (p: Project) => readFileSync(path.join(p.root, 'node_modules', '.astro', 'data-store.json'), 'utf8');
  for (const engine of ['satteri', 'unified'] as const) {
    it(`keeps a lesson once on ${engine}: its fields as the schema read them and its sections; not its source, a second copy of its fields, or its rendered HTML, which is in a file beside the store`, () => {
      const project = engine === 'satteri' ? satteri : unified;
      const stored = store(project);
      // The description, read as the tagline: once, in the entry's data.
      expect(stored.split('A lesson as a GitHub handbook has it, to compare the engines').length - 1).toBe(1);
      // The sections the pages read from its frontmatter; its rendered HTML in a file of its own (src/collection/rendered.ts).
      expect(stored).toContain('"sections"');
      expect(stored).not.toContain('\\u003Cp>The words before the first section'); // devalue writes < as \u003C
      const rendered = path.join(project.root, 'node_modules', '.astro', 'lessonbook-rendered', 'lessons');
      const files = readdirSync(rendered).map((name) => readFileSync(path.join(rendered, name), 'utf8'));
      expect(files.filter((html) => html.includes('<p>The words before the first section, with a <a href'))).toHaveLength(1);
      // Not the Markdown source.
      expect(stored).not.toContain('[link to a repeated heading](#faq-1)');
    });
  }
});

describe('a team’s own remark and rehype plugins on unified()', () => {
  it('a remark plugin (remark-emoji, turning emoticons into emoji) changes the lesson’s text', () => {
    // `:tada:` is GitHub's, which the renderer shows on either engine; `:-)` only the plugin turns.
    expect(page(satteri, 'everything')).toContain('before the first section. 🎉 Smile :-)');
    expect(page(unified, 'everything')).toContain('before the first section. 🎉 Smile 😃');
  });

  it('a rehype plugin (rehype-external-links) changes the lesson’s links, after the sections are made', () => {
    const link = /<a href="https:\/\/example\.org\/guide"([^>]*)>a link out<\/a>/.exec(page(unified, 'everything'))?.[1] ?? '';
    expect(link).toContain('target="_blank"');
    expect(link).toContain('rel="noopener"');
    expect(page(satteri, 'everything')).toContain('<a href="https://example.org/guide">a link out</a>');
  });
});
