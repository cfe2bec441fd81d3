import { describe, expect, it } from 'vitest';
import { parseBody as parse } from '../../src/load/parse.ts';
import { readBody } from '../../src/load/body.ts';
import { kindOfHeading, readSections } from '../../src/load/sections.ts';
import { sectionTree } from '../../src/render/section-tree.ts';


const seedBody = `## The short version

You own the what and the why.

## Why it matters

Trust.

## How to be a partner engineers trust

Habits.

## Common mistakes

- Specifying the how.

## In a startup

Blurry.

## In an enterprise

SDM and TPM.

## Quick check

Optional — test the lesson. Nothing is gated.
`;

describe('sections of a lesson', () => {
  it('recognises every standard kind from the seed lesson headings and gives each its fixed id', () => {
    const { sections, issues } = readSections(parse(seedBody));
    expect(issues).toEqual([]);
    expect(sections.map((s) => [s.id, s.kind])).toEqual([
      ['short-version', 'short-version'],
      ['why-it-matters', 'why-it-matters'],
      ['how-to', 'how-to'],
      ['common-mistakes', 'common-mistakes'],
      ['in-a-startup', 'in-a-startup'],
      ['in-an-enterprise', 'in-an-enterprise'],
      ['quick-check', 'quick-check'],
    ]);
  });

  it('keeps a how-to section id when its heading is reworded', () => {
    expect(kindOfHeading('How to be a partner engineers trust')).toBe('how-to');
    expect(kindOfHeading('How to earn trust, fast')).toBe('how-to');
    const { sections } = readSections(parse('## How to earn trust, fast\n\nText.\n'));
    expect(sections[0]!.id).toBe('how-to');
  });

  it("gives an author's own section an id from its heading", () => {
    const { sections } = readSections(parse('## Further reading: books & talks\n\nText.\n'));
    expect(sections[0]).toMatchObject({ id: 'further-reading-books--talks', kind: 'custom' });
  });

  it('lets an author fix an id, a kind and former ids on the heading line', () => {
    const { sections, issues } = readSections(
      parse('## Pitfalls to avoid <Section id="common-mistakes" kind="common-mistakes" formerIds="pitfalls traps" />\n\n- x\n'),
    );
    expect(issues).toEqual([]);
    expect(sections[0]).toMatchObject({
      id: 'common-mistakes',
      kind: 'common-mistakes',
      title: 'Pitfalls to avoid',
      formerIds: ['pitfalls', 'traps'],
    });
  });

  it('reports two sections given the same id, with both lines and the fix', () => {
    const { issues } = readSections(parse('## Notes {#notes}\n\nA.\n\n## Notes {#notes}\n\nB.\n', 'md'));
    expect(issues).toEqual([
      {
        line: 5,
        field: 'section "Notes"',
        message: 'id "notes" is already used by the section on line 1; give one of them its own id with {#its-id} at the end of its heading',
      },
    ]);
  });

  it('reports an unknown kind on a heading, listing the kinds there are', () => {
    const { issues } = readSections(parse('## Extra <Section kind="faq" />\n\nA.\n'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 1, field: '<Section kind>' });
    expect(issues[0]!.message).toContain('short-version');
  });

  it('reads an opening "#" heading as the title, and a later one as a section', () => {
    const { title, sections, issues } = readSections(parse('# Small changes\n\nWhy small.\n\n## The short version\n\nA.\n\n# Appendix\n\nB.\n', 'md'));
    expect(issues).toEqual([]);
    expect(title).toEqual({ index: 0, text: 'Small changes' });
    expect(sections.map((s) => s.id)).toEqual(['short-version', 'appendix']);
  });

  it('a "#" heading that differs from the frontmatter title is a section, not lost', () => {
    const { title, sections } = readSections(parse('# Another name\n\nText.\n', 'md'), { title: 'The title' });
    expect(title).toBeUndefined();
    expect(sections.map((s) => s.title)).toEqual(['Another name']);
  });

  it('reads {#id}, kind and former ids written for GitHub-era tools on the heading line, in Markdown and MDX alike', () => {
    for (const format of ['md', 'mdx'] as const) {
      const { sections, anchors, issues } = readSections(
        parse('## Pitfalls {#pitfalls kind=common-mistakes formerIds="old_traps gotchas"}\n\n### Deeper {#deep_one}\n\n### Plain words\n', format),
      );
      expect(issues, format).toEqual([]);
      expect(sections[0], format).toMatchObject({ id: 'pitfalls', kind: 'common-mistakes', title: 'Pitfalls', formerIds: ['old_traps', 'gotchas'] });
      expect(anchors.map((a) => a.id), format).toEqual(['deep_one', 'plain-words']);
    }
  });

  it('keeps braces that are words, not attributes, in the heading', () => {
    const { sections } = readSections(parse('## Using {placeholders}\n\nA.\n', 'md'));
    expect(sections[0]!.title).toBe('Using {placeholders}');
  });

  it('gives a standard section the anchor GitHub gives its heading too, so links written for GitHub land', () => {
    const { sections } = readSections(parse('## How to be a partner engineers trust\n\nA.\n'));
    expect(sections[0]).toMatchObject({ id: 'how-to', aliases: ['how-to-be-a-partner-engineers-trust'] });
  });

  it('reads <Section> off a heading inside a quote or a list too, in MDX, with no "import it" error', () => {
    const body = '## The short version\n\nText.\n\n> ### Note <Section id="a-note" />\n>\n> Quoted.\n\n- ### In a list <Section id="listed" />\n';
    const read = readBody(body, { format: 'mdx', quizIds: [], title: undefined });
    expect(read.issues).toEqual([]);
    expect([...read.anchors]).toEqual(expect.arrayContaining(['a-note', 'listed']));
  });

  it('quotes an anchor no link can use', () => {
    const { issues } = readSections(parse('## Notes {#my notes}\n\nA.\n', 'md'));
    expect(issues).toEqual([]); // `{#my notes}` is not an attribute block: the words stay in the heading
    const bad = readSections(parse('## Notes <Section formerIds="ok old!" />\n\nA.\n'));
    expect(bad.issues[0]!.message).toBe('"old!" is not an anchor a link can use: write letters, digits, hyphens and underscores, with no spaces, like "common-mistakes"');
  });
});

