/**
 * A lesson's body, read by the build's own rules: parsed by Sätteri (Astro's default
 * engine; MDX after the same preparation the build gives it), its headings read by
 * `readSections` (the function the renderer calls). Collects the sections the pages list,
 * and what the cross-lesson checks need: the anchors the lesson offers and the links it makes.
 */
import type { Heading, Root } from 'mdast';
import { headingId, questionId } from '../contract/index.ts';
import type { Section } from '../schema/section.ts';
import { accessibilityWarnings } from './accessibility.ts';
import { htmlElements, lineIn, urlAttributes } from './html.ts';
import type { LessonIssue } from './issues.ts';
import { checkImports } from './mdx-imports.ts';
import { checkMdxScope, parseEsm } from './mdx-scope.ts';
import { attributeUrls, isAuthorUrlAttribute } from './html-urls.ts';
import { OTHER_SITE } from './links.ts';
import type { Link } from './model.ts';
import { isComment, isEsm } from './nodes.ts';
import { parseBody } from './parse.ts';
import { isMetaElement, openingSentence, readSections } from './sections.ts';
import { unshownNotes } from './unshown.ts';

/** A section as the pages and the stages after the build know it. */
export interface SectionInfo extends Section {
  /** Its opening sentence: what a link preview shows. */
  summary: string;
}

export interface BodyFacts {
  issues: LessonIssue[];
  warnings: LessonIssue[];
  /** What the page shows otherwise than GitHub does (./unshown.ts): for the author to know, never a problem. */
  notes: LessonIssue[];
  /** The sections, in order. */
  sections: SectionInfo[];
  /** The title the body's opening `#` heading gives, if it has one. */
  headingTitle: string | undefined;
  /** The opening sentence of the words before the first section (empty when there are none). */
  introSummary: string;
  /** Every `#id` a reader can land on in this lesson: sections, their other anchors, headings, quiz questions. */
  anchors: Set<string>;
  /** The current section ids, in order, for suggestions. */
  sectionIds: string[];
  /** The sections with a section page, /lessons/<slug>/<id>/: current and former ids. */
  sectionPages: Set<string>;
  links: Link[];
}

interface AnyNode {
  type: string;
  url?: string;
  value?: unknown;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: AnyNode[];
  position?: { start: { line: number } };
}

/** A `<script>` element an author wrote: its `src` and `type`, if any, whether it holds code, and its line. */
interface Script {
  src: string | undefined;
  type: string | undefined;
  inline: boolean;
  line: number | undefined;
}

/** Every link in the tree: Markdown links, images and definitions, and every URL attribute of any element (./html-urls.ts), in HTML (read once, ./html.ts) or MDX; and the scripts. */
function collectLinks(node: AnyNode, links: Link[], scripts: Script[]): void {
  const line = node.position?.start.line;
  if ((node.type === 'link' || node.type === 'definition') && node.url) links.push({ url: node.url, line });
  // Astro bundles a Markdown image itself, and stops the build when its file is missing.
  if (node.type === 'image' && node.url) links.push({ url: node.url, line, image: true });
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
    const element = node.name;
    const attribs: Record<string, string> = {};
    for (const attr of node.attributes ?? []) if (attr.type === 'mdxJsxAttribute' && attr.name && typeof attr.value === 'string') attribs[attr.name] = attr.value;
    for (const [attribute, value] of Object.entries(attribs)) {
      if (isAuthorUrlAttribute(element, attribute)) for (const url of attributeUrls(attribute, value)) if (url) links.push({ url, line, element, attribute });
    }
    if (element === 'script') scripts.push({ src: attribs.src, type: attribs.type, inline: (node.children ?? []).length > 0, line });
  }
  if (node.type === 'html' && typeof node.value === 'string') {
    // Each at its own line: one HTML block can run over many.
    for (const element of htmlElements(node.value)) {
      for (const a of urlAttributes(element)) {
        for (const url of attributeUrls(a.name, a.value)) if (url) links.push({ url, line: lineIn(node.value, a.start, line), element: a.tag, attribute: a.name });
      }
      if (element.tag === 'script') scripts.push({ src: element.attribs.src, type: element.attribs.type, inline: element.text, line });
    }
  }
  for (const child of node.children ?? []) collectLinks(child, links, scripts);
}

/**
 * What a lesson's `<script>` may do, as the README says: load a classic script file from the
 * lessons folder (`<script src="widget.js">`: published with the site, run under the policy's
 * 'self', copied into the offline copy and inlined into each single file). The policy runs
 * no inline script and no script from another site, and the offline copy cannot run a module
 * script that imports others, so those are errors here rather than a page that silently
 * does less than its author saw.
 */
function scriptIssues(scripts: readonly Script[]): LessonIssue[] {
  return scripts.flatMap(({ src, type, inline, line }): LessonIssue[] => {
    if (src === undefined || src.trim() === '') {
      return inline
        ? [{ line, field: '<script>', message: 'a lesson runs no inline script: the handbook’s Content-Security-Policy refuses it (GitHub does not run it either); put the code in a .js file beside the lesson and load it with <script src="file.js"></script>, or show it in a ```js code block' }]
        : [{ line, field: '<script>', message: 'a <script> with no src runs nothing; give it src="file.js" (a file beside the lesson), or remove it' }];
    }
    if (OTHER_SITE.test(src.trim())) {
      return [{ line, field: `<script src="${src}">`, message: 'a lesson runs no script from another site: the handbook’s Content-Security-Policy allows scripts from the handbook only; save the file beside the lesson and load it from there' }];
    }
    if ((type ?? '').trim().toLowerCase() === 'module') {
      return [{ line, field: `<script src="${src}">`, message: 'a lesson’s script is a classic script: the offline copy opens from disk, where a module script cannot load what it imports; remove type="module" and keep the file self-contained' }];
    }
    return [];
  });
}

