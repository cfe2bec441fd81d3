import { describe, expect, it } from 'vitest';
import { parseBody as parse } from '../src/load/parse.ts';
import { kindOfHeading, readSections } from '../src/load/sections.ts';
import { sectionTree } from '../src/render/section-tree.ts';


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

  it('reports two sections with the same id, with both lines and the fix', () => {
    const { issues } = readSections(parse('## Notes\n\nA.\n\n## Notes\n\nB.\n'));
    expect(issues).toEqual([
      {
        line: 5,
        field: 'section "Notes"',
        message: 'id "notes" is already used by the section on line 1; give one of them its own id with <Section id="..." /> on its heading',
      },
    ]);
  });

  it('reports an unknown kind on a heading, listing the kinds there are', () => {
    const { issues } = readSections(parse('## Extra <Section kind="faq" />\n\nA.\n'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 1, field: '<Section kind>' });
    expect(issues[0]!.message).toContain('short-version');
  });

  it('reports a "#" heading in the body, since the title comes from the frontmatter', () => {
    const { issues } = readSections(parse('# Title again\n\n## The short version\n\nA.\n'));
    expect(issues[0]).toMatchObject({ line: 1, field: 'heading' });
  });
});

describe('the section renderer', () => {
  it('wraps each section in its own element and keeps every block of prose', () => {
    const tree = parse(seedBody);
    const { sections } = readSections(tree);
    const quiz = [{ id: 'owns', type: 'open' as const, question: 'What does the PM own?', answer: 'The what and the why.' }];
    const { children } = sectionTree(tree, sections, { lesson: 'seed', quiz });
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
    const { sections } = sectionTree(tree, readSections(tree).sections, { lesson: 'x', quiz });
    expect(sections.map((s) => s.id)).toEqual(['short-version', 'quick-check']);
  });

  it('keeps prose that comes before the first section', () => {
    const tree = parse('An opening line.\n\n## The short version\n\nA.\n');
    const { children } = sectionTree(tree, readSections(tree).sections);
    expect(JSON.stringify(children[0])).toContain('An opening line.');
  });
});
