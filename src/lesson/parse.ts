/**
 * Parses a lesson body (MDX) into mdast with the same engine the build renders with
 * (Sätteri), so the checker and the renderer never disagree about what a file says.
 */
import type { Root } from 'mdast';
import { mdxToJs } from 'satteri';

/** The body's mdast, positions included (lines count from the top of the body). */
export function parseBody(mdx: string): Root {
  let tree: Root | undefined;
  mdxToJs(mdx, {
    mdastPlugins: [
      {
        name: 'lessonbook-capture',
        options: { position: true },
        before(root) {
          tree = JSON.parse(JSON.stringify(root)) as Root;
        },
      },
    ],
  });
  return tree!;
}
