/**
 * The lesson model's heading rules: which heading gives the lesson its title, which
 * headings start which kind of section and what id each gets, and the anchor of every other
 * heading. The renderer and the checker share this one copy, so what the check accepts is
 * exactly what the build renders, and every link it passes lands.
 */
import type { Heading, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { headingId } from '../contract/index.ts';
import GithubSlugger, { slug as githubSlug } from 'github-slugger';
import { sectionMetaSchema, type Section, type SectionKind, type SectionMeta } from '../schema/section.ts';
import { splitAttributes, type HeadingAttributes } from './attributes.ts';
import { htmlAttributes, lineIn } from './html.ts';
import { emojify } from './emoji.ts';
import type { LessonIssue } from './issues.ts';

/** The fixed id each standard kind takes, so rewording its heading never breaks a link. */
export const KIND_IDS: Record<Exclude<SectionKind, 'custom'>, string> = {
  'short-version': 'short-version',
  'why-it-matters': 'why-it-matters',
  'how-to': 'how-to',
  'common-mistakes': 'common-mistakes',
  'in-a-startup': 'in-a-startup',
  'in-an-enterprise': 'in-an-enterprise',
  'quick-check': 'quick-check',
};

/** Headings that name a standard kind, compared after lower-casing and trimming punctuation. */
const KIND_BY_HEADING: [RegExp, SectionKind][] = [
  [/^(the )?short version$/, 'short-version'],
  [/^why (it|this) matters$/, 'why-it-matters'],
  [/^how to\b/, 'how-to'],
  [/^common mistakes$/, 'common-mistakes'],
  [/^in a startup$/, 'in-a-startup'],
  [/^in an enterprise$/, 'in-an-enterprise'],
  [/^quick check$/, 'quick-check'],
];

/** The kind a heading's text names, or `custom`. */
export function kindOfHeading(text: string): SectionKind {
  const normal = text
    .toLowerCase()
    .replace(/[\s.:!?…]+$/u, '')
    .trim();
  return KIND_BY_HEADING.find(([re]) => re.test(normal))?.[1] ?? 'custom';
}

/** The name of the inline element an author puts on an MDX heading to fix its id or kind. */
export const SECTION_META_ELEMENT = 'Section';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
}

/** Whether a node is the `<Section … />` element that sets a heading's id or kind. */
export function isMetaElement(node: PhrasingContent): boolean {
  const jsx = node as unknown as JsxNode;
  return jsx.type === 'mdxJsxTextElement' && jsx.name === SECTION_META_ELEMENT;
}

/** The `{#id …}` block at the end of a heading, if it has one. */
function trailingAttributes(heading: Heading): HeadingAttributes | undefined {
  const last = heading.children.filter((c) => !isMetaElement(c)).at(-1);
  return last?.type === 'text' ? splitAttributes(last.value)?.attributes : undefined;
}

/** The heading's own words: its inline content without `<Section>` or a `{#id}` block. */
export function headingContent(heading: Heading): PhrasingContent[] {
  const kept = heading.children.filter((c) => !isMetaElement(c));
  const last = kept.at(-1);
  if (last?.type === 'text') {
    const value = (splitAttributes(last.value)?.text ?? last.value).trimEnd();
    if (value) kept[kept.length - 1] = { ...last, value };
    else kept.pop();
  }
  return kept;
}

/** Phrasing with `:emoji:` shown in its words (not in its code), as the renderer shows it. */
const shownWords = (nodes: PhrasingContent[]): PhrasingContent[] =>
  nodes.map((n) => (n.type === 'text' ? { ...n, value: emojify(n.value) } : 'children' in n ? ({ ...n, children: shownWords(n.children as PhrasingContent[]) } as PhrasingContent) : n));

/** The heading's words as plain text, as the page shows them (`:rocket:` as 🚀, so its anchor is GitHub's too). */
export const headingText = (heading: Heading): string =>
  toString({ type: 'heading', depth: heading.depth, children: shownWords(headingContent(heading)) }, { includeHtml: false }).replace(/\s+/g, ' ').trim();

