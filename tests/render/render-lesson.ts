/**
 * A lesson's Markdown rendered as the build renders it, without a whole build: the section
 * renderer added to each real Markdown engine's renderer — Sätteri (Astro's default) and
 * unified() from @astrojs/markdown-remark — with the options Astro gives them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { unified } from '@astrojs/markdown-remark';
import { remarkSections, satteriSections, type RenderOptions } from '../../src/render/index.ts';

export type Engine = 'satteri' | 'unified';
export const ENGINES: Engine[] = ['satteri', 'unified'];

const lessonsDir = mkdtempSync(path.join(tmpdir(), 'lessonbook-render-'));

const options: RenderOptions = {
  site: 'https://handbook.example.com',
  base: '/',
  lessonsDir,
  slugOf: (file) => file.replace(/\.mdx?$/, ''),
  links: () => ({ base: '/', files: new Map(), exists: () => false, slugOf: (file) => file.replace(/\.mdx?$/, '') }),
};

const shared = { syntaxHighlight: false as const, shikiConfig: {}, gfm: true, smartypants: true, image: {} };

/** The HTML `markdown` (a `.md` lesson's body) renders to on `engine`. */
export async function renderLesson(engine: Engine, markdown: string, frontmatter: Record<string, unknown> = { title: 'A lesson' }): Promise<string> {
  const file = path.join(lessonsDir, 'lesson.md');
  writeFileSync(file, markdown);
  const processor = engine === 'satteri' ? satteri({ mdastPlugins: [satteriSections(options)] }) : unified({ remarkPlugins: [remarkSections(options)] });
  const renderer = await processor.createRenderer(shared as never);
  const { code } = await renderer.render(markdown, { frontmatter: { ...frontmatter }, fileURL: pathToFileURL(file) });
  return code;
}
