/**
 * Rendering, step one: turns a lesson body's flat run of `##` headings and prose into
 * `<section>` elements, each with its stable id, its kind and an anchor link; gives Quick
 * check its quiz; sets "In a startup" and "In an enterprise" side by side. Pure: takes an
 * mdast root, returns new top-level children, so it is tested without a build.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { headingContent, type FoundSection } from '../lesson/sections';
import type { Section } from '../schema/section';

/** The MDX element the lesson page maps to its quiz component. */
export const QUIZ_ELEMENT = 'LessonQuiz';

type Block = RootContent;

/** An mdast node that becomes the HTML element named by `hName`. */
function element(tag: string, props: Record<string, unknown>, children: Block[]): Block {
  return { type: 'paragraph', data: { hName: tag, hProperties: props }, children } as unknown as Block;
}

function anchorLink(section: Section): Block {
  return {
    type: 'link',
    url: `#${section.id}`,
    data: { hProperties: { className: ['anchor'], ariaLabel: `Link to this section: ${section.title}` } },
    children: [{ type: 'text', value: '#' }],
  } as unknown as Block;
}

function quizElement(lesson: string): Block {
  return {
    type: 'mdxJsxFlowElement',
    name: QUIZ_ELEMENT,
    attributes: [{ type: 'mdxJsxAttribute', name: 'lesson', value: lesson }],
    children: [],
  } as unknown as Block;
}

function sectionElement(section: Section, heading: Heading, body: Block[]): Block {
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
    [...formerAnchors, element('div', { className: ['section-head'] }, [h2, anchorLink(section)]), ...body],
  );
}

export interface SectionTreeOptions {
  /** The lesson's id, when it has quiz questions to show in Quick check. */
  quizLesson?: string | undefined;
}

/** The body's new top level: intro blocks, then one element per section. */
export function sectionTree(
  tree: Root,
  found: FoundSection[],
  { quizLesson }: SectionTreeOptions = {},
): { children: Block[]; sections: Section[] } {
  const sections: Section[] = found.map(({ headingIndex: _, ...section }) => section);
  const starts = new Map(found.map((s, i) => [s.headingIndex, i]));
  const intro: Block[] = [];
  const built: { section: Section; node: Block }[] = [];
  let current: { section: Section; heading: Heading; body: Block[] } | undefined;

  const close = () => {
    if (!current) return;
    if (current.section.kind === 'quick-check' && quizLesson) current.body.push(quizElement(quizLesson));
    built.push({ section: current.section, node: sectionElement(current.section, current.heading, current.body) });
  };
  tree.children.forEach((node, index) => {
    const start = starts.get(index);
    if (start !== undefined) {
      close();
      current = { section: sections[start]!, heading: node as Heading, body: [] };
    } else (current ? current.body : intro).push(node);
  });
  close();

  // A quiz with no Quick check heading still gets shown: never silently drop content.
  if (quizLesson && !sections.some((s) => s.kind === 'quick-check')) {
    const section: Section = { id: 'quick-check', kind: 'quick-check', title: 'Quick check', formerIds: [] };
    const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Quick check' }] };
    sections.push(section);
    built.push({ section, node: sectionElement(section, heading, [quizElement(quizLesson)]) });
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
