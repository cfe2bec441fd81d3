/** Nodes of a lesson's tree that show a reader nothing. */
import type { RootContent } from 'mdast';

/** A comment: `<!-- … -->` in Markdown, `{/* … *\/}` in MDX. */
export const isComment = (n: RootContent) =>
  (n.type === 'html' && /^<!--[\s\S]*-->$/.test(n.value.trim())) ||
  ((n.type as string) === 'mdxFlowExpression' && /^\s*\/\*[\s\S]*\*\/\s*$/.test(String((n as { value?: unknown }).value)));

/** An MDX `import` or `export`: code, which must stay at the top level of the tree. */
export const isEsm = (n: RootContent) => (n.type as string) === 'mdxjsEsm';
