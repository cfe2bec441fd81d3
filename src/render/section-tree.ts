/**
 * Rendering, step one: turns a lesson body's flat run of `##` headings and prose into
 * `<section>` elements, each with its stable id, its kind and an anchor link; puts the quiz
 * in Quick check; sets "In a startup" and "In an enterprise" side by side. Pure: takes an
 * mdast root, returns new top-level children, so it is tested without a build.
 */
import type { Heading, Root } from 'mdast';
import { headingContent, type FoundSection } from '../load/sections.ts';
import type { SectionInfo } from '../load/model.ts';
import type { Question } from '../schema/quiz.ts';
import { element, type Block } from './elements.ts';
import { quizMarkup } from './quiz.ts';

/**
 * The section's link control: a plain link to the section, which the section-links script
 * turns into "copy the shareable URL" (`data-share`) where the clipboard is available.
 */
function anchorLink(section: SectionInfo, share: string | undefined): Block {
  return {
    type: 'link',
    url: `#${section.id}`,
    data: {
      hProperties: {
        className: ['anchor'],
        ariaLabel: `Link to this section: ${section.title}`,
        ...(share ? { dataShare: share } : {}),
      },
    },
    children: [{ type: 'text', value: '#' }],
  } as unknown as Block;
}

/**
 * Root-relative links in a lesson (`/lessons/x/`) are made to respect the base path.
 * Returns new nodes: the engine hands plugins frozen trees.
 */
function rebaseLinks(node: Block, base: string): Block {
  const isRootLink = node.type === 'link' && node.url.startsWith('/') && !node.url.startsWith('//');
  if (!isRootLink && !('children' in node)) return node;
  const copy = { ...node } as Block & { url?: string; children?: Block[] };
  if (isRootLink) copy.url = base + (node as { url: string }).url.slice(1);
  if ('children' in node) copy.children = (node.children as Block[]).map((c) => rebaseLinks(c, base));
  return copy;
}

function sectionElement(section: SectionInfo, heading: Heading, body: Block[], share: string | undefined): Block {
  const headingId = `${section.id}-title`;
  const h2: Heading = {
    type: 'heading',
    depth: 2,
    children: headingContent(heading),
    data: { hProperties: { id: headingId } },
  };
  const formerAnchors = section.formerIds.map((id) =>
    element('span', { id, className: ['former-anchor'], dataSection: section.id }),
  );
  return element(
    'section',
    { id: section.id, className: ['section', `section--${section.kind}`], ariaLabelledby: headingId },
    [...formerAnchors, element('div', { className: ['section-head'] }, [h2, anchorLink(section, share)]), ...body],
  );
}

export interface SectionTreeOptions {
  /** The lesson's slug: keys the quiz's remembered progress. */
  lesson?: string;
  /** The lesson's quick-check questions, shown in Quick check. */
  quiz?: readonly Question[];
  /** The site's base path, such as `/` or `/handbook/`, for root-relative links. */
  base?: string;
  /** The shareable URL of a section (its preview page), given its id. */
  shareUrl?: (sectionId: string) => string;
}

/** The body's new top level: intro blocks, then one element per section; and the sections. */
export function sectionTree(
  tree: Root,
  found: readonly FoundSection[],
  { lesson = '', quiz = [], base = '/', shareUrl }: SectionTreeOptions = {},
): { children: Block[]; sections: SectionInfo[] } {
  const sections: SectionInfo[] = found.map(({ headingIndex: _, ...section }) => section);
  const starts = new Map(found.map((s, i) => [s.headingIndex, i]));
  const intro: Block[] = [];
  const built: { section: SectionInfo; node: Block }[] = [];
  let current: { section: SectionInfo; heading: Heading; body: Block[] } | undefined;
  const hasQuiz = quiz.length > 0;

  const close = () => {
    if (!current) return;
    if (current.section.kind === 'quick-check' && hasQuiz) current.body.push(quizMarkup(lesson, quiz));
    built.push({ section: current.section, node: sectionElement(current.section, current.heading, current.body, shareUrl?.(current.section.id)) });
  };
  tree.children.forEach((original, index) => {
    const node = base === '/' ? original : rebaseLinks(original, base);
    const start = starts.get(index);
    if (start !== undefined) {
      close();
      current = { section: sections[start]!, heading: node as Heading, body: [] };
    } else (current ? current.body : intro).push(node);
  });
  close();

  // A quiz with no Quick check heading still gets shown: never silently drop content.
  if (hasQuiz && !sections.some((s) => s.kind === 'quick-check')) {
    const section: SectionInfo = { id: 'quick-check', kind: 'quick-check', title: 'Quick check', formerIds: [], summary: '' };
    const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Quick check' }] };
    sections.push(section);
    built.push({ section, node: sectionElement(section, heading, [quizMarkup(lesson, quiz)], shareUrl?.(section.id)) });
  }

  const children: Block[] = [...intro];
  for (let i = 0; i < built.length; i++) {
    const a = built[i]!;
    const b = built[i + 1];
    if (a.section.kind === 'in-a-startup' && b?.section.kind === 'in-an-enterprise') {
      children.push(element('div', { className: ['section-pair'] }, [a.node, b.node]));
      i++;
    } else children.push(a.node);
  }
  return { children, sections };
}