/** The section a quiz gets when its lesson has no Quick check heading: the model and the page agree on it. */
export const QUICK_CHECK = { id: 'quick-check', kind: 'quick-check', title: 'Quick check', summary: '' } as const satisfies Partial<SectionInfo>;

/** Sätteri's message, `3:1: Expected … (3:1) (mdx-jsx:rule)`, as line and plain words. */
function syntaxIssue(error: unknown): LessonIssue {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):\d+: ([\s\S]*?)(?: \(\d+:\d+\))?((?: [^()]+)?)(?: \([\w:-]+\))?$/.exec(text);
  const words = (match ? `${match[2]}${match[3]}` : text).replace(/\s*\bwith oxc\b/, '');
  const literal = /`<|`\{|after `<`|expression/.test(words)
    ? '; in MDX, "<" and "{" start code: close the tag or brace, or write \\< or \\{ for the character itself — or save the lesson as .md, where they are just text'
    : '';
  return { line: match ? Number(match[1]) : undefined, field: 'body', message: `MDX cannot read this: ${words}${literal}` };
}


export interface BodyOptions {
  format: 'md' | 'mdx';
  /** The quiz question ids (from frontmatter valid enough to have them): anchors too. */
  quizIds: readonly string[];
  /** The frontmatter's title, if any. */
  title: string | undefined;
  /** The lesson file's absolute path, to check what an MDX lesson imports. */
  file?: string;
}

/** Reads the body of a lesson file (its frontmatter blanked, so lines are the file's). */
export function readBody(body: string, { format, quizIds, title, file }: BodyOptions): BodyFacts {
  let tree: Root;
  try {
    tree = parseBody(body, format);
  } catch (error) {
    const none = { warnings: [], notes: [], sections: [], headingTitle: undefined, introSummary: '', anchors: new Set<string>(), sectionIds: [], sectionPages: new Set<string>(), links: [] };
    return { issues: [syntaxIssue(error)], ...none };
  }
  const quizAnchors = quizIds.map((id) => questionId({ id }));
  const read = readSections(tree, { title, reserved: quizAnchors });
  const issues = [...read.issues];
  const { sections } = read;
  const warnings: LessonIssue[] = [...read.warnings, ...accessibilityWarnings(tree)];
  if (format === 'mdx') {
    // Every heading's `<Section>` is read off by the section rules, nested ones too: not a component to import.
    const headings = [...sections.map((s) => tree.children[s.headingIndex]), read.title && tree.children[read.title.index], ...read.anchors.map((a) => a.heading)];
    // Only `<Section>` itself: any other component in a heading (`## In a<Callout />`) still needs an import.
    const handled = new Set<unknown>(headings.flatMap((h) => (h?.type === 'heading' ? h.children.filter(isMetaElement) : [])));
    const esm = parseEsm(tree as never);
    issues.push(...checkMdxScope(tree as never, handled, esm));
    if (file) issues.push(...checkImports(esm, file));
  }

  const sectionPages = new Set(sections.flatMap((s) => [s.id, ...s.formerIds]));
  // The renderer gives a quiz a Quick check section even when the author wrote none.
  if (quizIds.length > 0) sectionPages.add(QUICK_CHECK.id);
  const anchors = new Set([
    ...sectionPages,
    ...sections.flatMap((s) => [...s.aliases, headingId(s.id)]),
    ...read.anchors.map((a) => a.id),
    ...read.elements.filter((e) => e.kept).map((e) => e.id),
    ...quizAnchors,
  ]);

  sections.forEach((section, i) => {
    const end = sections[i + 1]?.headingIndex ?? tree.children.length;
    const content = tree.children.slice(section.headingIndex + 1, end);
    // A `#` heading whose words are its `##` sections (`# Part one`, then `## Step 1`) is not empty.
    const next = tree.children[end];
    const holdsSections = next?.type === 'heading' && next.depth > (tree.children[section.headingIndex] as Heading).depth;
    if (content.every(isComment) && !holdsSections && !(section.kind === 'quick-check' && quizIds.length > 0)) {
      warnings.push({ line: section.line, field: `section "${section.title}"`, message: 'this section is empty; write its text, or remove the heading' });
    }
  });
  const firstSection = sections[0]?.headingIndex ?? tree.children.length;
  const intro = tree.children.slice(0, firstSection).filter((n, i) => i !== read.title?.index && !isComment(n) && !isEsm(n));

  const links: Link[] = [];
  const scripts: Script[] = [];
  collectLinks(tree as AnyNode, links, scripts);
  issues.push(...scriptIssues(scripts));
  const infos: SectionInfo[] = sections.map(({ headingIndex: _, ...section }) => section);
  if (quizIds.length > 0 && !sections.some((s) => s.kind === 'quick-check')) {
    infos.push({ ...QUICK_CHECK, formerIds: [], aliases: [] });
  }
  return {
    issues,
    warnings,
    notes: unshownNotes(tree),
    sections: infos,
    headingTitle: read.title?.text,
    introSummary: openingSentence(intro),
    anchors,
    sectionIds: infos.map((s) => s.id),
    sectionPages,
    links,
  };
}
