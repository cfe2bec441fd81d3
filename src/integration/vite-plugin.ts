/**
 * The integration's Vite plugins. One hands the handbook model to the pages as
 * `virtual:lessonbook/handbook` (the Astro way for an integration to pass data to its
 * routes); in `npm run dev`, a change under the lessons folder that changes what it holds has
 * the pages load it again, with the handbook as read after the change. The other reads MDX lessons as the checker does
 * (src/load/mdx-source.ts: `{#id}` on headings, HTML comments), before MDX's own plugin.
 */
import { isInside } from '../load/files.ts';
import { isRunnableDevEnvironment, type Plugin } from 'vite';
import { prepareMdx } from '../load/mdx-source.ts';
import type { HandbookData } from '../site/handbook-data.ts';

const ID = 'virtual:lessonbook/handbook';
const RESOLVED = `\0${ID}`;

interface HandbookSource {
  /** The project folder, absolute (its baseline is there). */
  root: string;
  /** The lessons folder, absolute. */
  lessonsDir: string;
  /** Where a build keeps the lessons' rendered HTML, absolute (src/collection/rendered.ts). */
  renderedDir: string;
  /** The handbook as the pages get it. */
  data(): HandbookData;
  /** Called when a file under the lessons folder changed. */
  stale(): void;
}

/** MDX lessons, read as the checker reads them. */
export function mdxSourcePlugin(lessonsDir: string): Plugin {
  return {
    name: 'lessonbook:mdx-source',
    enforce: 'pre',
    transform: {
      filter: { id: /\.mdx$/ },
      handler(code, id) {
        if (!isInside(lessonsDir, id)) return undefined;
        const prepared = prepareMdx(code);
        return prepared === code ? undefined : { code: prepared, map: null };
      },
    },
  };
}

/**
 * Where the dev server's pages find the handbook data: the dev server runs the integration
 * and the pages in one process (in two module worlds, src/integration/dev-handbook.ts), so
 * the module hands over the object itself, by project, instead of carrying it as code.
 */
const HANDOFF = Symbol.for('lessonbook.page-data');
const handoff = ((globalThis as { [HANDOFF]?: Map<string, HandbookData> })[HANDOFF] ??= new Map());

export function handbookPlugin(source: HandbookSource): Plugin {
  const tail = `export const lessonsDir = ${JSON.stringify(source.lessonsDir)};\nexport const root = ${JSON.stringify(source.root)};\nexport const renderedDir = ${JSON.stringify(source.renderedDir)};\n`;
  // In a build, the data is the module's code. In `astro dev`, the module only takes it from
  // the handoff: as code, every save that changed a title or a section summary had the dev
  // server transform, parse and run the whole handbook again as one module (at 1,000 lessons,
  // most of the 1.5 s of CPU such a save cost).
  let dev = false;
  // The data as the pages last loaded it: a save that leaves it as it was (most edits inside
  // a lesson's text change no title, section or summary) leaves every page module as it is,
  // instead of having the dev server load and run them all again.
  let loaded: string | undefined;
  return {
    name: 'lessonbook:handbook',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const data = source.data();
      loaded = JSON.stringify(data);
      if (!dev) return `export default ${loaded};\n${tail}`;
      handoff.set(source.root, data);
      return `export default globalThis[Symbol.for('lessonbook.page-data')].get(${JSON.stringify(source.root)});\n${tail}`;
    },
    configureServer(server) {
      dev = true;
      const changed = (file: string) => {
        if (!isInside(source.lessonsDir, file)) return;
        source.stale();
        if (loaded !== undefined && JSON.stringify(source.data()) === loaded) return;
        const timestamp = Date.now();
        for (const environment of Object.values(server.environments)) {
          const module = environment.moduleGraph.getModuleById(RESOLVED);
          if (!module) continue;
          environment.moduleGraph.invalidateModule(module, undefined, timestamp, true);
          // The module runner keeps the pages' modules as it ran them, with the data they read
          // then (the part maps of ../site/parts.ts, say): they run again, from the data's
          // module up through everything that imports it.
          if (isRunnableDevEnvironment(environment)) {
            const ran = environment.runner.evaluatedModules;
            const todo = [RESOLVED];
            const seen = new Set<string>();
            for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
              const node = seen.has(id) ? undefined : ran.getModuleById(id);
              seen.add(id);
              if (!node) continue;
              ran.invalidateModule(node);
              todo.push(...node.importers);
            }
          }
          // Astro keeps each route's getStaticPaths() until its content changes: the handbook
          // is content too. Without this, a lesson added while Astro's own sync of it had
          // already refilled that cache stayed a 404 until some other change.
          environment.hot.send('astro:content-changed', {});
        }
      };
      server.watcher.on('add', changed).on('change', changed).on('unlink', changed);
    },
  };
}
