/**
 * Lessonbook as an Astro integration: `integrations: [lessonbook()]` in astro.config.mjs.
 * It wires the pipeline's stages into Astro's build, each from its own folder:
 *
 *   load + check (src/load, src/check)  the lessons folder read into the handbook model, and
 *                                       every problem listed; a problem stops the build
 *                                       before anything is written
 *   render (src/render)                 the section renderer, added to whichever Markdown
 *                                       engine the site configured (Sätteri or unified())
 *   pages (src/site/routes)             injected routes, reading the model from a virtual module
 *   write (src/write)                   after Astro: section pages, the one-page handbook,
 *                                       search, _headers; then the finished folder replaces dist/
 *
 * The collection itself is the one thing Astro insists a project declares in its own
 * src/content.config.ts: `export { collections } from 'lessonbook/content'`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { formatJudged, judge } from '../check/baseline.ts';
import { checkHandbook, hasErrors, type RecasedLink } from '../check/index.ts';
import { normalBase, ROUTES } from '../contract/index.ts';
import { LESSONS_DIR, useLessonsFolder } from '../collection/index.ts';
import { renderedDirOf } from '../collection/rendered.ts';
import { forgetFiles, slugFor } from '../load/files.ts';
import { fileIn, type LoadedHandbook } from '../load/index.ts';
import { remarkSections, satteriSections, type RenderOptions } from '../render/index.ts';
import type { LinkContext } from '../render/links.ts';
import { directives, themeInitHash } from '../site/csp.ts';
import type { HandbookData } from '../site/handbook-data.ts';
import { writeAfterBuild } from '../write/index.ts';
import { formatDead } from '../write/policy.ts';
import { devHandbook } from './dev-handbook.ts';
import { OPTIONS, type LessonbookOptions } from './options.ts';
import { stagingFor, swapInto } from './output.ts';
import { handbookPlugin, mdxSourcePlugin } from './vite-plugin.ts';

/** The site URL used when astro.config.mjs sets none. */
const PLACEHOLDER_SITE = 'https://handbook.example.com';

/** This module's own extension: `.ts` in the repository, `.js` in the package. */
const ts = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
const route = (file: string) => new URL(`../site/routes/${file}`, import.meta.url);

type Processor = NonNullable<AstroConfig['markdown']['processor']>;

/**
 * A digest of the code that renders and stores lessons (this package's render, load, schema and collection stages). Astro
 * keeps rendered Markdown in its content store until its config changes; this goes into the
 * config, so a Lessonbook upgrade (or, here, a change to the renderer) renders lessons afresh.
 */
