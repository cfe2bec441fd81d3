/**
 * Rendering, step one: turns a lesson body's flat run of `##` headings and prose into
 * `<section>` elements, each with its stable id, its kind and an anchor link; puts the quiz
 * in Quick check; sets "In a startup" and "In an enterprise" side by side. Pure: takes an
 * mdast root, returns new top-level children, so it is tested without a build.
 */
import type { Heading, Root } from 'mdast';
import { FORMER_ANCHOR, hastProperty, headingId as headingIdOf, LESSON_INTRO, NOT_SEARCHED, SECTION, SECTION_HEAD, SECTION_PAGE_URL } from '../contract/index.ts';
import { headingContent, type ElementAnchor, type FoundSection, type ReadHeadings } from '../load/sections.ts';
import type { SectionInfo } from '../load/model.ts';
import { QUICK_CHECK } from '../load/body.ts';
import { attribute, editAttributes, rewriteHtmlUrls } from '../load/html.ts';
import { isAuthorUrlAttribute, rewriteSrcset } from '../load/html-urls.ts';
import { isComment, isEsm } from '../load/nodes.ts';
import type { Question } from '../schema/quiz.ts';
import { alertOf } from './alerts.ts';
import { element, type Block } from './elements.ts';
import { emojify } from '../load/emoji.ts';
import { highlightCode } from './highlight.ts';
import { quizMarkup } from './quiz.ts';

/**
 * The section's link control: a plain link to the section, which the section-links script
 * turns into "copy the URL of the section page" (SECTION_PAGE_URL) where the clipboard is available.
 */
function anchorLink(section: SectionInfo, sectionPage: string | undefined): Block {
  return {
    type: 'link',
    url: `#${section.id}`,
    data: {
      hProperties: {
        className: ['anchor'],
        ariaLabel: `Link to this section: ${section.title}`,
        [hastProperty(NOT_SEARCHED)]: '',
        ...(sectionPage ? { [hastProperty(SECTION_PAGE_URL)]: sectionPage } : {}),
      },
    },
    children: [{ type: 'text', value: '#' }],
  } as unknown as Block;
}

/** What `rewrite` changes besides links: headings' anchors, and ids on the author's own elements. */
interface Ids {
  /** The anchor of each heading that is not a section's. */
  headings: ReadonlyMap<unknown, string>;
  /** The ids written on each element of the author's (an `html` node or a JSX element). */
  elements: ReadonlyMap<unknown, readonly ElementAnchor[]>;
}

/**
 * A block with its links pointed where the site has them (`link`), every heading that is
 * not a section's given its anchor and rid of its `{#id}` block, the ids on the author's
 * own elements as the page has them, code with a language highlighted and `:emoji:`
 * shortcodes shown. Returns new nodes where something changed: the engine hands plugins
 * frozen trees.
 */
