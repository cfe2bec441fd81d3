/**
 * Parses a lesson body into mdast with the engine Astro renders with by default (Sätteri),
 * MDX after the preparation the build gives it too (./mdx-source.ts), so the checker and the
 * renderer never disagree about what a file says.
 */
import type { Root } from 'mdast';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { prepareMdxBody } from './mdx-source.ts';

/** The body's mdast, positions included (lines count from the top of the body). */
export function parseBody(body: string, format: 'md' | 'mdx' = 'mdx'): Root {
  // Parse only: the check needs the tree, not compiled JavaScript.
  const tree = format === 'mdx' ? mdxToMdast(prepareMdxBody(body), { position: true }) : markdownToMdast(body, { position: true });
  return tree as unknown as Root;
}
