/**
 * mdast nodes that become given HTML elements (`data.hName`): the shape both engines turn
 * into HTML the same way — Sätteri, and remark-rehype under `unified()` — for Markdown and
 * MDX alike, so the section renderer builds its markup once.
 */
import type { RootContent } from 'mdast';

export type Block = RootContent;

/** Properties as hast names them: `className: ['a']`, `ariaLabel`, `dataLesson`, `hidden: true`. */
export type Props = Record<string, string | number | boolean | string[] | undefined>;

/** An element `tag` with `props` around `children`. */
export function element(tag: string, props: Props, children: Block[] = []): Block {
  const hProperties = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined && v !== false));
  return { type: 'paragraph', data: { hName: tag, hProperties }, children } as unknown as Block;
}

/** Plain text: escaped by either engine, never read as Markdown or HTML. */
export function text(value: string): Block {
  return { type: 'text', value } as Block;
}
