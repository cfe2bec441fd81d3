/**
 * What in a lesson's own content would fail the accessibility gate (axe-core, WCAG 2.2 A/AA)
 * on its page, found in the text before a reader meets it, each a warning at its line:
 *
 * - an image with no text alternative: `<img>` with no alt (axe: image-alt); and
 *   `![](x.png)`, which the page gives alt="": axe lets that pass as decoration, but empty
 *   brackets are far more often a description nobody wrote, so it is warned of too;
 * - a link with no text: `[](url)`, `[![](badge.svg)](url)`, `<a href>` around nothing a
 *   screen reader can read (axe: link-name);
 * - an `<iframe>` with no title (axe: frame-title) and an `<object>` with no text alternative
 *   (axe: object-alt).
 *
 * Markdown is read from the lesson's mdast, MDX elements from their attributes, and HTML
 * written into Markdown with htmlparser2 — an element may open in one HTML node and close in
 * another, with Markdown between, so each block's inline run is read as one piece of HTML.
 */
import { Parser } from 'htmlparser2';
import type { Root } from 'mdast';
import { AUTHOR_HTML } from './html.ts';
import type { LessonIssue } from './issues.ts';

interface AnyNode {
  type: string;
  name?: string | null;
  url?: string;
  alt?: string | null;
  value?: unknown;
  /** An MDX element's attributes (a list); directives carry an object here, which is not read. */
  attributes?: unknown;
  children?: AnyNode[];
  position?: { start: { line: number } };
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

const NO_ALT = 'the image has no alt text, so a screen reader cannot say what it shows';

/**
 * The text content gives a screen reader: its words and its images' alt text. What is not
 * known here counts as text: HTML (read on its own), a component, an expression.
 */
function textOf(node: AnyNode): string {
  if (node.type === 'image') return node.alt ?? '';
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const name = node.name ?? '';
    if (!/^[a-z]/.test(name)) return 'x';
    const attrs = jsxAttributes(node);
    if (named(attrs)) return 'x';
    if (name === 'img') return typeof attrs.alt === 'string' ? attrs.alt : attrs.alt === true ? 'x' : '';
  } else if (node.type === 'html' || node.type.startsWith('mdx')) return 'x';
  return (node.children ?? []).map(textOf).join('');
}

/** Attributes that name an element for a screen reader, whatever its kind. */
const NAMING = ['aria-label', 'aria-labelledby', 'title'];
const named = (attrs: Attributes) => NAMING.some((a) => typeof attrs[a] === 'string' ? (attrs[a] as string).trim() !== '' : attrs[a] === true);
const isHidden = (attrs: Attributes) => attrs['aria-hidden'] === 'true' || attrs.role === 'presentation' || attrs.role === 'none';

/** An element's attributes, in HTML or MDX: `true` for an MDX expression's value, not known here. */
type Attributes = Record<string, string | true>;

/**
 * What an HTML or MDX element at `line` lacks on its own: an `<img>` its alt text, an
 * `<iframe>` its title, an `<object>` a name (an object that loads shows what it loads, not
 * the text inside it, which is its fallback; so axe's object-alt asks for a name on the element).
 */
function elementIssue(name: string, attrs: Attributes, line: number | undefined): LessonIssue | undefined {
  if (named(attrs) || isHidden(attrs)) return undefined;
  const value = (attribute: string) => short(String(attrs[attribute] ?? ''));
  if (name === 'img' && attrs.alt === undefined) {
    return { line, field: `<img src="${value('src')}">`, message: `${NO_ALT}; add alt="what it shows" (or alt="" if it only decorates)` };
  }
  if (name === 'iframe') return { line, field: `<iframe src="${value('src')}">`, message: 'the frame has no title, so a screen reader cannot say what it holds; add title="what it shows"' };
  if (name === 'object') {
    return { line, field: `<object data="${value('data')}">`, message: 'the object has no text alternative; add aria-label="what it shows" (the text inside an object shows only when it cannot load)' };
  }
  return undefined;
}

/** An HTML or MDX link (`<a href>`) with nothing inside it a screen reader can read. */
const emptyLink = (href: string, line: number | undefined): LessonIssue => ({
  line,
  field: `<a href="${short(href)}">`,
  message: 'the link has no text, so a screen reader cannot say where it goes; write its words inside it, or give its image alt text',
});

/**
 * Reads a run of HTML (with the Markdown between its pieces standing in as text or images):
 * `lineAt(offset)` is the lesson line of a place in it. Reports what it finds in `issues`.
 */
