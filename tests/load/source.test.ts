// One reader of a lesson's frontmatter: the checker's split and the MDX preparation the
// build runs find the same block, leading blank lines and all, as Astro does.
import { describe, expect, it } from 'vitest';
import { prepareMdx } from '../../src/load/mdx-source.ts';
import { splitLesson } from '../../src/load/source.ts';

const lesson = '\n\n---\ntitle: "Notes <!-- kept -->"\n---\n\n## Why it matters {#why}\n\n<!-- a note -->\n';

describe('a lesson whose frontmatter follows blank lines', () => {
  it('is split with its frontmatter read and its body on the file’s own lines', () => {
    const split = splitLesson(lesson);
    if (!('source' in split)) throw new Error(split.issue.message);
    expect(split.source.frontmatter).toBe('\ntitle: "Notes <!-- kept -->"\n');
    expect(split.source.frontmatterLine).toBe(3);
    expect(split.source.body.split('\n')[6]).toBe('## Why it matters {#why}');
  });

  it('keeps its frontmatter exactly as written when prepared for MDX, and prepares only the body', () => {
    const prepared = prepareMdx(lesson);
    expect(prepared).toContain('title: "Notes <!-- kept -->"');
    expect(prepared).toContain('## Why it matters \\{#why\\}');
    expect(prepared).toContain('{/* a note */}');
    expect(prepared.split('\n').length).toBe(lesson.split('\n').length);
  });
});