describe('the section renderer', () => {
  it('wraps each section in its own element and keeps every block of prose', () => {
    const tree = parse(seedBody);
    const quiz = [{ id: 'owns', type: 'open' as const, question: 'What does the PM own?', answer: 'The what and the why.' }];
    const { children } = sectionTree(tree, readSections(tree), { lesson: 'seed', quiz });
    const tags = children.map((c) => (c.data as { hName?: string } | undefined)?.hName);
    // five sections, then startup + enterprise as one pair, then quick check
    expect(tags).toEqual(['section', 'section', 'section', 'section', 'div', 'section']);
    const text = JSON.stringify(children);
    for (const words of ['You own the what and the why.', 'Specifying the how.', 'SDM and TPM.', 'Nothing is gated.']) {
      expect(text).toContain(words);
    }
    expect(text).toContain('"hName":"lb-quiz"');
    expect(text).toContain('What does the PM own?');
  });

  it('adds a Quick check section for a quiz whose lesson has no Quick check heading', () => {
    const tree = parse('## The short version\n\nA.\n');
    const quiz = [{ id: 'q', type: 'open' as const, question: 'Q?', answer: 'A.' }];
    const { sections } = sectionTree(tree, readSections(tree), { lesson: 'x', quiz });
    expect(sections.map((s) => s.id)).toEqual(['short-version', 'quick-check']);
  });

  it('keeps prose that comes before the first section', () => {
    const tree = parse('An opening line.\n\n## The short version\n\nA.\n');
    const { children } = sectionTree(tree, readSections(tree));
    expect(JSON.stringify(children[0])).toContain('An opening line.');
  });
});
