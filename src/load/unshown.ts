/**
 * What GitHub draws from a lesson's text and the handbook's pages cannot: diagrams and maps
 * from code blocks (```mermaid, ```geojson, ```topojson, ```stl) and math (```math, $$…$$,
 * $…$). The page shows their source as written; the check names each as a note, so the author
 * knows before a reader does. Read from the lesson's mdast (code and inline code excepted:
 * a `$` there is code).
 */
import type { Root } from 'mdast';
import type { LessonIssue } from './issues.ts';

interface AnyNode {
  type: string;
  lang?: string | null;
  value?: unknown;
  children?: AnyNode[];
  position?: { start: { line: number } };
}

/** The fenced languages GitHub draws, and what it draws. */
const DRAWN: Record<string, string> = {
  mermaid: 'a Mermaid diagram',
  geojson: 'a map',
  topojson: 'a map',
  stl: 'a 3D model',
  math: 'math',
};

/** `$$` (display math), or `$x^2$`: a `$` run holding something TeX-like, not a price ("$5 and $10"). */
const DISPLAY_MATH = /\$\$/;
const INLINE_MATH = /(?<![\\$\w])\$(?![\s$])([^$\n]+?)(?<![\s\\])\$(?![\d$])/g;
const TEX_LIKE = /[\\^_{}=]|^[A-Za-z]$/;

const hasMath = (text: string) => DISPLAY_MATH.test(text) || Array.from(text.matchAll(INLINE_MATH)).some((m) => TEX_LIKE.test(m[1]!));

/** A note for each thing in `tree` the page shows as its source. */
export function unshownNotes(tree: Root): LessonIssue[] {
  const notes: LessonIssue[] = [];
  const visit = (node: AnyNode) => {
    const line = node.position?.start.line;
    if (node.type === 'code') {
      const lang = node.lang?.trim().split(/\s/)[0]?.toLowerCase() ?? '';
      const drawn = Object.hasOwn(DRAWN, lang) ? DRAWN[lang] : undefined;
      if (drawn) {
        notes.push({
          line,
          field: `code block "${lang}"`,
          message: `GitHub shows this as ${drawn}; the page shows its source as code. To show the ${drawn === 'math' ? 'formula' : 'picture'} itself, add it as an image: ![what it shows](${lang === 'math' ? 'formula' : 'diagram'}.svg)`,
        });
      }
      return;
    }
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      // The words of one block, read together: `$$` may open on one line and close on another.
      const text = (node.children ?? []).map((c) => (c.type === 'text' ? String(c.value) : ' ')).join('');
      if (text.includes('$') && hasMath(text)) {
        notes.push({ line, field: 'math', message: 'GitHub typesets $…$ and $$…$$ as math; the page shows the dollar signs and the TeX as written. Write the formula in words, or add it as an image' });
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree as unknown as AnyNode);
  return notes;
}
