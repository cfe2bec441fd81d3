/**
 * The files of a handbook project as a team has them, what `lessonbook init` writes bar the
 * lessons: an astro.config.mjs of a few lines (the integration, the site and base if given,
 * the Markdown engine unless it is Astro's default), the src/content.config.ts Astro insists
 * on, public/ and a package.json. The integration and the collection come from the source
 * tree `code`: this repository (the tests' projects, tests/support/project.ts) or the
 * benchmark's copy of it (scripts/bench/sandbox.mjs).
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A remark or rehype plugin: its package, and its options if any. */
export type Plugin = [name: string, options?: unknown];

export interface HandbookOptions {
  site?: string;
  base?: string;
  /** The Markdown engine: Astro's default (Sätteri), or unified() with remark and rehype plugins. */
  engine?: 'satteri' | 'unified';
  /** For `unified`: remark and rehype plugins from node_modules. */
  remarkPlugins?: Plugin[];
  rehypePlugins?: Plugin[];
  /** The lessons folder, when not `lessons/`: `lessonbook({ lessons: 'docs' })`. */
  lessonsFolder?: string;
}

/** The project's astro.config.mjs. */
export function handbookConfig(code: string, options: HandbookOptions = {}): string {
  const imports = [`import { defineConfig } from 'astro/config';`, `import lessonbook from ${JSON.stringify(path.join(code, 'src', 'index.ts'))};`];
  const settings = [`integrations: [lessonbook(${options.lessonsFolder ? `{ lessons: ${JSON.stringify(options.lessonsFolder)} }` : ''})]`];
  if (options.site) settings.unshift(`site: ${JSON.stringify(options.site)}`);
  if (options.base) settings.unshift(`base: ${JSON.stringify(options.base)}`);
  if (options.engine === 'unified') {
    imports.push(`import { unified } from '@astrojs/markdown-remark';`);
    const list = (plugins: Plugin[] = [], kind: string) =>
      plugins.map(([name, opts], i) => {
        imports.push(`import ${kind}${i} from ${JSON.stringify(name)};`);
        return opts === undefined ? `${kind}${i}` : `[${kind}${i}, ${JSON.stringify(opts)}]`;
      });
    const remark = list(options.remarkPlugins, 'remark');
    const rehype = list(options.rehypePlugins, 'rehype');
    const plugins = remark.length || rehype.length ? `{ remarkPlugins: [${remark.join(', ')}], rehypePlugins: [${rehype.join(', ')}] }` : '';
    settings.push(`markdown: { processor: unified(${plugins}) }`);
  } else if (options.engine !== undefined && options.engine !== 'satteri') {
    throw new Error(`unknown Markdown engine "${String(options.engine)}" (satteri or unified)`);
  }
  return `${imports.join('\n')}\n\nexport default defineConfig({\n  ${settings.join(',\n  ')},\n});\n`;
}

/** Writes a handbook project's files into `dir` (its lessons/ is the caller's). */
export function writeHandbookProject(dir: string, code: string, options: HandbookOptions = {}): void {
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  cpSync(path.join(code, 'public'), path.join(dir, 'public'), { recursive: true });
  writeFileSync(path.join(dir, 'astro.config.mjs'), handbookConfig(code, options));
  writeFileSync(path.join(dir, 'src', 'content.config.ts'), `export { collections } from ${JSON.stringify(path.join(code, 'src', 'collection', 'index.ts'))};\n`);
  writeFileSync(path.join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
}
