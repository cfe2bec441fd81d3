/**
 * The lesson model's section rules: which `##` headings start which kind of section, and
 * what id each gets. The remark plugin (rendering) and the checker share this one copy,
 * so what `check` accepts is exactly what the build renders.
 */
import type { Heading, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { slug } from 'github-slugger';
import { sectionMetaSchema, type Section, type SectionKind, type SectionMeta } from '../schema/section.ts';
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

/** The name of the inline element an author puts on a heading to fix its id or kind. */
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

function isMetaElement(node: PhrasingContent): boolean {
  const jsx = node as unknown as JsxNode;
  return jsx.type === 'mdxJsxTextElement' && jsx.name === SECTION_META_ELEMENT;
}

/** Reads `<Section ... />` off a heading line; reports bad attributes. */
function readMeta(heading: Heading, issues: LessonIssue[]): SectionMeta {
  const line = heading.position?.start.line;
  const metaNode = heading.children.find(isMetaElement) as unknown as JsxNode | undefined;
  if (!metaNode) return {};
  const raw: Record<string, unknown> = {};
  for (const attr of metaNode.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) continue;
    if (typeof attr.value !== 'string') {
      issues.push({
        line,
        field: `<Section ${attr.name}>`,
        message: `write the value in quotes, like ${attr.name}="value"`,
      });
      continue;
    }
    raw[attr.name] = attr.value;
  }
  const parsed = sectionMetaSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? '');
    issues.push({
      line,
      field: `<Section${key ? ` ${key}` : ''}>`,
      message:
        issue.code === 'unrecognized_keys'
          ? `unknown attribute ${issue.keys.map((k) => `"${k}"`).join(', ')}; use id, kind or formerIds`
          : issue.message,
    });
  }
  return {};
}

/** The heading's own words: its inline content without the `<Section>` instruction. */
export function headingContent(heading: Heading): PhrasingContent[] {
  const kept = heading.children.filter((c) => !isMetaElement(c));
  const last = kept.at(-1);
  if (last?.type === 'text' && last.value !== last.value.trimEnd()) {
    kept[kept.length - 1] = { ...last, value: last.value.trimEnd() };
  }
  return kept;
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

/**
 * Finds the sections of a lesson body: each `##` heading starts one. Reads ids, kinds and
 * former ids; reports duplicates and misplaced headings with their lines. Never changes
 * the tree, so the checker and the renderer can both call it.
 */
export function readSections(tree: Root): { sections: FoundSection[]; issues: LessonIssue[] } {
  const issues: LessonIssue[] = [];
  const sections: FoundSection[] = [];
  const taken = new Map<string, number | undefined>();
  const claim = (id: string, line: number | undefined, what: string) => {
    if (taken.has(id)) {
      const first = taken.get(id);
      issues.push({
        line,
        field: what,
        message: `id "${id}" is already used by the section on line ${first ?? '?'}; give one of them its own id with <Section id="..." /> on its heading`,
      });
    } else taken.set(id, line);
  };

  tree.children.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const line = node.position?.start.line;
    if (node.depth === 1) {
      issues.push({
        line,
        field: 'heading',
        message: 'a "#" heading is not allowed in the body; the title comes from `title:` — use "##" for sections',
      });
      return;
    }
    if (node.depth !== 2) return;
    const meta = readMeta(node, issues);
    const title = toString({ type: 'heading', depth: 2, children: headingContent(node) }).trim();
    const kind = meta.kind ?? kindOfHeading(title);
    const standardId = kind === 'custom' ? undefined : KIND_IDS[kind];
    const id = meta.id ?? (standardId && !taken.has(standardId) ? standardId : slug(title) || 'section');
    claim(id, line, `section "${title}"`);
    const formerIds = meta.formerIds ?? [];
    for (const former of formerIds) claim(former, line, `section "${title}" formerIds`);
    sections.push({ id, kind, title, formerIds, line, headingIndex: index, summary: '' });
  });
  sections.forEach((section, i) => {
    const end = sections[i + 1]?.headingIndex ?? tree.children.length;
    section.summary = openingSentence(tree.children.slice(section.headingIndex + 1, end));
  });
  return { sections, issues };
}
