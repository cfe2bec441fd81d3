/**
 * The section renderer as a Sätteri mdast plugin: Astro 7's built-in MDX engine runs it
 * on every lesson. (A unified/remark pipeline does the same job but built 1,000 lessons
 * 1.9× slower here, over the budget; Sätteri plugins use the same mdast shapes.)
 * Problems stop the build with the file and line.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import type { MdastPluginDefinition } from 'satteri';
import { readSections } from '../lesson/sections';
import { formatIssue } from '../lesson/issues';
import { sectionTree } from './section-tree';

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export interface SectionsPluginOptions {
  /** The site URL, for the shareable section links the copy control copies. */
  site: string;
  /** The base path the handbook is hosted under, such as `/` or `/handbook/`. */
  base: string;
}

/** Builds the plugin for one site: links and shareable URLs depend on where it is hosted. */
export const sectionsPlugin = ({ site, base }: SectionsPluginOptions): MdastPluginDefinition => ({
  name: 'lessonbook-sections',
  options: { position: true },
  before(root, ctx) {
    const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'lesson.mdx';
    const frontmatter = (ctx.data as AstroData).astro?.frontmatter ?? {};
    const tree = root as Root;
    const { sections: found, issues } = readSections(tree);
    if (issues.length > 0) {
      const where = path.relative(process.cwd(), file);
      throw new Error(issues.map((issue) => formatIssue(where, issue)).join('\n'));
    }
    const id = typeof frontmatter.slug === 'string' ? frontmatter.slug : path.basename(file, path.extname(file));
    const hasQuiz = Array.isArray(frontmatter.quiz) && frontmatter.quiz.length > 0;
    const { children, sections } = sectionTree(tree, found, {
      quizLesson: hasQuiz ? id : undefined,
      base,
      shareUrl: (sectionId) => new URL(`${base}lessons/${id}/${sectionId}/`, site).href,
    });
    ctx.replaceNode(root, { type: 'root', children } as never);
    frontmatter.sections = sections.map(({ id, kind, title, formerIds, summary }) => ({ id, kind, title, formerIds, summary }));
  },
});
