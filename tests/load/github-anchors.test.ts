/**
 * Anchors as GitHub gives them, so links written for GitHub land: repeated headings are
 * numbered `-1`, `-2` in document order across every level, ids written in a lesson's own
 * HTML (`<th id>`, `<a id>`, `<a name>`) are link targets, and what happens when such an id
 * is one the page already gives a heading. Read the way the check and the renderer read a
 * lesson (readBody, readSections).
 */
import { describe, expect, it } from 'vitest';
import { readBody } from '../../src/load/body.ts';
import { parseBody } from '../../src/load/parse.ts';
import { readSections } from '../../src/load/sections.ts';
import { sectionTree } from '../../src/render/section-tree.ts';

const read = (body: string, format: 'md' | 'mdx' = 'md') => readBody(body, { format, quizIds: [], title: undefined });

/** The author's HTML as the renderer leaves it, and the ids of MDX elements: what the page gets of them. */
const rendered = (body: string, format: 'md' | 'mdx' = 'md') => {
  const tree = parseBody(body, format);
  const out: string[] = [];
  const walk = (node: { type: string; value?: unknown; attributes?: { name?: string; value?: unknown }[]; children?: unknown[] }) => {
    if (node.type === 'html') out.push(String(node.value));
    if (node.attributes) out.push(node.attributes.map((a) => `${a.name}=${String(a.value)}`).join(' '));
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  for (const child of sectionTree(tree, readSections(tree)).children) walk(child as never);
  return out.join('');
};

describe('headings with the same words get GitHub’s anchors', () => {
  it('numbers repeats -1, -2 in document order across all heading levels', () => {
    const body = '# Guide\n\n## Setup\n\nA.\n\n### Notes\n\nB.\n\n## Notes\n\nC.\n\n### Setup\n\nD.\n\n#### Notes\n\nE.\n';
    const { sections, anchors, issues } = readSections(parseBody(body, 'md'));
    expect(issues).toEqual([]);
    // GitHub: guide, setup, notes, notes-1, setup-1, notes-2
    expect(sections.map((s) => s.id)).toEqual(['setup', 'notes-1']);
    expect(anchors.map((a) => a.id)).toEqual(['notes', 'setup-1', 'notes-2']);
  });

  it('is not an error: two sections with one heading each have an anchor, and the check warns the second may move', () => {
    const facts = read('## FAQ\n\nA.\n\n## Details\n\nB.\n\n## FAQ\n\nC.\n');
    expect(facts.issues).toEqual([]);
    expect(facts.sectionIds).toEqual(['faq', 'details', 'faq-1']);
    expect(facts.warnings).toEqual([
      {
        line: 9,
        field: 'section "FAQ"',
        message:
          'its words repeat the heading on line 1, so its anchor is #faq-1, numbered as GitHub numbers it; the number changes when a heading with these words is added above it: to keep links to this section stable, give it its own id with {#its-id} at the end of its heading',
      },
    ]);
  });

  it('a repeated standard section keeps its fixed id for the first and GitHub’s number for the next', () => {
    const facts = read('## Common mistakes\n\n- a\n\n## Common mistakes\n\n- b\n');
    expect(facts.sectionIds).toEqual(['common-mistakes', 'common-mistakes-1']);
  });

  it('an id the author gives still wins, and two given the same id are still an error', () => {
    expect(read('## Notes\n\nA.\n\n## More {#notes}\n\nB.\n').sectionIds).toEqual(['notes-1', 'notes']);
    expect(read('## A {#x}\n\nA.\n\n## B {#x}\n\nB.\n').issues).toHaveLength(1);
  });

  it('the same ids in MDX', () => {
    expect(read('## FAQ\n\nA.\n\n### FAQ\n\nB.\n\n## FAQ\n\nC.\n', 'mdx').anchors).toEqual(new Set(['faq', 'faq-title', 'faq-1', 'faq-2', 'faq-2-title']));
  });
});

describe('ids written in a lesson’s own HTML are link targets', () => {
  it('<th id>, <a id> and <a name> in Markdown are anchors of the lesson', () => {
    const body = '## Levels\n\n<table>\n<tr><th id="m3">M3</th></tr>\n</table>\n\n## Testing\n\n<a id="test_code"></a>\nText.\n\n<a name="old-setup"></a>\n';
    const facts = read(body);
    expect(facts.issues).toEqual([]);
    expect(facts.warnings).toEqual([]);
    expect([...facts.anchors]).toEqual(expect.arrayContaining(['m3', 'test_code', 'old-setup']));
  });

  it('an id on an MDX element and <a name> in MDX are anchors too', () => {
    const facts = read('## Levels\n\n<div id="m3">M3</div>\n\n<a name="old-setup" />\n', 'mdx');
    expect([...facts.anchors]).toEqual(expect.arrayContaining(['m3', 'old-setup']));
  });

  it('<a name> becomes an id on the page, in Markdown and in MDX', () => {
    expect(rendered('## Setup\n\nText <a name="old-setup"></a> here.\n')).toBe('<a id="old-setup"></a>');
    expect(rendered('## Setup\n\n<a name="old-setup" />\n', 'mdx')).toBe('id=old-setup');
  });

  it('<a name> just above its heading, as old READMEs do, lands on the heading, with no warning', () => {
    const facts = read('<a name="faq"></a>\n\n## FAQ\n\nA.\n\n## <a name="setup"></a>Setup\n\nB.\n');
    expect(facts.warnings).toEqual([]);
    expect(facts.sectionIds).toEqual(['faq', 'setup']);
    expect(rendered('<a name="faq"></a>\n\n## FAQ\n\nA.\n')).toContain('<a ></a>');
  });

  it('an HTML id that is also a heading’s anchor: the heading keeps it, the element loses it, and the check says so', () => {
    const body = '## FAQ\n\nA.\n\n## Table\n\n<table>\n<tr><th id="faq">Q</th></tr>\n</table>\n';
    const facts = read(body);
    expect(facts.issues).toEqual([]);
    expect(facts.warnings).toEqual([
      {
        line: 8,
        field: 'id "faq"',
        message:
          '#faq is also the anchor of the section "FAQ" on line 1; the page gives the id to that, so links to #faq land there and this element loses its id: give it another one if links should land here',
      },
    ]);
    expect(rendered(body)).toContain('<tr><th >Q</th></tr>');
  });

  it('the same id on two elements: the first keeps it', () => {
    const facts = read('## A\n\n<span id="x"></span>\n\n<span id="x"></span>\n');
    expect(facts.warnings.map((w) => [w.line, w.field])).toEqual([[5, 'id "x"']]);
  });
});

describe('where the check says a problem is', () => {
  it('a link inside a multi-line HTML block is reported at its own line', () => {
    const body = '## Links\n\n<table>\n<tr>\n<td><a href="one.md">one</a></td>\n<td>\n<img src="two.png"\n  alt="two">\n</td>\n</tr>\n</table>\n';
    expect(read(body).links.map(({ url, line }) => ({ url, line }))).toEqual([
      { url: 'one.md', line: 5 },
      { url: 'two.png', line: 7 },
    ]);
  });
});

describe('sections that hold sections', () => {
  it('a # heading holding only ## sections is not called empty; an empty one still is', () => {
    const facts = read('# Handbook\n\nIntro.\n\n# Part one\n\n## Step 1\n\nA.\n\n## Step 2\n\nB.\n\n# Part two\n\n## Step 3\n\nC.\n\n## Empty\n');
    expect(facts.warnings.map((w) => w.field)).toEqual(['section "Empty"']);
  });
});