/** Reads `<Section …/>` (MDX) and a `{#id …}` block off a heading line; reports bad values. */
function readMeta(heading: Heading, sectionHeading: boolean, issues: LessonIssue[]): SectionMeta {
  const line = heading.position?.start.line;
  const raw: Record<string, unknown> = {};
  const metaNode = heading.children.find(isMetaElement) as unknown as JsxNode | undefined;
  for (const attr of metaNode?.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) continue;
    if (typeof attr.value !== 'string') {
      issues.push({ line, field: `<Section ${attr.name}>`, message: `write the value in quotes, like ${attr.name}="value"` });
      continue;
    }
    raw[attr.name] = attr.value;
  }
  const block = trailingAttributes(heading);
  if (block) {
    if (block.id !== undefined) raw.id = block.id;
    for (const [key, value] of Object.entries(block.values)) raw[key === 'former-ids' || key === 'formerids' ? 'formerIds' : key] = value;
  }
  const where = metaNode ? '<Section' : '{';
  if (!sectionHeading) {
    // Only `##` headings start sections: below them, an id is all a heading can take.
    const extra = Object.keys(raw).filter((k) => k === 'kind' || k === 'formerIds');
    if (extra.length > 0) {
      const names = extra.map((k) => `\`${k}\``).join(' and ');
      issues.push({ line, field: `heading "${headingText(heading)}"`, message: `${names} ${extra.length === 1 ? 'applies' : 'apply'} only to "##" headings, which start sections; here give just an id, like {#${String(raw.id ?? 'its-id')}}` });
      for (const key of extra) delete raw[key];
    }
  }
  const parsed = sectionMetaSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? '');
    issues.push({
      line,
      field: where === '{' ? `heading "${headingText(heading)}"${key ? ` ${key}` : ''}` : `<Section${key ? ` ${key}` : ''}>`,
      message:
        issue.code === 'unrecognized_keys'
          ? `unknown attribute ${issue.keys.map((k) => `"${k}"`).join(', ')}; use id, kind or formerIds`
          : issue.message,
    });
  }
  return {};
}

/** The opening sentence of a section: what a link preview shows under its title. */
export function openingSentence(body: readonly RootContent[]): string {
  // Words, not the HTML written among them (`<a name="old-anchor"></a>` alone says nothing).
  const words = (b: RootContent) => toString(b.type === 'list' ? (b.children[0] ?? b) : b, { includeHtml: false }).replace(/\s+/g, ' ').trim();
  const first = body.find((b) => (b.type === 'paragraph' || b.type === 'list') && words(b));
  if (!first) return '';
  const text = words(first);
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(text)?.[0] ?? text;
  return sentence.length > 200 ? `${sentence.slice(0, 199).trimEnd()}…` : sentence;
}

/** A section found in a body, with the index of its heading among the root's children. */
export interface FoundSection extends Section {
  headingIndex: number;
  /** Its opening sentence (see `openingSentence`). */
  summary: string;
}

/** A heading that does not start a section, and the anchor it gets. */
export interface HeadingAnchor {
  heading: Heading;
  id: string;
}

/**
 * An id an author wrote on an element of their own: `<th id="m3">` or `<a id="old-name">`
 * in HTML, `<div id="x">` in MDX, and `<a name="x">`, which the page gets as an `id` (the
 * `name` of a link is obsolete in HTML). A link can land on it, like on a heading.
 */
export interface ElementAnchor {
  /** The `html` node (Markdown) or JSX element (MDX) it is written in. */
  node: unknown;
  id: string;
  /** Written as `id`, or as `<a name>`. */
  from: 'id' | 'name';
  line: number | undefined;
  /**
   * Whether the page keeps it. Not when a heading (or anything else Lessonbook gives an id)
   * has the same id — the generated one wins — nor when an earlier element has it, nor for
   * the `name` of a link that has an `id` as well.
   */
  kept: boolean;
  /** In HTML: where the attribute is in the node's text. */
  span?: [number, number];
  /** Whether the same element has an `id` too (then its `name` is simply dropped). */
  hasId: boolean;
}