function rendererDigest(): string {
  const hash = createHash('sha256');
  for (const stage of ['render', 'load', 'schema', 'collection']) {
    const dir = new URL(`../${stage}/`, import.meta.url);
    for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(new URL(name, dir)));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Adds the section renderer to the configured Markdown engine. Returns the processor to set
 * when the site configured none (Sätteri with the renderer); undefined when the renderer went
 * into the configured one's plugins, or the engine is one Lessonbook does not know (warned).
 */
function addRenderer(processor: Processor | undefined, options: RenderOptions, logger: AstroIntegrationLogger): Processor | undefined {
  // The renderer's digest rides in the processor's options, which Astro's content store hashes.
  const digest = rendererDigest();
  const sections = () => ({ ...satteriSections(options), name: `lessonbook-sections ${digest}` });
  if (!processor) return satteri({ mdastPlugins: [sections()] });
  const plugins = processor.options as { mdastPlugins?: unknown[]; remarkPlugins?: unknown[] };
  if (processor.name === 'satteri' && plugins.mdastPlugins) plugins.mdastPlugins.push(sections());
  else if (processor.name === 'unified' && plugins.remarkPlugins) plugins.remarkPlugins.push([remarkSections(options), { renderer: digest }]);
  else {
    logger.warn(
      `markdown.processor "${processor.name}" is not one Lessonbook knows: lessons will render without their sections and quiz. ` +
        "Use satteri() from '@astrojs/markdown-satteri' (Astro's default) or unified() from '@astrojs/markdown-remark'.",
    );
  }
  return undefined;
}

export default function lessonbook(options: LessonbookOptions = {}): AstroIntegration & { [OPTIONS]: LessonbookOptions } {
  const folder = options.lessons ?? LESSONS_DIR;
  let lessonsDir = '';
  let root = '';
  let base = '/';
  let site = PLACEHOLDER_SITE;
  let favicon = false;
  // The handbook as read: in a build, the check's own reading; otherwise (`astro dev`), the
  // dev server's one reading, read again where files changed (./dev-handbook.ts).
  let handbook: Pick<LoadedHandbook, 'model' | 'files'> | undefined;
  // In a build, the links the check found landing on an anchor in other letter case.
  let recased: RecasedLink[] = [];
  let output: { staging: URL; outDir: URL } | undefined;

  let linkContext: LinkContext | undefined;

  const read = () => handbook ?? devHandbook(lessonsDir, base, root).result;
  const readModel = () => read().model;
  const pageData = (): HandbookData => {
    const { title, intro, editUrl, lessons, parts, top, home, printVolumes } = readModel();
    // A lesson's source is at editUrl + its path from the project: the lessons folder, then its path there.
    const editFolder = editUrl && `${editUrl}${path.relative(root, lessonsDir).split(path.sep).map(encodeURIComponent).join('/')}/`;
    return { title, intro, favicon, editUrl: editFolder, parts, top, printVolumes, home: home !== undefined, lessons: lessons.map(({ file: _, ...lesson }) => lesson) };
  };
  /** What the renderer needs to point links written for GitHub at lessons. */
  const links = (): LinkContext => {
    if (linkContext) return linkContext;
    const { model, files } = read();
    const slugs = new Map(model.lessons.map((l) => [l.path, l.slug]));
    return (linkContext = { base, files, exists: fileIn(lessonsDir), slugOf: (file) => slugs.get(file) ?? slugFor(lessonsDir, file) });
  };
  // A file under the lessons folder changed (only in `astro dev`): the next page or render reads again.
  const stale = () => {
    linkContext = undefined;
    forgetFiles(lessonsDir);
  };

  return {
    name: 'lessonbook',
    [OPTIONS]: options,
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, injectRoute, addMiddleware, logger }) => {
        root = fileURLToPath(config.root);
        lessonsDir = path.resolve(root, folder);
        useLessonsFolder(root, lessonsDir);
        base = normalBase(config.base);
        site = config.site ?? PLACEHOLDER_SITE;
        favicon = existsSync(new URL('favicon.svg', config.publicDir));

        if (command !== 'preview' && !(existsSync(lessonsDir) && statSync(lessonsDir).isDirectory())) {
          const where = path.relative(process.cwd(), lessonsDir) || lessonsDir;
          console.error(
            `There is no lessons folder at ${where}/. Put the lessons there (\`npx lessonbook init\` starts one), ` +
              `or name the folder that holds them in astro.config.mjs: lessonbook({ lessons: 'docs' }).`,
          );
          process.exit(1);
        }

        if (command === 'build') {
          // The check is the build's gate: a bad lesson stops the build here, before Astro
          // writes anything, with the checker's own lines (and no stack trace). Problems
          // recorded in the baseline (src/check/baseline.ts) are one line, and let it go on.
          const result = checkHandbook(lessonsDir, { base, history: true, publicDir: fileURLToPath(config.publicDir) });
          const judged = judge(result.problems, root);
          if (judged.problems.length > 0 || judged.known.length > 0) console.log(formatJudged(judged, result.lessons));
          if (hasErrors(judged.problems)) {
            console.error(`\nBuild stopped: fix the lessons above (\`npm run check\` lists them again). ${path.relative(process.cwd(), fileURLToPath(config.outDir)) || '.'}/ was left as it was.`);
            process.exit(1);
          }
          // Only the model and the files go on: the check's reading of each lesson (its anchors,
          // links and issues; 120 MB at 10,000 lessons) is not kept through the build.
          handbook = { model: result.model, files: result.files };
          recased = result.recased;
          output = { staging: stagingFor(config.outDir), outDir: config.outDir };
        }

        if (command === 'build' && !config.site) {
          logger.warn(
            `astro.config.mjs sets no \`site\`: canonical links, the sitemap, copied section links and the single-file copies will point at ${PLACEHOLDER_SITE}. ` +
              "Set site: 'https://your-handbook.example.org' in astro.config.mjs to where the handbook is hosted.",
          );
        }
        const renderOptions: RenderOptions = {
          site,
          base,
          lessonsDir,
          slugOf: (file, frontmatter) => slugFor(lessonsDir, file, frontmatter.slug),
          links,
        };
        const processor = addRenderer(config.markdown.processor, renderOptions, logger);
        if (!config.integrations.some((i) => i.name === '@astrojs/mdx')) {
          const self = config.integrations.findIndex((i) => i.name === 'lessonbook');
          config.integrations.splice(self + 1, 0, mdx({ optimize: true }));
        }

        injectRoute({ pattern: ROUTES.home, entrypoint: route('index.astro') });
        injectRoute({ pattern: ROUTES.lesson, entrypoint: route('lesson.astro') });
        injectRoute({ pattern: ROUTES.search, entrypoint: route('search.astro') });
        injectRoute({ pattern: ROUTES.print, entrypoint: route('print.astro') });
        injectRoute({ pattern: ROUTES.printVolume, entrypoint: route('print-volume.astro') });
        injectRoute({ pattern: ROUTES.inShort, entrypoint: route('in-short.astro') });
        injectRoute({ pattern: ROUTES.inShortVolume, entrypoint: route('in-short-volume.astro') });
        injectRoute({ pattern: ROUTES.searchVolume, entrypoint: route('search-volume.astro') });
        injectRoute({ pattern: ROUTES.feed, entrypoint: route(`feed.xml${ts}`) });
        injectRoute({ pattern: ROUTES.notFound, entrypoint: route('404.astro') });
        injectRoute({ pattern: ROUTES.sitemap, entrypoint: route(`sitemap.xml${ts}`) });
        injectRoute({ pattern: ROUTES.robots, entrypoint: route(`robots.txt${ts}`) });
        if (command === 'dev') {
          // A build writes these after Astro (src/write); the dev server makes them on request.
          injectRoute({ pattern: ROUTES.section, entrypoint: route(`section${ts}`) });
          addMiddleware({ entrypoint: new URL(`./dev-middleware${ts}`, import.meta.url), order: 'pre' });
        }

        updateConfig({
          ...(output ? { outDir: output.staging } : {}),
          // Canonical links, link previews and copied section links need a site URL.
          ...(config.site ? {} : { site: PLACEHOLDER_SITE }),
          trailingSlash: 'always',
          build: { format: 'directory', inlineStylesheets: 'never' },
          // Astro's highlighters off (Shiki colours with style attributes): the section renderer
          // highlights code itself, with classes the stylesheet colours (src/render/highlight.ts).
          markdown: { syntaxHighlight: false, ...(processor ? { processor } : {}) },
          devToolbar: { enabled: false },
          // A Content-Security-Policy <meta> on every page, with no 'unsafe-inline': Astro
          // hashes the scripts it bundles; the theme snippet the layout inlines is added here.
          security: { csp: { algorithm: 'SHA-256', directives: [...directives], scriptDirective: { hashes: [themeInitHash()] } } },
          vite: {
            plugins: [mdxSourcePlugin(lessonsDir), handbookPlugin({ root, lessonsDir, renderedDir: renderedDirOf(config.cacheDir), data: pageData, stale })],
            build: {
              rolldownOptions: {
                // Every MDX module carries Astro's own head-inject directive; the bundler's note
                // about it repeats once per lesson and says nothing an author can act on.
                onwarn(warning: { code?: string }, warn: (warning: { code?: string }) => void) {
                  if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
                },
              },
            },
          },
        });
      },

      'astro:build:done': async ({ dir, logger }) => {
        if (!output || !handbook) return;
        const { model } = handbook;
        const { lines, dead } = await writeAfterBuild(fileURLToPath(dir), { title: model.title, site, base, favicon, lessons: model.lessons, parts: model.parts, printVolumes: model.printVolumes, lessonsDir, files: model.files, recased });
        for (const line of lines) logger.info(line);
        if (dead.length > 0) {
          // The build checks its own output: a page that names a file it did not write would
          // work nowhere (and the offline export would refuse it), so dist/ is not replaced.
          console.error(dead.map(formatDead).join('\n'));
          console.error(`\nBuild stopped: ${dead.length} reference(s) above lead nowhere. ${path.relative(process.cwd(), fileURLToPath(output.outDir)) || '.'}/ was left as it was.`);
          process.exit(1);
        }
        swapInto(output.staging, output.outDir);
      },
    },
  };
}