function rewrite(node: Block, link: (url: string) => string | undefined, ids: Ids): Block {
  if (node.type === 'code') return highlightCode(node) ?? node;
  const own = ownChanges(node, link, ids.elements.get(node) ?? []);
  const id = ids.headings.get(node);
  const children = 'children' in node ? (node.children as Block[]) : undefined;
  // Comments are the author's notes to themselves: never published.
  const mapped = children?.filter((c) => !isComment(c)).map((c) => rewrite(c, link, ids));
  const childrenChanged = mapped && (mapped.length !== children!.length || mapped.some((c, i) => c !== children![i]));
  const task = node.type === 'listItem' && typeof node.checked === 'boolean';
  if (!own && id === undefined && !childrenChanged && !task) return node;
  const copy = { ...node, ...own } as Block & { children?: Block[]; data?: { hProperties?: Record<string, unknown> } };
  if (mapped) copy.children = mapped;
  if (id !== undefined && node.type === 'heading') {
    copy.children = headingContent({ ...node, children: (mapped ?? node.children) as Heading['children'] }) as Block[];
    copy.data = { ...node.data, hProperties: { ...(node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties, id } };
  }
  return task ? taskItem(copy as Block & { type: 'listItem' }) : copy;
}

/**
 * An author's id as the page has it: `<a name="x">` becomes `<a id="x">` (the `name` of a
 * link is obsolete in HTML); an id the page gives something else is left out, as is the
 * `name` of a link that has an `id` too. `undefined` keeps the attribute as written.
 */
function elementId(anchor: ElementAnchor): { name: 'id'; value: string } | null | undefined {
  if (anchor.from === 'name') return anchor.kept && !anchor.hasId ? { name: 'id', value: anchor.id } : null;
  return anchor.kept ? undefined : null;
}

/** What changes on the node itself (not its children), or undefined: its URLs, ids and emoji, and the mark of a task list. */
function ownChanges(node: Block, link: (url: string) => string | undefined, elements: readonly ElementAnchor[]): Record<string, unknown> | undefined {
  if (node.type === 'text') {
    const value = emojify(node.value);
    return value === node.value ? undefined : { value };
  }
  // A Markdown image from the root (`![](/images/x.png)`), as GitHub reads it: from the lessons folder.
  if (node.type === 'image' && node.url.startsWith('/')) {
    const url = link(node.url);
    return url === undefined ? undefined : { url };
  }
  if (node.type === 'link' || node.type === 'definition') {
    const url = link(node.url);
    return url === undefined ? undefined : { url };
  }
  if (node.type === 'html') {
    // HTML written into Markdown (`<img src="diagram.png" width="300">`, as READMEs do): its ids and URLs too.
    // The ids first: their places are where readSections found them, in the text as written.
    const ids = elements.flatMap((anchor) => {
      const to = elementId(anchor);
      return to !== undefined && anchor.span ? [{ start: anchor.span[0], end: anchor.span[1], text: to ? attribute(to.name, to.value) : '' }] : [];
    });
    const value = rewriteHtmlUrls(editAttributes(node.value, ids), link);
    return value === node.value ? undefined : { value };
  }
  const jsx = node as unknown as { type: string; name?: string; attributes?: { type?: string; name?: string; value?: unknown }[] };
  if (jsx.type === 'mdxJsxFlowElement' || jsx.type === 'mdxJsxTextElement') {
    let changed = false;
    const attributes = jsx.attributes?.flatMap((a) => {
      const anchor = a.type === 'mdxJsxAttribute' && (a.name === 'id' || a.name === 'name') ? elements.find((e) => e.from === a.name && e.id === a.value) : undefined;
      const id = anchor && elementId(anchor);
      if (anchor && id !== undefined) {
        changed = true;
        return id ? [{ ...a, ...id }] : [];
      }
      const to = a.name && isAuthorUrlAttribute(jsx.name ?? '', a.name) && typeof a.value === 'string' ? (a.name === 'srcset' ? rewriteSrcset(a.value, (url) => link(url) ?? url) : link(a.value)) : undefined;
      if (to === undefined || to === a.value) return [a];
      changed = true;
      return [{ ...a, value: to }];
    });
    return changed ? { attributes } : undefined;
  }
  if (node.type === 'list' && node.children.some((item) => typeof item.checked === 'boolean')) {
    // Marked as GitHub marks it, the same on every engine (unified() adds this itself, Sätteri not).
    return { data: { ...node.data, hProperties: { className: ['contains-task-list'] } } };
  }
  return undefined;
}

/**
 * A task-list item (`- [x] Done`), as GitHub shows it — a ticked or empty box — with the box
 * labelled by the item's words, which the engines' own markup leaves without a name.
 */
function taskItem(item: Block & { type: 'listItem' }): Block {
  const [first, ...rest] = item.children as Block[];
  const words = first?.type === 'paragraph' ? (first.children as Block[]) : [];
  const box = element('input', { type: 'checkbox', disabled: true, checked: item.checked === true });
  const label = element('label', {}, [box, { type: 'text', value: ' ' } as Block, ...words]);
  return {
    ...item,
    checked: null,
    data: { ...item.data, hProperties: { className: ['task-list-item'] } },
    children: [first?.type === 'paragraph' ? { ...first, children: [label] } : label, ...(first?.type === 'paragraph' ? rest : [first, ...rest].filter(Boolean))],
  } as unknown as Block;
}

function sectionElement(section: SectionInfo, heading: Heading, body: Block[], sectionPage: string | undefined): Block {
  const headingId = headingIdOf(section.id);
  const h2: Heading = {
    type: 'heading',
    depth: 2,
    children: headingContent(heading),
    data: { hProperties: { id: headingId } },
  };
  const formerAnchors = [...section.formerIds, ...section.aliases].map((id) =>
    element('span', { id, className: ['former-anchor'], [hastProperty(FORMER_ANCHOR)]: section.id }),
  );
  return element(
    'section',
    { id: section.id, className: ['section', `section--${section.kind}`], [hastProperty(SECTION)]: section.kind, ariaLabelledby: headingId },
    [...formerAnchors, element('div', { className: ['section-head'], [hastProperty(SECTION_HEAD)]: '' }, [h2, anchorLink(section, sectionPage)]), ...body],
  );
}

interface SectionTreeOptions {
  /** The lesson's slug: keys the quiz's remembered progress. */
  lesson?: string;
  /** The lesson's quick-check questions, shown in Quick check. */
  quiz?: readonly Question[];
  /** Where a link written in the lesson points on the site; `undefined` leaves it as written. */
  link?: (url: string) => string | undefined;
  /** The absolute URL of a section's page, given its id. */
  sectionPageUrl?: ((sectionId: string) => string) | undefined;
}

/**
 * The body's new top level — the words before the first section as the lesson's
 * introduction, then one element per section — and the sections. A `#` heading that gives
 * the lesson its title is left out: the page shows the title itself.
 */
export function sectionTree(
  tree: Root,
  read: Pick<ReadHeadings, 'sections' | 'title' | 'anchors' | 'elements'>,
  { lesson = '', quiz = [], link = () => undefined, sectionPageUrl }: SectionTreeOptions = {},
): { children: Block[]; sections: SectionInfo[] } {
  const found: readonly FoundSection[] = read.sections;
  const sections: SectionInfo[] = found.map(({ headingIndex: _, ...section }) => section);
  const starts = new Map(found.map((s, i) => [s.headingIndex, i]));
  const elements = new Map<unknown, ElementAnchor[]>();
  for (const anchor of read.elements) elements.set(anchor.node, [...(elements.get(anchor.node) ?? []), anchor]);
  const ids: Ids = { headings: new Map<unknown, string>(read.anchors.map((a) => [a.heading, a.id])), elements };
  const intro: Block[] = [];
  const built: { section: SectionInfo; node: Block }[] = [];
  let current: { section: SectionInfo; heading: Heading; body: Block[] } | undefined;
  const hasQuiz = quiz.length > 0;

  const close = () => {
    if (!current) return;
    if (current.section.kind === 'quick-check' && hasQuiz) current.body.push(quizMarkup(lesson, quiz));
    built.push({ section: current.section, node: sectionElement(current.section, current.heading, current.body, sectionPageUrl?.(current.section.id)) });
  };
  tree.children.forEach((original, index) => {
    if (index === read.title?.index || isComment(original)) return;
    const rewritten = rewrite(original, link, ids);
    // An alert is a quote at the top level, as on GitHub.
    const node = (rewritten.type === 'blockquote' && alertOf(rewritten)) || rewritten;
    const start = starts.get(index);
    if (start !== undefined) {
      close();
      current = { section: sections[start]!, heading: node as Heading, body: [] };
    } else (current ? current.body : intro).push(node);
  });
  close();

  // A quiz with no Quick check heading still gets shown: never silently drop content.
  if (hasQuiz && !sections.some((s) => s.kind === 'quick-check')) {
    const section: SectionInfo = { ...QUICK_CHECK, formerIds: [], aliases: [] };
    const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: section.title }] };
    sections.push(section);
    built.push({ section, node: sectionElement(section, heading, [quizMarkup(lesson, quiz)], sectionPageUrl?.(section.id)) });
  }

  // The introduction, when it has words; MDX imports stay at the top level, where MDX needs them.
  const words = intro.filter((n) => !isEsm(n));
  const children: Block[] = [
    ...intro.filter(isEsm),
    ...(words.length > 0 ? [element('div', { className: ['lesson-intro'], [hastProperty(LESSON_INTRO)]: '' }, words)] : []),
  ];
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
