/**
 * A lesson's body, read by the build's own rules: parsed by Sätteri (Astro's default
 * engine), its sections found by `readSections` (the function the renderer calls).
 * Collects the sections the pages list and what the cross-lesson checks need: the anchors
 * the lesson offers and the links it makes.
 */
import type { Root, RootContent } from 'mdast';
import type { Section } from '../schema/section.ts';
import type { LessonIssue } from './issues.ts';
import type { Link } from './model.ts';
import { parseBody } from './parse.ts';
import { readSections } from './sections.ts';


/** A section as the pages and the stages after the build know it. */
export interface SectionInfo extends Section {
  /** Its opening sentence: what a link preview shows. */
  summary: string;
}

export interface BodyFacts {
  issues: LessonIssue[];
  warnings: LessonIssue[];
  /** The sections, in order. */
  sections: SectionInfo[];
  /** Every `#id` a reader can land on in this lesson: sections, their former ids, quiz questions. */
  anchors: Set<string>;
  /** The current section ids, in order, for suggestions. */
  sectionIds: string[];
  /** The sections with a shareable page, /lessons/<slug>/<id>/: current and former ids. */
  sectionPages: Set<string>;
  links: Link[];
}

interface AnyNode {
  type: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: AnyNode[];
  position?: { start: { line: number } };
}

/** Every link in the tree: Markdown links and definitions, and `href` on any JSX element. */
function collectLinks(node: AnyNode, links: Link[]): void {
  const line = node.position?.start.line;
  if ((node.type === 'link' || node.type === 'definition') && node.url) links.push({ url: node.url, line });
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    for (const attr of node.attributes ?? []) {
      if (attr.type === 'mdxJsxAttribute' && attr.name === 'href' && typeof attr.value === 'string') {
        links.push({ url: attr.value, line });
      }
    }
  }
  for (const child of node.children ?? []) collectLinks(child, links);
}

/** Sätteri's message, `3:1: Expected … (3:1) (mdx-jsx:rule)`, as line and plain words. */
function syntaxIssue(error: unknown): LessonIssue {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):\d+: ([\s\S]*?)(?: \(\d+:\d+\))?((?: [^()]+)?)(?: \([\w:-]+\))?$/.exec(text);
  const words = match ? `${match[2]}${match[3]}` : text;
  const literal = /`<|`\{|after `<`|expression/.test(words)
    ? '; in MDX, "<" and "{" start code: close the tag or brace, or write \\< or \\{ for the character itself'
    : '';
  return {
    line: match ? Number(match[1]) : undefined,
    field: 'body',
    message: `MDX cannot read this: ${words}${literal}`,
  };
}

function isEmpty(nodes: RootContent[]): boolean {
  return nodes.every((n) => n.type === 'html' && /^<!--[\s\S]*-->$/.test(n.value.trim()));
}

/** Reads the body; `quizIds` (from frontmatter valid enough to have them) adds the quiz anchors. */
export function readBody(body: string, bodyLine: number, quizIds: readonly string[]): BodyFacts {
  let tree: Root;
  try {
    tree = parseBody(body);
  } catch (error) {
    return { issues: [syntaxIssue(error)], warnings: [], sections: [], anchors: new Set(), sectionIds: [], sectionPages: new Set(), links: [] };
  }
  const { sections, issues } = readSections(tree);
  const warnings: LessonIssue[] = [];
  const sectionPages = new Set(sections.flatMap((s) => [s.id, ...s.formerIds]));
  // The renderer gives a quiz a Quick check section even when the author wrote none.
  if (quizIds.length > 0) sectionPages.add('quick-check');
  const anchors = new Set([...sectionPages, ...sections.map((s) => `${s.id}-title`)]);
  for (const id of quizIds) anchors.add(`quiz-${id}`);

  if (!sections.some((s) => s.kind === 'short-version')) {
    warnings.push({
      line: sections[0]?.line ?? bodyLine,
      field: 'sections',
      message: 'there is no "The short version" section; add `## The short version` with the lesson in one paragraph, first — it is what a busy reader reads',
    });
  }
  sections.forEach((section, i) => {
    const end = sections[i + 1]?.headingIndex ?? tree.children.length;
    const content = tree.children.slice(section.headingIndex + 1, end);
    if (isEmpty(content) && !(section.kind === 'quick-check' && quizIds.length > 0)) {
      warnings.push({
        line: section.line,
        field: `section "${section.title}"`,
        message: 'this section is empty; write its text, or remove the heading',
      });
    }
  });

  const links: Link[] = [];
  collectLinks(tree as AnyNode, links);
  const infos: SectionInfo[] = sections.map(({ headingIndex: _, ...section }) => section);
  if (quizIds.length > 0 && !sections.some((s) => s.kind === 'quick-check')) {
    infos.push({ id: 'quick-check', kind: 'quick-check', title: 'Quick check', formerIds: [], summary: '' });
  }
  return { issues, warnings, sections: infos, anchors, sectionIds: sections.map((s) => s.id), sectionPages, links };
}