export interface ReadHeadings {
  sections: FoundSection[];
  /** The `#` heading that opens the body and gives the lesson its title (or repeats it). */
  title: { index: number; text: string } | undefined;
  /** Every other heading (### and below, nested ones too) with its anchor. */
  anchors: HeadingAnchor[];
  /** Ids written on the lesson's own HTML or MDX elements, in document order. */
  elements: ElementAnchor[];
  issues: LessonIssue[];
  warnings: LessonIssue[];
}

export interface ReadOptions {
  /** The title the frontmatter gives, if any: a `#` heading that repeats it is the title, not a section. */
  title?: string | undefined;
  /** Anchors the page has already (quiz questions), so no heading takes one of them. */
  reserved?: readonly string[];
}

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

interface AnyNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: AnyNode[];
  position?: { start: { line: number } };
}

/** Every id written on an element of the lesson's own, in document order, with the top-level block it is in. */
function elementIds(tree: Root): (Omit<ElementAnchor, 'kept'> & { block: number })[] {
  const found: (Omit<ElementAnchor, 'kept'> & { block: number })[] = [];
  const visit = (node: AnyNode, block: number) => {
    const line = node.position?.start.line;
    if (node.type === 'html' && typeof node.value === 'string' && /\b(id|name)\s*=/i.test(node.value)) {
      for (const a of htmlAttributes(node.value)) {
        const from = a.name === 'id' ? 'id' : a.name === 'name' && a.tag === 'a' ? 'name' : undefined;
        if (!from || !a.value) continue;
        found.push({ node, id: a.value, from, line: lineIn(node.value, a.start, line), span: [a.start, a.end], hasId: 'id' in a.element, block });
      }
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name !== SECTION_META_ELEMENT) {
      const attributes = (node.attributes ?? []).filter((a) => a.type === 'mdxJsxAttribute');
      const hasId = attributes.some((a) => a.name === 'id');
      for (const a of attributes) {
        const from = a.name === 'id' ? 'id' : a.name === 'name' && node.name === 'a' ? 'name' : undefined;
        if (from && typeof a.value === 'string' && a.value) found.push({ node, id: a.value, from, line, hasId, block });
      }
    }
    for (const child of node.children ?? []) visit(child, block);
  };
  tree.children.forEach((child, block) => visit(child as AnyNode, block));
  return found;
}

/** Where an id on the page comes from, for messages about a second use of it. */
interface Owner {
  line: number | undefined;
  /** `the section "Notes"`, `the heading "Setup"`, `a quiz question`. */
  what: string;
  /** `section` or `heading`: what has it. */
  noun?: string;
  /** The top-level block of the heading that has it, if a heading does. */
  block?: number;
}

/** Blocks whose children are inline content only: no heading can be inside them. */
const INLINE_ONLY = new Set(['heading', 'paragraph', 'table']);

/**
 * Reads a lesson body's headings. A `#` heading that comes before every other heading is the
 * lesson's title (when the frontmatter gives none, or gives the same words); every other
 * `#` heading and every root `##` heading starts a section; the sections' ids, kinds and
 * former ids come from their words or their attributes. Never changes the tree, so the
 * checker and the renderer can both call it.
 *
 * Anchors are GitHub's: every heading's words slugged as GitHub slugs them, repeated words
 * numbered `-1`, `-2` in document order across all levels, so a link written for GitHub
 * lands. An id the author gives (`{#id}`) comes first, then a standard section's fixed id
 * (`#common-mistakes`, its GitHub anchor kept as another anchor to the section); a
 * heading whose GitHub anchor is already an id of the page gets the next free number.
 */
