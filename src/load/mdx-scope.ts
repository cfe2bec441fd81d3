/**
 * What MDX would fail on only when the page renders: a `{name}` in prose or an attribute
 * that names nothing defined (`{braces}` → "ReferenceError: braces is not defined"), and a
 * `<Component>` that is not imported. The MDX parser accepts both; the check reports them
 * first, so the build never stops with a stack trace on prose the check passed.
 * Parsed with acorn; the names a lesson defines are its own imports and exports, and what
 * MDX and Astro give every lesson.
 */
import { parse, parseExpressionAt, type Node, type Program } from 'acorn';
import type { LessonIssue } from './issues.ts';

/** Names every MDX lesson in Astro may use without defining them. */
const MDX_NAMES = ['props', 'frontmatter', 'file', 'url', 'components', 'Fragment', 'undefined', 'NaN', 'Infinity'];
const GLOBALS = new Set([...Object.getOwnPropertyNames(globalThis), ...MDX_NAMES]);

interface MdxNode {
  type: string;
  value?: unknown;
  name?: string | null;
  attributes?: MdxNode[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

type AnyNode = Node & Record<string, unknown>;

/** The names an expression reads that it does not define itself (parameters of its own functions). */
function freeNames(expression: Node): string[] {
  const free: string[] = [];
  const walk = (node: unknown, bound: ReadonlySet<string>): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => walk(n, bound));
    const n = node as AnyNode;
    switch (n.type) {
      case 'Identifier':
        if (!bound.has(n.name as string)) free.push(n.name as string);
        return;
      case 'MemberExpression':
        walk(n.object, bound);
        if (n.computed) walk(n.property, bound);
        return;
      case 'Property':
        if (n.computed) walk(n.key, bound);
        walk(n.value, bound);
        return;
      case 'ArrowFunctionExpression':
      case 'FunctionExpression': {
        const inner = new Set(bound);
        const declare = (p: unknown): void => {
          const q = p as AnyNode | null;
          if (!q) return;
          if (q.type === 'Identifier') inner.add(q.name as string);
          else if (q.type === 'AssignmentPattern') declare(q.left);
          else if (q.type === 'RestElement') declare(q.argument);
          else if (q.type === 'ArrayPattern') (q.elements as unknown[]).forEach(declare);
          else if (q.type === 'ObjectPattern') (q.properties as AnyNode[]).forEach((prop) => declare(prop.type === 'RestElement' ? prop.argument : prop.value));
        };
        (n.params as unknown[]).forEach(declare);
        if (n.id) declare(n.id);
        walk(n.body, inner);
        return;
      }
      default:
        for (const [key, value] of Object.entries(n)) {
          if (key !== 'type' && key !== 'start' && key !== 'end' && key !== 'loc' && key !== 'range') walk(value, bound);
        }
    }
  };
  walk(expression, new Set());
  return free;
}

/** One `import`/`export` block of a lesson, parsed once for every check that reads it, and the line it starts on. */
export interface EsmBlock {
  program: Program;
  line: number | undefined;
}

/** The lesson's ESM blocks, parsed (a block that does not parse is the MDX parser's to report). */
export function parseEsm(tree: MdxNode): EsmBlock[] {
  const blocks: EsmBlock[] = [];
  for (const node of tree.children ?? []) {
    if (node.type !== 'mdxjsEsm' || typeof node.value !== 'string') continue;
    try {
      blocks.push({ program: parse(node.value, { ecmaVersion: 'latest', sourceType: 'module', locations: true }), line: node.position?.start.line });
    } catch {
      // reported by the MDX parser
    }
  }
  return blocks;
}

/** The names a lesson's own `import`s and `export`s define. */
function definedNames(esm: readonly EsmBlock[]): Set<string> {
  const names = new Set<string>();
  for (const { program } of esm) {
    for (const statement of program.body as unknown as AnyNode[]) {
      if (statement.type === 'ImportDeclaration') for (const s of statement.specifiers as AnyNode[]) names.add((s.local as AnyNode).name as string);
      const declaration = (statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement) as AnyNode | null;
      if (declaration?.type === 'VariableDeclaration') {
        for (const d of declaration.declarations as AnyNode[]) if ((d.id as AnyNode).type === 'Identifier') names.add((d.id as AnyNode).name as string);
      } else if (declaration && (declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && declaration.id) {
        names.add((declaration.id as AnyNode).name as string);
      }
    }
  }
  return names;
}

const isJsComment = (code: string) => /^\s*(\/\*[\s\S]*?\*\/\s*|\/\/[^\n]*\n?\s*)*$/.test(code);

/**
 * Problems in an MDX tree's expressions and components. `handled` are nodes the check
 * leaves alone: the `<Section>` on headings, which the section renderer reads off before
 * rendering. `esm` is the lesson's own imports and exports (parseEsm).
 */
export function checkMdxScope(tree: MdxNode, handled: ReadonlySet<unknown>, esm: readonly EsmBlock[]): LessonIssue[] {
  const expressions: { code: string; line: number | undefined; node: MdxNode }[] = [];
  const components: { name: string; line: number | undefined }[] = [];
  const walk = (node: MdxNode) => {
    const line = node.position?.start.line;
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && typeof node.value === 'string') expressions.push({ code: node.value, line, node });
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && !handled.has(node)) {
      if (node.name && /^[A-Z]|\./.test(node.name)) components.push({ name: node.name, line });
      for (const attr of node.attributes ?? []) {
        if (attr.type === 'mdxJsxExpressionAttribute' && typeof attr.value === 'string') expressions.push({ code: attr.value, line, node: attr });
        const value = attr.value as MdxNode | undefined;
        if (attr.type === 'mdxJsxAttribute' && value && typeof value === 'object' && typeof value.value === 'string') expressions.push({ code: value.value, line, node: attr });
      }
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);

  const defined = definedNames(esm);
  const known = (name: string) => defined.has(name) || GLOBALS.has(name);
  const issues: LessonIssue[] = [];
  for (const { code, line } of expressions) {
    if (isJsComment(code)) continue;
    let expression: Node;
    try {
      // A spread attribute `{...x}` is an object's spread; anything else an expression.
      const source = code.trimStart().startsWith('...') ? `({${code}})` : `(${code}\n)`;
      expression = parseExpressionAt(source, 0, { ecmaVersion: 'latest' });
    } catch {
      continue; // the MDX parser reports what does not parse
    }
    const unknown = [...new Set(freeNames(expression).filter((name) => !known(name)))];
    if (unknown.length === 0) continue;
    const shown = code.length > 40 ? `${code.slice(0, 39)}…` : code;
    issues.push({
      line,
      field: 'body',
      message:
        `{${shown}} is JavaScript in MDX, and ${unknown.map((n) => `\`${n}\``).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not defined, so the page cannot render; ` +
        `for the characters themselves write \\{${shown}\\}, or save the lesson as .md, where braces are just text`,
    });
  }
  for (const { name, line } of components) {
    const base = name.split('.')[0]!;
    if (known(base)) continue;
    issues.push({
      line,
      field: 'body',
      message: `<${name}> is a component, and nothing defines \`${base}\`: import it at the top of the lesson (import ${base} from '…'), or write \\<${name}> for the text itself`,
    });
  }
  return issues;
}
