/**
 * The integration's Vite plugins. One hands the handbook model to the pages as
 * `virtual:lessonbook/handbook` (the Astro way for an integration to pass data to its
 * routes); in `npm run dev`, a change under the lessons folder that changes what it holds has
 * the pages load it again, with the handbook as read after the change. The other reads MDX lessons as the checker does
 * (src/load/mdx-source.ts: `{#id}` on headings, HTML comments), before MDX's own plugin.
 */
import { isInside } from '../load/files.ts';
import type { Plugin } from 'vite';
import { prepareMdx } from '../load/mdx-source.ts';
import type { HandbookData } from '../site/handbook-data.ts';

const ID = 'virtual:lessonbook/handbook';
const RESOLVED = `\0${ID}`;

interface HandbookSource {
  /** The project folder, absolute (its baseline is there). */
  root: string;
  /** The lessons folder, absolute. */
  lessonsDir: string;
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

export function handbookPlugin(source: HandbookSource): Plugin {
  const code = () =>
    `export default ${JSON.stringify(source.data())};\nexport const lessonsDir = ${JSON.stringify(source.lessonsDir)};\nexport const root = ${JSON.stringify(source.root)};\n`;
  // The module as the pages last loaded it: a save that leaves it as it was (most edits inside
  // a lesson's text change no title, section or summary) leaves every page module as it is,
  // instead of having the dev server load and run them all again.
  let loaded: string | undefined;
  return {
    name: 'lessonbook:handbook',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      return (loaded = code());
    },
    configureServer(server) {
      const changed = (file: string) => {
        if (!isInside(source.lessonsDir, file)) return;
        source.stale();
        if (loaded !== undefined && code() === loaded) return;
        for (const environment of Object.values(server.environments)) {
          const module = environment.moduleGraph.getModuleById(RESOLVED);
          if (module) environment.moduleGraph.invalidateModule(module);
        }
      };
      server.watcher.on('add', changed).on('change', changed).on('unlink', changed);
    },
  };
}