function checkHtml(html: string, lineAt: (offset: number) => number | undefined, issues: LessonIssue[]): void {
  /** Open links, which need text inside them, and whether any has come. */
  const open: { name: string; attrs: Record<string, string>; line: number | undefined; text: boolean }[] = [];
  const gotText = () => open.forEach((o) => (o.text = true));
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const line = lineAt(parser.startIndex);
        const issue = elementIssue(name, attrs, line);
        if (issue) issues.push(issue);
        if (name === 'img' && (attrs.alt?.trim() || named(attrs))) gotText();
        if (name === 'a' && attrs.href !== undefined) {
          const done = named(attrs) || isHidden(attrs);
          open.push({ name, attrs, line, text: done });
        }
      },
      ontext(text) {
        if (text.trim()) gotText();
      },
      onclosetag(name) {
        const at = open.findLastIndex((o) => o.name === name);
        if (at < 0) return;
        const [element] = open.splice(at);
        if (!element || element.text) return;
        issues.push(emptyLink(element.attrs.href ?? '', element.line));
      },
    },
    AUTHOR_HTML,
  );
  parser.end(html);
}

/** HTML text for Markdown between pieces of HTML: its words as text, its images as <img>. */
function asHtml(node: AnyNode): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  if (node.type === 'html') return String(node.value ?? '');
  if (node.type === 'image') return `<img alt="${escape(node.alt ?? '')}">`;
  if (node.type === 'text' || node.type === 'inlineCode') return escape(String(node.value ?? ''));
  return (node.children ?? []).map(asHtml).join('');
}

function jsxAttributes(node: AnyNode): Attributes {
  const attrs: Attributes = {};
  const list = Array.isArray(node.attributes) ? (node.attributes as { type: string; name?: string; value?: unknown }[]) : [];
  for (const a of list) {
    // An expression's value is not known here: taken as given.
    if (a.type === 'mdxJsxAttribute' && a.name) attrs[a.name.toLowerCase()] = typeof a.value === 'string' ? a.value : true;
    else if (a.type === 'mdxJsxExpressionAttribute') attrs['aria-label'] = true;
  }
  return attrs;
}

/** A warning for each piece of the lesson's content that would fail the accessibility gate. */
export function accessibilityWarnings(tree: Root): LessonIssue[] {
  const issues: LessonIssue[] = [];
  /** `read`: the node's HTML was read already, as part of its parent's. */
  const visit = (node: AnyNode, read: boolean) => {
    const line = node.position?.start.line;
    if (node.type === 'image' && !node.alt?.trim()) {
      issues.push({ line, field: `image "${short(node.url ?? '')}"`, message: `${NO_ALT}; describe it between the brackets: ![what it shows](${short(node.url ?? '')})` });
    }
    if (node.type === 'link' && !textOf(node).trim()) {
      issues.push({ line, field: `link "${short(node.url ?? '')}"`, message: 'the link has no text, so a screen reader cannot say where it goes; write its words between the brackets, or give its image alt text: [![what it shows](badge.svg)](…)' });
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      const attrs = jsxAttributes(node);
      const text = (node.children ?? []).map(textOf).join('').trim() !== '';
      const issue = elementIssue(name, attrs, line);
      if (issue) issues.push(issue);
      if (name === 'a' && attrs.href !== undefined && !named(attrs) && !isHidden(attrs) && !text) issues.push(emptyLink(String(attrs.href), line));
    }
    const children = node.children ?? [];
    const readHere = !read && children.some((c) => c.type === 'html');
    if (readHere) {
      // The children read as one piece of HTML, each piece's place mapped back to its line.
      const starts: { offset: number; line: number | undefined; text: string }[] = [];
      let html = '';
      for (const child of children) {
        const text = asHtml(child);
        starts.push({ offset: html.length, line: child.position?.start.line, text });
        html += text + (child.type === 'html' || child.type === 'text' ? '' : '\n');
      }
      const lineAt = (offset: number) => {
        const piece = starts.findLast((s) => s.offset <= offset);
        if (piece?.line === undefined) return line;
        return piece.line + (piece.text.slice(0, offset - piece.offset).match(/\n/g)?.length ?? 0);
      };
      checkHtml(html, lineAt, issues);
    }
    for (const child of children) visit(child, read || readHere);
  };
  visit(tree as unknown as AnyNode, false);
  return issues;
}
