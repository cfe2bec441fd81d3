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
  toString({ type: 'heading', depth: heading.depth, children: shownWords(headingContent(heading)) }).replace(/\s+/g, ' ').trim();

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
  const first = body.find((b) => b.type === 'paragraph' || b.type === 'list');
  if (!first) return '';
  const text = toString(first.type === 'list' ? first.children[0] ?? first : first).replace(/\s+/g, ' ').trim();
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

export interface ReadHeadings {
  sections: FoundSection[];
  /** The `#` heading that opens the body and gives the lesson its title (or repeats it). */
  title: { index: number; text: string } | undefined;
  /** Every other heading (### and below, nested ones too) with its anchor. */
  anchors: HeadingAnchor[];
  issues: LessonIssue[];
}

export interface ReadOptions {
  /** The title the frontmatter gives, if any: a `#` heading that repeats it is the title, not a section. */
  title?: string | undefined;
  /** Anchors the page has already (quiz questions), so no heading takes one of them. */
  reserved?: readonly string[];
}

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Reads a lesson body's headings. A `#` heading that comes before every other heading is the
 * lesson's title (when the frontmatter gives none, or gives the same words); every other
 * `#` heading and every root `##` heading starts a section; the sections' ids, kinds and
 * former ids come from their words or their attributes. Never changes the tree, so the
 * checker and the renderer can both call it.
 */
export function readSections(tree: Root, options: ReadOptions = {}): ReadHeadings {
  const issues: LessonIssue[] = [];
  const sections: FoundSection[] = [];
  const taken = new Map<string, number | undefined>();
  const claim = (id: string, line: number | undefined, what: string) => {
    if (taken.has(id)) {
      const first = taken.get(id);
      issues.push({
        line,
        field: what,
        message: `id "${id}" is already used by the section on line ${first ?? '?'}; give one of them its own id with {#its-id} at the end of its heading`,
      });
    } else taken.set(id, line);
  };

  const firstHeading = tree.children.findIndex((n) => n.type === 'heading');
  const opening = tree.children[firstHeading];
  let title: ReadHeadings['title'];
  if (opening?.type === 'heading' && opening.depth === 1) {
    const text = headingText(opening);
    if (options.title === undefined || same(options.title, text)) title = { index: firstHeading, text };
  }

  tree.children.forEach((node, index) => {
    if (node.type !== 'heading' || node.depth > 2 || index === title?.index) return;
    const line = node.position?.start.line;
    const meta = readMeta(node, true, issues);
    const text = headingText(node) || 'Section';
    const kind = meta.kind ?? kindOfHeading(text);
    const standardId = kind === 'custom' ? undefined : KIND_IDS[kind];
    const own = githubSlug(text) || 'section';
    const id = meta.id ?? (standardId && !taken.has(standardId) ? standardId : own);
    claim(id, line, `section "${text}"`);
    const formerIds = meta.formerIds ?? [];
    for (const former of formerIds) claim(former, line, `section "${text}" formerIds`);
    sections.push({ id, kind, title: text, formerIds, aliases: [], line, headingIndex: index, summary: '' });
  });
  // A link written for GitHub uses the heading's own words as its anchor: it lands too.
  for (const section of sections) {
    const own = githubSlug(section.title);
    if (own && own !== section.id && !taken.has(own)) {
      section.aliases.push(own);
      taken.set(own, section.line);
    }
  }
  sections.forEach((section, i) => {
    const end = sections[i + 1]?.headingIndex ?? tree.children.length;
    section.summary = openingSentence(tree.children.slice(section.headingIndex + 1, end));
  });

  // Every other heading gets an anchor: its `{#id}`, or its words slugged as GitHub does,
  // never one the page already has.
  const slugger = new GithubSlugger();
  for (const id of [...taken.keys(), ...sections.map((s) => headingId(s.id)), ...(options.reserved ?? [])]) slugger.slug(id);
  const sectionNodes = new Set<unknown>(sections.map((s) => tree.children[s.headingIndex]));
  if (title) sectionNodes.add(tree.children[title.index]);
  const headings: Heading[] = [];
  const collect = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'heading' && !sectionNodes.has(node)) headings.push(node as Heading);
    for (const child of node.children ?? []) collect(child as { type: string; children?: unknown[] });
  };
  collect(tree);
  const metas = headings.map((heading) => readMeta(heading, false, issues).id);
  // Ids the author gave come first, so no heading's words take one of them.
  metas.forEach((id, i) => {
    if (id === undefined) return;
    const line = headings[i]!.position?.start.line;
    if (taken.has(id)) issues.push({ line, field: `heading "${headingText(headings[i]!)}"`, message: `id "${id}" is already used on this page; give the heading another id` });
    taken.set(id, line);
    slugger.slug(id);
  });
  const anchors: HeadingAnchor[] = headings.map((heading, i) => ({
    heading,
    id: metas[i] ?? (slugger.slug(headingText(heading)) || slugger.slug('heading')),
  }));
  return { sections, title, anchors, issues };
}
