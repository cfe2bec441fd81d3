/**
 * Rendering, step one: turns a lesson body's flat run of `##` headings and prose into
 * `<section>` elements, each with its stable id, its kind and an anchor link; gives Quick
 * check its quiz; sets "In a startup" and "In an enterprise" side by side. Pure: takes an
 * mdast root, returns new top-level children, so it is tested without a build.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { headingContent, type FoundSection } from '../lesson/sections';
import type { Section } from '../schema/section';

/** The MDX element the lesson page maps to its quiz component. */
export const QUIZ_ELEMENT = 'LessonQuiz';

type Block = RootContent;

/** An mdast node that becomes the HTML element named by `hName`. */
function element(tag: string, props: Record<string, unknown>, children: Block[]): Block {
  return { type: 'paragraph', data: { hName: tag, hProperties: props }, children } as unknown as Block;
}

/**
 * The section's link control: a plain link to the section, which the section-links script
 * turns into "copy the shareable URL" (`data-share`) where the clipboard is available.
 */
function anchorLink(section: Section, share: string | undefined): Block {
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

/** The opening sentence of a section: what a link preview shows under its title. */
function openingSentence(body: Block[]): string {
  const first = body.find((b) => b.type === 'paragraph' || b.type === 'list');
  if (!first) return '';
  const text = toString(first.type === 'list' ? first.children[0] ?? first : first).replace(/\s+/g, ' ').trim();
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(text)?.[0] ?? text;
  return sentence.length > 200 ? `${sentence.slice(0, 199).trimEnd()}…` : sentence;
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

function quizElement(lesson: string): Block {
  return {
    type: 'mdxJsxFlowElement',
    name: QUIZ_ELEMENT,
    attributes: [{ type: 'mdxJsxAttribute', name: 'lesson', value: lesson }],
    children: [],
  } as unknown as Block;
}

function sectionElement(section: Section, heading: Heading, body: Block[], share: string | undefined): Block {
  const headingId = `${section.id}-title`;
  const h2: Heading = {
    type: 'heading',
    depth: 2,
    children: headingContent(heading),
    data: { hProperties: { id: headingId } },
  };
  const formerAnchors = section.formerIds.map((id) =>
    element('span', { id, className: ['former-anchor'], dataSection: section.id }, []),
  );
  return element(
    'section',
    { id: section.id, className: ['section', `section--${section.kind}`], ariaLabelledby: headingId },
    [...formerAnchors, element('div', { className: ['section-head'] }, [h2, anchorLink(section, share)]), ...body],
  );
}

export interface SectionTreeOptions {
  /** The lesson's id, when it has quiz questions to show in Quick check. */
  quizLesson?: string | undefined;
  /** The site's base path, such as `/` or `/handbook/`, for root-relative links. */
  base?: string;
  /** The shareable URL of a section (its preview page), given its id. */
  shareUrl?: (sectionId: string) => string;
}

/** A section as rendered: with the sentence its link preview shows. */
export interface RenderedSection extends Section {
  summary: string;
}

/** The body's new top level: intro blocks, then one element per section. */
export function sectionTree(
  tree: Root,
  found: FoundSection[],
  { quizLesson, base = '/', shareUrl }: SectionTreeOptions = {},
): { children: Block[]; sections: RenderedSection[] } {
  const sections: RenderedSection[] = found.map(({ headingIndex: _, ...section }) => ({ ...section, summary: '' }));
  const starts = new Map(found.map((s, i) => [s.headingIndex, i]));
  const intro: Block[] = [];
  const built: { section: RenderedSection; node: Block }[] = [];
  let current: { section: RenderedSection; heading: Heading; body: Block[] } | undefined;
  const share = (id: string) => shareUrl?.(id);

  const close = () => {
    if (!current) return;
    current.section.summary = openingSentence(current.body);
    if (current.section.kind === 'quick-check' && quizLesson) current.body.push(quizElement(quizLesson));
    built.push({
      section: current.section,
      node: sectionElement(current.section, current.heading, current.body, share(current.section.id)),
    });
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
  if (quizLesson && !sections.some((s) => s.kind === 'quick-check')) {
    const section: RenderedSection = { id: 'quick-check', kind: 'quick-check', title: 'Quick check', formerIds: [], summary: '' };
    const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Quick check' }] };
    sections.push(section);
    built.push({ section, node: sectionElement(section, heading, [quizElement(quizLesson)], share(section.id)) });
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