export function readSections(tree: Root, options: ReadOptions = {}): ReadHeadings {
  const issues: LessonIssue[] = [];
  const warnings: LessonIssue[] = [];
  const taken = new Map<string, Owner>();

  const firstHeading = tree.children.findIndex((n) => n.type === 'heading');
  const opening = tree.children[firstHeading];
  let title: ReadHeadings['title'];
  if (opening?.type === 'heading' && opening.depth === 1) {
    const text = headingText(opening);
    if (options.title === undefined || same(options.title, text)) title = { index: firstHeading, text };
  }

  // Every heading, in document order: the title, the sections, and the rest (nested ones too).
  interface Found {
    heading: Heading;
    block: number;
    role: 'title' | 'section' | 'heading';
    text: string;
    line: number | undefined;
    meta: SectionMeta;
    /** The anchor GitHub gives it, when the author gave it no id. */
    github?: { id: string; plain: string };
  }
  const all: Found[] = [];
  const collect = (node: { type: string; children?: unknown[] }, block: number, top: boolean) => {
    if (node.type === 'heading') {
      const heading = node as Heading;
      const role = top && block === title?.index ? 'title' : top && heading.depth <= 2 ? 'section' : 'heading';
      const meta = role === 'title' ? {} : readMeta(heading, role === 'section', issues);
      all.push({ heading, block, role, text: headingText(heading), line: heading.position?.start.line, meta });
    }
    // Headings sit in blocks (quotes, lists, footnotes, components), never in a heading's,
    // a paragraph's or a table's words: those, most of a lesson's nodes, are not walked (on
    // Sätteri's tree, every node walked is a node made into a JavaScript object).
    if (INLINE_ONLY.has(node.type)) return;
    for (const child of node.children ?? []) collect(child as { type: string; children?: unknown[] }, block, false);
  };
  tree.children.forEach((child, block) => collect(child, block, true));

  const github = new GithubSlugger();
  const githubIds = new Set<string>();
  const firstWithWords = new Map<string, number | undefined>();
  for (const found of all) {
    if (found.meta.id !== undefined) continue;
    const plain = githubSlug(found.text);
    const id = github.slug(found.text);
    if (!plain) continue;
    found.github = { id, plain };
    githubIds.add(id);
    if (!firstWithWords.has(plain)) firstWithWords.set(plain, found.line);
  }
  /** `base`, or else `base` numbered on from 1: the first that is no id of the page and no other heading's GitHub anchor. */
  const fresh = (base: string) => {
    const free = (id: string) => !taken.has(id) && !githubIds.has(id);
    if (!githubIds.has(base) && free(base)) return base;
    for (let n = 1; ; n++) if (free(`${base}-${n}`)) return `${base}-${n}`;
  };
  const noun = (found: Found) => (found.role === 'section' ? 'section' : 'heading');
  const owner = (found: Found): Owner => ({ line: found.line, what: `the ${noun(found)} "${found.text}"`, noun: noun(found), block: found.block });

  // Ids the author gave come first, so no heading's words take one of them.
  for (const found of all) {
    const { id, formerIds = [] } = found.meta;
    const field = `${noun(found)} "${found.text}"`;
    if (id !== undefined) {
      const first = taken.get(id);
      if (first && found.role === 'section') {
        issues.push({ line: found.line, field, message: `id "${id}" is already used by the ${first.noun} on line ${first.line ?? '?'}; give one of them its own id with {#its-id} at the end of its heading` });
      } else if (first) issues.push({ line: found.line, field, message: `id "${id}" is already used on this page; give the heading another id` });
      else taken.set(id, owner(found));
    }
    for (const former of formerIds) {
      const first = taken.get(former);
      if (first) issues.push({ line: found.line, field: `${field} formerIds`, message: `id "${former}" is already used by the ${first.noun} on line ${first.line ?? '?'}; give one of them its own id with {#its-id} at the end of its heading` });
      else taken.set(former, owner(found));
    }
  }
  for (const id of options.reserved ?? []) if (!taken.has(id)) taken.set(id, { line: undefined, what: 'a quiz question' });

  const give = (found: Found, id: string) => {
    taken.set(id, owner(found));
    return id;
  };
  const sections: FoundSection[] = [];
  for (const found of all.filter((f) => f.role === 'section')) {
    const text = found.text || 'Section';
    const kind = found.meta.kind ?? kindOfHeading(text);
    const standardId = kind === 'custom' ? undefined : KIND_IDS[kind];
    const own = found.github?.id;
    const id =
      found.meta.id ??
      give(found, standardId && !taken.has(standardId) ? standardId : own && !taken.has(own) ? own : fresh(own ?? 'section'));
    if (found.github && found.meta.id === undefined && id === found.github.id && found.github.id !== found.github.plain) {
      warnings.push({
        line: found.line,
        field: `section "${text}"`,
        message: `its words repeat the heading on line ${firstWithWords.get(found.github.plain) ?? '?'}, so its anchor is #${id}, numbered as GitHub numbers it; the number changes when a heading with these words is added above it: to keep links to this section stable, give it its own id with {#its-id} at the end of its heading`,
      });
    }
    // A section's heading is a root child: its block is its index.
    sections.push({ id, kind, title: text, formerIds: found.meta.formerIds ?? [], aliases: [], line: found.line, headingIndex: found.block, summary: '' });
  }
  for (const section of sections) if (!taken.has(headingId(section.id))) taken.set(headingId(section.id), { line: section.line, what: `the section "${section.title}"`, block: section.headingIndex });
  const anchors: HeadingAnchor[] = [];
  for (const found of all.filter((f) => f.role === 'heading')) {
    const own = found.github?.id;
    const id = found.meta.id ?? give(found, own && !taken.has(own) ? own : fresh(own ?? 'heading'));
    anchors.push({ heading: found.heading, id });
  }
  // A link written for GitHub uses a section heading's own words as its anchor: it lands too.
  for (const [i, found] of all.filter((f) => f.role === 'section').entries()) {
    const section = sections[i]!;
    const own = found.github?.id;
    if (own && own !== section.id && !taken.has(own)) {
      section.aliases.push(own);
      taken.set(own, { line: section.line, what: `the section "${section.title}"`, block: section.headingIndex });
    }
  }
  sections.forEach((section, i) => {
    const end = sections[i + 1]?.headingIndex ?? tree.children.length;
    section.summary = openingSentence(tree.children.slice(section.headingIndex + 1, end));
  });

  // Ids on the author's own elements: a link can land on each, unless the page has it already.
  const elements: ElementAnchor[] = [];
  const written = new Map<string, number | undefined>();
  for (const { block, ...element } of elementIds(tree)) {
    const owner = taken.get(element.id);
    const earlier = written.get(element.id);
    let kept = false;
    if (element.from === 'name' && element.hasId) {
      // `<a id="x" name="y">`: the id is the anchor; the obsolete name goes.
    } else if (owner) {
      // `<a name="faq"></a>` just above (or inside) the heading "FAQ" marks the same place: no need to say so.
      const samePlace = owner.block !== undefined && (owner.block === block || owner.block === block + 1);
      if (!samePlace) {
        warnings.push({
          line: element.line,
          field: `${element.from} "${element.id}"`,
          message: `#${element.id} is also the anchor of ${owner.what}${owner.line ? ` on line ${owner.line}` : ''}; the page gives the id to that, so links to #${element.id} land there and this element loses its ${element.from}: give it another one if links should land here`,
        });
      }
    } else if (written.has(element.id)) {
      warnings.push({
        line: element.line,
        field: `${element.from} "${element.id}"`,
        message: `#${element.id} is already the id of an element on line ${earlier ?? '?'}; a page has each id once, so links land there and this element loses its ${element.from}: give it another one`,
      });
    } else {
      kept = true;
      written.set(element.id, element.line);
    }
    elements.push({ ...element, kept });
  }
  return { sections, title, anchors, elements, issues, warnings };
}
