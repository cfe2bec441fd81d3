/**
 * The render stage: the section renderer, added to whichever Markdown engine the site uses.
 * One transform (./section-tree.ts over the sections `readSections` finds, the function the
 * checker calls too) with two thin adapters: a Sätteri mdast plugin for Astro's default
 * engine, and a remark plugin for `unified()` from @astrojs/markdown-remark, where a team's
 * own remark plugins run before it and its rehype plugins after. Markdown and MDX files
 * go through the same engine, so every lesson gets the same markup.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import type { MdastPluginDefinition } from 'satteri';
import { questionId, siteUrls } from '../contract/index.ts';
import { HOME_ENTRY, isInside } from '../load/files.ts';
import { defaultDisplayPath, formatIssue } from '../load/issues.ts';
import type { SectionInfo } from '../load/model.ts';
import { readSections } from '../load/sections.ts';
import { quizSchema } from '../schema/quiz.ts';
import { siteLink, type LinkContext } from './links.ts';
import { sectionTree } from './section-tree.ts';

export interface RenderOptions {
  /** The site URL, for the section pages' URLs the copy control copies. */
  site: string;
  /** The base path the handbook is hosted under, such as `/` or `/handbook/`. */
  base: string;
  /** The lessons folder, absolute: Markdown elsewhere in the site is left as it is. */
  lessonsDir: string;
  /** A lesson's slug (src/load/files.ts, slugFor), from its path in the lessons folder and its frontmatter. */
  slugOf(path: string, frontmatter: Record<string, unknown>): string;
  /** What links need to know of the lessons folder (read when a lesson renders: it changes while `npm run dev` runs). */
  links(): LinkContext;
}

/** What the renderer leaves in the page's `remarkPluginFrontmatter`. */
export interface RenderedFrontmatter {
  sections?: SectionInfo[];
}

/**
 * Renders one lesson's tree: returns its new top-level nodes, and records its sections in
 * the frontmatter the page reads; `undefined` for a file that is not a lesson.
 */
function renderLesson(tree: Root, file: string | undefined, frontmatter: Record<string, unknown>, options: RenderOptions): Root['children'] | undefined {
  if (!file) return undefined;
  if (!isInside(options.lessonsDir, file)) return undefined;
  const from = path.relative(options.lessonsDir, file).split(path.sep).join('/');
  const quiz = quizSchema.safeParse(frontmatter.quiz ?? []);
  const questions = quiz.success ? quiz.data : [];
  const title = typeof frontmatter.title === 'string' && frontmatter.title.trim() ? frontmatter.title.trim() : undefined;
  const read = readSections(tree, { title, reserved: questions.map(questionId) });
  // The check stops a build before any of these (it reads headings with the same function).
  if (read.issues.length > 0) throw new Error(read.issues.map((issue) => formatIssue(defaultDisplayPath(file), issue)).join('\n'));
  const slug = options.slugOf(from, frontmatter);
  const links = options.links();
  const { children, sections } = sectionTree(tree, read, {
    lesson: slug,
    quiz: questions,
    link: (url) => siteLink(url, from, links),
    // The handbook's introduction is the home page: its sections have no pages of their own.
    sectionPageUrl: slug === HOME_ENTRY ? undefined : (id) => new URL(siteUrls(options.base).section(slug, id), options.site).href,
  });
  frontmatter.sections = sections;
  return children as Root['children'];
}

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/** The renderer as a Sätteri mdast plugin (Astro's default engine). */
export function satteriSections(options: RenderOptions): MdastPluginDefinition {
  return {
    name: 'lessonbook-sections',
    options: { position: true },
    before(root, ctx) {
      const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
      const frontmatter = (ctx.data as AstroData).astro?.frontmatter ?? {};
      const children = renderLesson(root as unknown as Root, file, frontmatter, options);
      if (children) ctx.replaceNode(root, { type: 'root', children } as never);
    },
  };
}

interface VFileLike {
  path?: string;
  data: AstroData;
}

/** The renderer as a remark plugin (`unified()` from @astrojs/markdown-remark). */
export function remarkSections(options: RenderOptions) {
  return () => (tree: Root, file: VFileLike) => {
    const children = renderLesson(tree, file.path, file.data.astro?.frontmatter ?? {}, options);
    if (children) tree.children = children;
  };
}
